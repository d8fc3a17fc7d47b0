/**
 * The backup format, as plain rules (no I/O): what each line holds, which backups this version of
 * Jumelage restores, and the order tables are written in.
 *
 * A backup is a gzip'd stream of UTF-8 lines, each one JSON value (NDJSON):
 *
 *   1. the header: `{"format":"jumelage-backup","version":1,"app":…,"engine":…,"takenAt":…,"migrations":[…]}`
 *   2. for each table, in dependency order (a table after the tables it references):
 *      `{"table":"organizations","columns":[{"name":"id","type":"uuid"},…]}`, then one line per row,
 *      a JSON array of the row's values in column order, each PostgreSQL's own text for the value
 *      (ISO dates and UTC timestamps, `\x…` hex for bytes, array and JSON literals) or null
 *   3. for each sequence: `{"sequence":"audit_log_id_seq","lastValue":"42","isCalled":true}`
 *   4. the trailer: `{"end":"jumelage-backup","rows":{"organizations":12,…},"sha256":…}`, the row
 *      count of each table and the SHA-256 (hex) of every line before it, newlines included.
 *
 * Values as text make the format the same on PGlite and PostgreSQL, and exact: each type's text
 * form reads back into the same value.
 */

import { Ajv } from 'ajv';
import { type Static, Type } from 'typebox';

export const BACKUP_FORMAT = 'jumelage-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** One applied migration: drizzle-kit's tag (file name), its creation time and the hash of its SQL. */
const MigrationStamp = Type.Object({
  tag: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.Number(),
  hash: Type.String(),
});
export type MigrationStamp = Static<typeof MigrationStamp>;

const BackupHeader = Type.Object({
  format: Type.Literal(BACKUP_FORMAT),
  version: Type.Number(),
  app: Type.String(),
  engine: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  takenAt: Type.String(),
  migrations: Type.Array(MigrationStamp),
});
export type BackupHeader = Static<typeof BackupHeader>;

const ColumnSpec = Type.Object({
  name: Type.String(),
  /** The column's type as PostgreSQL writes it (format_type), used to cast the text back. */
  type: Type.String(),
});
export type ColumnSpec = Static<typeof ColumnSpec>;

const TableLine = Type.Object({ table: Type.String(), columns: Type.Array(ColumnSpec) });
export type TableLine = Static<typeof TableLine>;

const SequenceLine = Type.Object({
  sequence: Type.String(),
  /** bigint as text: it may exceed what a JSON number holds exactly. */
  lastValue: Type.String(),
  isCalled: Type.Boolean(),
});
export type SequenceLine = Static<typeof SequenceLine>;

const Trailer = Type.Object({
  end: Type.Literal(BACKUP_FORMAT),
  rows: Type.Record(Type.String(), Type.Number()),
  sha256: Type.String(),
});
export type Trailer = Static<typeof Trailer>;

const RowLine = Type.Array(Type.Union([Type.String(), Type.Null()]));
export type RowLine = (string | null)[];

/** A line of the backup after the header, told apart by its shape. */
export type BodyLine =
  | { kind: 'table'; line: TableLine }
  | { kind: 'row'; line: RowLine }
  | { kind: 'sequence'; line: SequenceLine }
  | { kind: 'trailer'; line: Trailer };

export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Each line's shape, checked as the server checks requests; a check that passes types the line.
const ajv = new Ajv({ strict: false });
const isHeader = ajv.compile<BackupHeader>(BackupHeader);
const isTableLine = ajv.compile<TableLine>(TableLine);
const isSequenceLine = ajv.compile<SequenceLine>(SequenceLine);
const isTrailer = ajv.compile<Trailer>(Trailer);
const isRowLine = ajv.compile<RowLine>(RowLine);

function parseJson(text: string, lineNumber: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupFormatError(`line ${lineNumber} is not JSON: the backup is corrupted`);
  }
}

export function parseHeader(text: string): BackupHeader {
  const value = parseJson(text, 1);
  if (!isObject(value) || value.format !== BACKUP_FORMAT)
    throw new BackupFormatError('this is not a Jumelage backup (its first line is not a backup header)');
  if (value.version !== BACKUP_FORMAT_VERSION)
    throw new BackupFormatError(
      `this backup is in format version ${String(value.version)}; this version of Jumelage reads version ${BACKUP_FORMAT_VERSION}`,
    );
  if (!isHeader(value))
    throw new BackupFormatError('the backup header is incomplete: the backup is corrupted');
  return value;
}

