import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { type DatabaseHandle, inRawTransaction, type RawQuery } from '../db/client.ts';
import { quoteIdentifier } from '../db/roles.ts';
import {
  appliedMigrations,
  codeMigrations,
  readSequences,
  readTables,
  type TableInfo,
  TEXT_SETTINGS,
} from './catalog.ts';
import {
  BackupFormatError,
  type BackupHeader,
  compareMigrations,
  migrationRefusal,
  parseBodyLine,
  parseHeader,
  type TableLine,
} from './format.ts';

export interface RestoreProgress {
  table: string;
  rows: number;
  /** From the header; 0 when the backup does not say. */
  totalRows: number;
}

export interface RestoreSummary {
  header: BackupHeader;
  rows: Record<string, number>;
  totalRows: number;
}

/** Refusals a person acts on (wrong target, wrong version, damaged file), as opposed to faults. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/** The lines of a gzip'd stream; a damaged or truncated gzip stream is a BackupFormatError. */
async function* linesOf(input: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip) {
      pending += decoder.write(chunk as Buffer);
      let end = pending.indexOf('\n');
      while (end >= 0) {
        yield pending.slice(0, end);
        pending = pending.slice(end + 1);
        end = pending.indexOf('\n');
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED')
      throw new BackupFormatError(
        `the file is not a whole gzip stream (${(error as Error).message}): it is truncated or corrupted`,
      );
    throw error;
  }
  pending += decoder.end();
  if (pending !== '') yield pending;
}

// Rows are inserted a batch at a time, each batch one statement from a JSON array of rows.
const BATCH_ROWS = 1000;
const BATCH_CHARS = 8 * 1024 * 1024;

function insertStatement(table: TableLine): string {
  const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
  const values = table.columns.map((column, index) => `(r ->> ${index})::${column.type}`).join(', ');
  const echo = table.columns.map((column) => `${quoteIdentifier(column.name)}::text`).join(', ');
  // The database answers each row as the backup writes it: what lands is compared with what was
  // sent, so a trigger that rewrote a value (the audit log's hashes) or a lossy cast is caught.
  return `INSERT INTO ${quoteIdentifier(table.table)} (${columns})
    SELECT ${values} FROM jsonb_array_elements($1::jsonb) AS r
    RETURNING to_json(ARRAY[${echo}]::text[])::text AS line`;
}

function sameColumns(backup: TableLine, target: TableInfo): boolean {
  return (
    backup.columns.length === target.columns.length &&
    backup.columns.every(
      (column, index) =>
        column.name === target.columns[index]!.name && column.type === target.columns[index]!.type,
    )
  );
}

/**
 * Restores a backup (format.ts) into `handle`'s database, which must be migrated to exactly the
 * backup's migrations and hold no rows at all. Everything happens in one transaction: a refused or
 * damaged backup leaves the database as it was. On PostgreSQL, run it as the tables' owner (it
 * sets the sequences).
 */
export async function restoreBackup(
  handle: DatabaseHandle,
  input: Readable,
  options: { app: string; onProgress?: (progress: RestoreProgress) => void },
): Promise<RestoreSummary> {
  const lines = linesOf(input);
  try {
    return await restoreLines(handle, lines, options);
  } finally {
    // A refusal stops reading part way: the file is closed all the same.
    await lines.return(undefined);
    input.destroy();
  }
}

