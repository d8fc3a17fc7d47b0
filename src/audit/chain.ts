import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain, as plain rules. Each record stores the hash of the record before it
 * (`previousHash`) and its own `hash`, a SHA-256 over that previous hash and the record's content,
 * so altering or deleting a record breaks every link after it.
 *
 * The database computes the hash when a record is inserted (a trigger, migration 0017, with the
 * same definition in SQL) so that no write path can skip it; `verifyChain` recomputes it here,
 * independently, from the fields as the database renders them:
 *
 *   hash = sha256_hex("jumelage-audit-1\n" + previousHash + "\n" + digest(id) + "\n" + digest(at) + …)
 *
 * where each field's digest is the SHA-256 hex of its UTF-8 text, or "-" for null. Hashing each
 * field first makes the encoding unambiguous without any escaping. The fields, in order: id, at
 * (UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ`), actor, action, entity type, entity id, before and after
 * (PostgreSQL's text of the jsonb, which is canonical: keys sorted, whitespace fixed), request id,
 * ip, correlation id.
 */

export const CHAIN_VERSION = 'jumelage-audit-1';
/** The previous hash of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** One record's fields, each as the database renders it to text (see AUDIT_RECORD_TEXT_COLUMNS). */
export interface AuditRecordText {
  id: string;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  requestId: string | null;
  ip: string | null;
  correlationId: string | null;
}

export interface ChainedRecord extends AuditRecordText {
  previousHash: string | null;
  hash: string | null;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function digest(value: string | null): string {
  return value === null ? '-' : sha256Hex(value);
}

export function recordHash(previousHash: string, record: AuditRecordText): string {
  const fields = [
    record.id,
    record.at,
    record.actor,
    record.action,
    record.entityType,
    record.entityId,
    record.before,
    record.after,
    record.requestId,
    record.ip,
    record.correlationId,
  ];
  return sha256Hex(`${CHAIN_VERSION}\n${previousHash}\n${fields.map(digest).join('\n')}`);
}

export type ChainBreak =
  | { kind: 'altered'; id: string }
  | { kind: 'unlinked'; id: string; previousId: string | null };

export interface ChainState {
  /** The hash the next record must name as its previous one. */
  head: string;
  /** Id of the last record checked, null before the first. */
  lastId: string | null;
  checked: number;
}

export function startChain(): ChainState {
  return { head: GENESIS_HASH, lastId: null, checked: 0 };
}

/**
 * Checks records in id order, continuing from `state`; answers the first broken link, or null.
 * A record whose previous hash is not its predecessor's hash is `unlinked` (a record before it was
 * deleted, or its predecessor was rewritten hash and all); one whose content does not give its
 * hash is `altered`.
 */
export function checkRecords(state: ChainState, records: Iterable<ChainedRecord>): ChainBreak | null {
  for (const record of records) {
    if (record.previousHash !== state.head) {
      return { kind: 'unlinked', id: record.id, previousId: state.lastId };
    }
    if (record.hash === null || recordHash(state.head, record) !== record.hash) {
      return { kind: 'altered', id: record.id };
    }
    state.head = record.hash;
    state.lastId = record.id;
    state.checked += 1;
  }
  return null;
}

export function describeBreak(broken: ChainBreak): string {
  if (broken.kind === 'altered') {
    return `audit record ${broken.id} was altered: its content does not match its hash`;
  }
  return broken.previousId === null
    ? `audit record ${broken.id} does not start the chain: a record before it was deleted or rewritten`
    : `audit record ${broken.id} does not follow record ${broken.previousId}: a record between them was deleted, or record ${broken.previousId} was rewritten with a new hash`;
}
