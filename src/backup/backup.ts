import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { DatabaseHandle } from '../db/client.ts';
import { quoteIdentifier } from '../db/roles.ts';
import {
  appliedMigrations,
  inSnapshot,
  readSequences,
  rowsQuery,
  TEXT_SETTINGS,
  tablesInDependencyOrder,
} from './catalog.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type SequenceLine,
  type TableLine,
  type Trailer,
} from './format.ts';

export interface BackupProgress {
  table: string;
  /** Rows written so far, over every table, and how many there are in all. */
  rows: number;
  totalRows: number;
}

export interface BackupSummary {
  tables: number;
  rows: Record<string, number>;
  totalRows: number;
  sha256: string;
}

// Rows are read a batch at a time through a cursor, so a large table never sits in memory whole;
// rows holding documents (up to 20 MB each) a few at a time.
const BATCH_ROWS = 1000;
const BATCH_ROWS_WITH_BYTES = 4;

/**
 * Writes a backup of the whole database (format.ts) to `output`, gzip'd, from one consistent
 * snapshot. Ends `output`. A failure part way leaves a stream without its trailer, which restore refuses.
 */
export async function writeBackup(
  handle: DatabaseHandle,
  output: Writable,
  options: { app: string; onProgress?: (progress: BackupProgress) => void },
): Promise<BackupSummary> {
  const gzip = createGzip();
  const piped = pipeline(gzip, output);
  // A failed output (a closed pipe, a client gone) stops the reading at the next line.
  let failure: unknown = null;
  piped.catch((error: unknown) => {
    failure = error;
  });
  const checksum = createHash('sha256');
  const write = async (value: unknown, text = JSON.stringify(value)) => {
    if (failure) throw failure;
    const line = `${text}\n`;
    checksum.update(line, 'utf8');
    if (!gzip.write(line)) await Promise.race([once(gzip, 'drain'), piped]);
  };
  try {
    const summary = await inSnapshot(handle, async (query) => {
      for (const statement of TEXT_SETTINGS) await query(statement);
      const tables = await tablesInDependencyOrder(query);
      const counts: Record<string, number> = {};
      for (const table of tables) {
        const { rows } = await query(`SELECT count(*)::text AS count FROM ${quoteIdentifier(table.name)}`);
        counts[table.name] = Number(rows[0]?.count);
      }
      const totalRows = Object.values(counts).reduce((sum, count) => sum + count, 0);
      const header: BackupHeader & { rows: Record<string, number> } = {
        format: BACKUP_FORMAT,
        version: BACKUP_FORMAT_VERSION,
        app: options.app,
        engine: handle.engine,
        takenAt: new Date().toISOString(),
        migrations: await appliedMigrations(query),
        rows: counts,
      };
      await write(header);
      const written: Record<string, number> = {};
      let done = 0;
      for (const table of tables) {
        const line: TableLine = { table: table.name, columns: table.columns };
        await write(line);
        let tableRows = 0;
        const batch = table.columns.some((column) => column.type === 'bytea')
          ? BATCH_ROWS_WITH_BYTES
          : BATCH_ROWS;
        await query(`DECLARE backup_rows NO SCROLL CURSOR FOR ${rowsQuery(table)}`);
        for (;;) {
          const { rows } = await query(`FETCH FORWARD ${batch} FROM backup_rows`);
          if (rows.length === 0) break;
          // One write per batch: the lines joined are the same bytes.
          await write(null, rows.map((row) => String(row.line)).join('\n'));
          tableRows += rows.length;
          done += rows.length;
          options.onProgress?.({ table: table.name, rows: done, totalRows });
        }
        await query('CLOSE backup_rows');
        written[table.name] = tableRows;
      }
      for (const sequence of await readSequences(query)) {
        const { rows } = await query(
          `SELECT last_value::text AS value, is_called FROM ${quoteIdentifier(sequence.name)}`,
        );
        const line: SequenceLine = {
          sequence: sequence.name,
          lastValue: String(rows[0]?.value),
          isCalled: Boolean(rows[0]?.is_called),
        };
        await write(line);
      }
      return { tables: tables.length, rows: written, totalRows: done };
    });
    const sha256 = checksum.digest('hex');
    const trailer: Trailer = { end: BACKUP_FORMAT, rows: summary.rows, sha256 };
    const text = `${JSON.stringify(trailer)}\n`;
    gzip.end(text);
    await piped;
    return { ...summary, sha256 };
  } catch (error) {
    gzip.destroy(error as Error);
    await piped.catch(() => undefined);
    throw error;
  }
}