export function parseBodyLine(text: string, lineNumber: number): BodyLine {
  const value = parseJson(text, lineNumber);
  if (Array.isArray(value)) {
    if (!isRowLine(value)) throw new BackupFormatError(`line ${lineNumber}: a row holds only text and nulls`);
    return { kind: 'row', line: value };
  }
  if (isObject(value)) {
    if ('table' in value) {
      if (!isTableLine(value))
        throw new BackupFormatError(`line ${lineNumber}: a table's columns are incomplete`);
      return { kind: 'table', line: value };
    }
    if (isSequenceLine(value)) return { kind: 'sequence', line: value };
    if (isTrailer(value)) return { kind: 'trailer', line: value };
  }
  throw new BackupFormatError(`line ${lineNumber} is not a table, row, sequence or trailer line`);
}

export type MigrationCheck =
  | { kind: 'same' }
  | { kind: 'newer'; unknown: MigrationStamp }
  | { kind: 'older'; missing: MigrationStamp[] }
  | { kind: 'diverged'; stamp: MigrationStamp };

/**
 * Compares a backup's migrations with this version's. A backup restores into a database at
 * exactly its migrations: one taken by a newer version cannot, and one taken by an older version
 * is restored by that version first, then brought up to date by this one's `migrate`.
 */
export function compareMigrations(backup: MigrationStamp[], code: MigrationStamp[]): MigrationCheck {
  const known = new Map(code.map((stamp) => [stamp.createdAt, stamp]));
  const latest = Math.max(0, ...code.map((stamp) => stamp.createdAt));
  for (const stamp of backup) {
    const ours = known.get(stamp.createdAt);
    if (!ours) {
      if (stamp.createdAt > latest) return { kind: 'newer', unknown: stamp };
      return { kind: 'diverged', stamp };
    }
    if (ours.hash !== stamp.hash) return { kind: 'diverged', stamp };
  }
  const applied = new Set(backup.map((stamp) => stamp.createdAt));
  const missing = code.filter((stamp) => !applied.has(stamp.createdAt));
  return missing.length === 0 ? { kind: 'same' } : { kind: 'older', missing };
}

const stampName = (stamp: MigrationStamp) =>
  stamp.tag ?? `made at ${new Date(stamp.createdAt).toISOString()}`;

/** Why a backup cannot be restored by this version, or null when it can. */
export function migrationRefusal(
  check: MigrationCheck,
  header: BackupHeader,
  version: string,
): string | null {
  switch (check.kind) {
    case 'same':
      return null;
    case 'newer':
      return `this backup was taken by a newer Jumelage (${header.app}, migration ${stampName(check.unknown)}); restore it with that version or a later one than ${version}`;
    case 'older':
      return `this backup was taken by an older Jumelage (${header.app}) before migration ${stampName(check.missing[0]!)}; restore it with Jumelage ${header.app} into an empty database, then run this version's \`jumelage migrate\` on it`;
    case 'diverged':
      return `this backup's migration ${stampName(check.stamp)} is not this version's: it was taken by another build of Jumelage`;
  }
}

export interface ForeignKey {
  table: string;
  references: string;
}

/**
 * Tables in an order where each comes after those it references (self-references aside: rows
 * within a table are ordered by the backup itself). Ties keep alphabetical order, so two
 * databases with the same schema give the same order. A cycle between tables is refused: the
 * schema has none, and restoring one would need constraints deferred.
 */
export function dependencyOrder(tables: string[], foreignKeys: ForeignKey[]): string[] {
  const remaining = new Set(tables);
  const needs = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const key of foreignKeys)
    if (key.table !== key.references && remaining.has(key.references))
      needs.get(key.table)?.add(key.references);
  const ordered: string[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining].filter((table) =>
      [...needs.get(table)!].every((other) => !remaining.has(other)),
    );
    if (ready.length === 0)
      throw new Error(`the tables ${[...remaining].sort().join(', ')} reference each other in a cycle`);
    ready.sort();
    for (const table of ready) {
      ordered.push(table);
      remaining.delete(table);
    }
  }
  return ordered;
}
