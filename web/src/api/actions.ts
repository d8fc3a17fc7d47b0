/** The actions a record may advertise (src/http/record-actions.ts names them after the write routes). */
export type RecordAction =
  | 'update'
  | 'transition'
  | 'addPart'
  | 'updatePart'
  | 'addSignatory'
  | 'approve'
  | 'addDocument'
  | 'addCitation'
  | 'proposeCorrection'
  | 'withdrawDocument'
  | 'withdrawCitation'
  | 'addPost'
  | 'inviteMember'
  | 'manageMembers'
  | 'manageBodies'
  | 'manageDues'
  | 'updateContactDetails'
  | 'resolve'
  | 'dismiss'
  | 'validate'
  | 'return'
  | 'redeclare';

/**
 * Whether the reader may take `action` on a record, as the API said with it (`allowedActions`,
 * decided by the rules its writes apply): a page offers only what a save would accept.
 */
export function can(
  record: { allowedActions?: readonly string[] } | null | undefined,
  action: RecordAction,
): boolean {
  return record?.allowedActions?.includes(action) ?? false;
}
