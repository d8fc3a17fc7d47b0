import { type AgreementStatus, SIGNED_STATUSES } from './lifecycle.ts';

/**
 * What an agreement still needs from those who keep it, as the workspace's home lists it: plain
 * rules on a few counted facts, so the list and its tests agree on what "to do" means.
 */
export const TO_DOS = [
  /** Not yet sent for approval: being proposed or negotiated. */
  'draft',
  /** Waiting for a supervising authority's decision. */
  'awaiting_approval',
  /** Approved or under way, with a part nobody has recorded as signed. */
  'part_unsigned',
  /** Signed, at least in part, with no signed text uploaded (or every one withdrawn). */
  'no_signed_document',
  /** No source says any of it (or every citation was withdrawn). */
  'no_source',
] as const;
export type ToDo = (typeof TO_DOS)[number];

export interface AgreementFacts {
  status: AgreementStatus;
  parts: number;
  unsignedParts: number;
  /** Documents not withdrawn. */
  documents: number;
  /** Citations not withdrawn. */
  sources: number;
}

const DRAFTS: readonly AgreementStatus[] = ['proposed', 'negotiating'];
const SIGNING: readonly AgreementStatus[] = ['approved', ...SIGNED_STATUSES];
const WITH_SIGNATURES: readonly AgreementStatus[] = [...SIGNED_STATUSES, 'ended'];

/** The to-dos of an agreement, in the order of TO_DOS; none for a withdrawn one, which asks for nothing more. */
export function toDosOf(facts: AgreementFacts): ToDo[] {
  if (facts.status === 'withdrawn') return [];
  const toDos: ToDo[] = [];
  if (DRAFTS.includes(facts.status)) toDos.push('draft');
  if (facts.status === 'awaiting_approval') toDos.push('awaiting_approval');
  if (SIGNING.includes(facts.status) && facts.unsignedParts > 0) toDos.push('part_unsigned');
  if (WITH_SIGNATURES.includes(facts.status) && facts.documents === 0) toDos.push('no_signed_document');
  if (facts.sources === 0) toDos.push('no_source');
  return toDos;
}
