/**
 * Who may read a record. A record is public (anyone), members-only (signed-in members of a
 * network the record belongs to) or restricted (the bodies and people it names). Whoever acts for
 * the record — an officer of one of its parties — always reads it, and so does a platform admin.
 * Plain rules, no I/O; the SQL in each area mirrors them and its tests check both agree.
 */
export const VISIBILITIES = ['public', 'members', 'restricted'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** The reader, as visibility sees them; the public is ANONYMOUS. */
export interface Reader {
  userId: string | null;
  isPlatformAdmin: boolean;
  /** Organizations the reader is an officer of. */
  organizations: readonly string[];
  /** Networks the reader belongs to, through any of their roles. */
  networks: readonly string[];
  /** Bodies (councils, boards) the reader sits on. */
  bodies: readonly string[];
}

export const ANONYMOUS: Reader = {
  userId: null,
  isPlatformAdmin: false,
  organizations: [],
  networks: [],
  bodies: [],
};

export interface ReadableRecord {
  visibility: Visibility;
  /** The organizations the record is of (an agreement's parties). */
  organizations: readonly string[];
  /** The networks those organizations belong to (or are). */
  networks: readonly string[];
  /** For a restricted record: the people and bodies named as its readers. */
  readerUserIds: readonly string[];
  readerBodyIds: readonly string[];
}

const meets = (a: readonly string[], b: readonly string[]) => a.some((item) => b.includes(item));

export function canRead(reader: Reader, record: ReadableRecord): boolean {
  if (record.visibility === 'public' || reader.isPlatformAdmin) return true;
  if (reader.userId === null) return false;
  if (meets(reader.organizations, record.organizations)) return true;
  if (record.visibility === 'members') return meets(reader.networks, record.networks);
  return record.readerUserIds.includes(reader.userId) || meets(reader.bodies, record.readerBodyIds);
}

/** A document of an agreement is read by those who read the agreement and the document both. */
export function canReadDocument(
  reader: Reader,
  agreement: ReadableRecord,
  documentVisibility: Visibility,
): boolean {
  return canRead(reader, agreement) && canRead(reader, { ...agreement, visibility: documentVisibility });
}