async function restoreLines(
  handle: DatabaseHandle,
  lines: AsyncGenerator<string>,
  options: { app: string; onProgress?: (progress: RestoreProgress) => void },
): Promise<RestoreSummary> {
  const first = await lines.next();
  if (first.done) throw new BackupFormatError('the file is empty');
  const header = parseHeader(first.value);
  const refusal = migrationRefusal(
    compareMigrations(header.migrations, codeMigrations()),
    header,
    options.app,
  );
  if (refusal) throw new RestoreRefusedError(refusal);
  const totalRows = Object.values((header as { rows?: Record<string, number> }).rows ?? {}).reduce(
    (sum, count) => sum + count,
    0,
  );
  const checksum = createHash('sha256');
  checksum.update(`${first.value}\n`, 'utf8');

  return inRawTransaction(handle, async (query) => {
    const target = compareMigrations(await appliedMigrations(query), header.migrations);
    if (target.kind !== 'same')
      throw new RestoreRefusedError(
        'the target database is not at the backup’s migrations: restore into a new database, migrated by this version',
      );
    for (const statement of TEXT_SETTINGS) await query(statement);
    const tables = new Map((await readTables(query)).map((table) => [table.name, table]));
    await refuseUnlessEmpty(query, [...tables.keys()]);

    const rows: Record<string, number> = {};
    let current: TableLine | null = null;
    let statement = '';
    let batch: string[] = [];
    let batchChars = 0;
    let done = 0;
    const flush = async () => {
      if (!current || batch.length === 0) return;
      const { rows: landed } = await query(statement, [`[${batch.join(',')}]`]);
      const sent = batch.map((line) => JSON.stringify(JSON.parse(line))).sort();
      const got = landed.map((row) => JSON.stringify(JSON.parse(String(row.line)))).sort();
      const differs = sent.findIndex((line, index) => line !== got[index]);
      if (landed.length !== batch.length || differs >= 0)
        throw new RestoreRefusedError(
          // Which table, never the row: it holds email addresses and secrets' hashes.
          `a row of ${current.table} reads back differently once restored (${differs >= 0 ? `row ${differs + 1} of a batch of ${batch.length}` : 'rows missing'}): ` +
            'the backup was altered, or the database does not keep these values as written',
        );
      done += batch.length;
      rows[current.table] = (rows[current.table] ?? 0) + batch.length;
      options.onProgress?.({ table: current.table, rows: done, totalRows });
      batch = [];
      batchChars = 0;
    };

    let lineNumber = 1;
    for await (const text of lines) {
      lineNumber += 1;
      const line = parseBodyLine(text, lineNumber);
      if (line.kind === 'trailer') {
        await flush();
        if (line.line.sha256 !== checksum.digest('hex'))
          throw new BackupFormatError('the backup’s checksum does not match its content: it is corrupted');
        for (const [table, count] of Object.entries(line.line.rows))
          if ((rows[table] ?? 0) !== count)
            throw new BackupFormatError(
              `the backup says ${table} has ${count} rows, but it holds ${rows[table] ?? 0}: it is corrupted`,
            );
        const extra = await lines.next();
        if (!extra.done && extra.value !== '')
          throw new BackupFormatError('the backup goes on after its trailer: it is corrupted');
        return { header, rows, totalRows: done };
      }
      checksum.update(`${text}\n`, 'utf8');
      if (line.kind === 'table') {
        await flush();
        const table = tables.get(line.line.table);
        if (!table || !sameColumns(line.line, table))
          throw new RestoreRefusedError(
            `the backup’s table ${line.line.table} does not match this database’s (${table ? 'other columns' : 'no such table'})`,
          );
        if (line.line.table in rows)
          throw new BackupFormatError(`the backup holds table ${line.line.table} twice: it is corrupted`);
        current = line.line;
        statement = insertStatement(current);
        rows[current.table] = 0;
      } else if (line.kind === 'row') {
        if (!current) throw new BackupFormatError(`line ${lineNumber}: a row before any table`);
        if (line.line.length !== current.columns.length)
          throw new BackupFormatError(
            `line ${lineNumber}: a row of ${current.table} with the wrong number of values`,
          );
        batch.push(text);
        batchChars += text.length;
        if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) await flush();
      } else {
        await flush();
        current = null;
        await restoreSequence(query, line.line.sequence, line.line.lastValue, line.line.isCalled);
      }
    }
    throw new BackupFormatError('the backup ends before its trailer: it is truncated');
  });
}

async function refuseUnlessEmpty(query: RawQuery, tables: string[]): Promise<void> {
  const holding: string[] = [];
  for (const table of tables) {
    const { rows } = await query(`SELECT EXISTS (SELECT 1 FROM ${quoteIdentifier(table)}) AS present`);
    if (rows[0]?.present) holding.push(table);
  }
  if (holding.length > 0)
    throw new RestoreRefusedError(
      `the target database is not empty (${holding.slice(0, 5).join(', ')}${holding.length > 5 ? ', …' : ''} hold rows): ` +
        'restore into a new database (a new PGlite folder, or a new PostgreSQL database), never over one in use',
    );
}

/** Sets a sequence as it was, and in any case past the largest value its column holds. */
async function restoreSequence(query: RawQuery, name: string, lastValue: string, isCalled: boolean) {
  const owner = (await readSequences(query)).find((sequence) => sequence.name === name);
  if (!owner) throw new RestoreRefusedError(`the backup’s sequence ${name} is not in this database`);
  const largest = owner.owner
    ? `(SELECT max(${quoteIdentifier(owner.owner.column)})::bigint FROM ${quoteIdentifier(owner.owner.table)})`
    : 'NULL::bigint';
  await query(
    `SELECT setval($1::regclass, greatest($2::bigint, ${largest}), $3::boolean OR ${largest} IS NOT NULL)`,
    [quoteIdentifier(name), lastValue, isCalled],
  );
}
