import { eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Job } from '../jobs/queue.ts';
import type { JobContext, JobHandler } from '../jobs/worker.ts';
import { NotFoundError, PayloadTooLargeError, ValidationError } from '../shared/errors.ts';
import {
  type ImportPhase,
  type ImportReport,
  type ImportSource,
  importAgreementTable,
  type ReviewItem,
} from './agreements-import.ts';
import {
  AGREEMENT_COLUMNS,
  type AgreementColumn,
  type ColumnMapping,
  mapColumns,
  recognizeHeader,
} from './columns.ts';
import { readTable, type Table } from './read-table.ts';
import { importFiles } from './upload-tables.ts';

/** The job kind of an agreements import (or its dry run), as queued by the workspace and the command line. */
export const AGREEMENTS_IMPORT_JOB = 'agreements_import';

/** The largest file the workspace takes (the HTTP server's limit for uploads). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** Rows shown as they were read, and rows whose fate the preview tells. */
const SAMPLE_ROWS = 5;
/** Names of the review list kept in a job's result (the review list itself keeps them all). */
const REVIEW_IN_RESULT = 20;

export interface AgreementsImportPayload {
  fileId: string;
  mapping: Partial<ColumnMapping>;
  dryRun: boolean;
  source?: ImportSource;
  /** Keep every name left for review in the result (the command line prints them), not the first ones. */
  wholeReport?: boolean;
}

/** What one row of the file would become: an agreement made, one already there, held for review… */
export type SampleOutcome = 'created' | 'matched' | 'review' | 'same_place' | 'incomplete';

export interface SampleRow {
  values: Record<AgreementColumn, string>;
  outcome: SampleOutcome;
  /** The names of the row left for review. */
  review: string[];
}

/** An import job's result: its report (the review list cut short), and what became of the first rows. */
export interface AgreementsImportResult {
  fileName: string;
  mapping: ColumnMapping;
  report: Omit<ImportReport, 'review'> & { review: ReviewItem[]; reviewTotal: number };
  sample: SampleRow[];
}

/** A file as the mapping step shows it: its headers, what each is taken for, its first rows. */
export interface ImportFileSummary {
  id: string;
  fileName: string;
  size: number;
  rows: number;
  headers: string[];
  /** The header proposed for each column, recognized by its name; null when none or several could be. */
  proposed: Record<AgreementColumn, string | null>;
  sample: Array<Record<string, string>>;
}

/** Reads an uploaded file as a table, or says (naming the field) why it cannot be imported. */
export async function readImportTable(
  content: Uint8Array,
  maxBytes: number = MAX_IMPORT_FILE_BYTES,
): Promise<Table> {
  if (content.byteLength === 0) throw new ValidationError('import.file_empty', '/file');
  if (content.byteLength > maxBytes)
    throw new PayloadTooLargeError(
      'import.file_too_large',
      { max: MAX_IMPORT_FILE_BYTES / 1024 / 1024 },
      '/file',
    );
  const zip = content[0] === 0x50 && content[1] === 0x4b;
  if (!zip) {
    // A CSV is UTF-8 text: anything else (an image, a PDF, an old .xls) is not one.
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(content);
      if (text.includes('\u0000')) throw new Error('binary');
    } catch {
      throw new ValidationError('import.file_unreadable', '/file');
    }
  }
  let table: Table;
  try {
    table = await readTable(content);
  } catch {
    throw new ValidationError('import.file_unreadable', '/file');
  }
  if (table.headers.filter(Boolean).length < 2) throw new ValidationError('import.file_unreadable', '/file');
  if (table.rows.length === 0) throw new ValidationError('import.file_empty', '/file');
  return table;
}

/** Keeps a file for import (and drops files sent more than a day ago), with what the mapping step shows of it. */
export async function storeImportFile(
  tx: Database,
  file: {
    fileName: string;
    content: Uint8Array;
    userId: string | null;
    createdBy: string;
    maxBytes?: number;
  },
): Promise<ImportFileSummary> {
  const table = await readImportTable(file.content, file.maxBytes);
  await tx.delete(importFiles).where(lt(importFiles.createdAt, sql`now() - interval '1 day'`));
  const [row] = await tx
    .insert(importFiles)
    .values({
      fileName: file.fileName.slice(0, 255) || 'import',
      size: file.content.byteLength,
      content: file.content,
      userId: file.userId,
      createdBy: file.createdBy,
    })
    .returning({ id: importFiles.id, fileName: importFiles.fileName, size: importFiles.size });
  return { ...row!, ...describeTable(table) };
}

export function describeTable(table: Table): Omit<ImportFileSummary, 'id' | 'fileName' | 'size'> {
  const proposed = Object.fromEntries(AGREEMENT_COLUMNS.map((column) => [column, null])) as Record<
    AgreementColumn,
    string | null
  >;
  const seen = new Map<AgreementColumn, number>();
  for (const header of table.headers) {
    const column = recognizeHeader(header);
    if (!column) continue;
    seen.set(column, (seen.get(column) ?? 0) + 1);
    proposed[column] = seen.get(column) === 1 ? header : null;
  }
  return {
    rows: table.rows.length,
    headers: table.headers,
    proposed,
    sample: table.rows.slice(0, SAMPLE_ROWS),
  };
}

/** The file as kept, for its sender or a platform admin; others are told it does not exist. */
export async function findImportFile(
  db: Database,
  id: string,
  reader: { userId: string | null; isPlatformAdmin: boolean },
) {
  const [row] = await db.select().from(importFiles).where(eq(importFiles.id, id));
  if (!row || (!reader.isPlatformAdmin && row.userId !== reader.userId))
    throw new NotFoundError('import.file_not_found', { id }, '/fileId');
  return row;
}

/**
 * Checks a mapping against the file's headers (each named header must exist; each column must be
 * found, by the mapping or by its header's name), naming the field to blame: `/mapping/city1`.
 */
export function checkMapping(headers: string[], mapping: Partial<ColumnMapping>): ColumnMapping {
  for (const column of AGREEMENT_COLUMNS) {
    const header = mapping[column];
    if (header !== undefined && !headers.includes(header))
      throw new ValidationError('import.column_unknown', { header }, `/mapping/${column}`);
  }
  const mapped = mapColumns(headers, mapping);
  if (mapped.ok) return mapped.mapping;
  const [missing] = mapped.missing;
  if (missing) throw new ValidationError('import.column_missing', { column: missing }, `/mapping/${missing}`);
  const [ambiguous] = mapped.ambiguous;
  throw new ValidationError('import.column_ambiguous', { column: ambiguous! }, `/mapping/${ambiguous}`);
}

/** What becomes of one row, found by importing it alone as a dry run. */
async function sampleOutcome(
  db: Database,
  table: Table,
  row: Record<string, string>,
  mapping: ColumnMapping,
) {
  const single = await importAgreementTable(
    db,
    { headers: table.headers, rows: [row] },
    { mapping, dryRun: true },
  );
  const outcome: SampleOutcome = single.incompleteRows
    ? 'incomplete'
    : single.review.length
      ? 'review'
      : single.selfPairs
        ? 'same_place'
        : single.agreements.created
          ? 'created'
          : 'matched';
  return {
    values: Object.fromEntries(
      AGREEMENT_COLUMNS.map((column) => [column, row[mapping[column]] ?? '']),
    ) as Record<AgreementColumn, string>,
    outcome,
    review: single.review.map((item) => item.name),
  };
}

/**
 * Imports (or, dry, previews) an uploaded file of twinned places: the same code as the command
 * line's, its progress recorded on the job. Running it again changes nothing, so a job taken again
 * after its instance died simply goes over what was done.
 */
export async function runAgreementsImport(
  db: Database,
  payload: AgreementsImportPayload,
  table: Table,
  fileName: string,
  onProgress: (progress: { phase: ImportPhase | 'sample'; done: number; total: number }) => void,
): Promise<AgreementsImportResult> {
  const mapping = checkMapping(table.headers, payload.mapping);
  const report = await importAgreementTable(db, table, {
    mapping,
    dryRun: payload.dryRun,
    source: payload.source,
    onProgress,
  });
  const sample: SampleRow[] = [];
  if (payload.dryRun) {
    const rows = table.rows.slice(0, SAMPLE_ROWS);
    for (const [index, row] of rows.entries()) {
      sample.push(await sampleOutcome(db, table, row, mapping));
      onProgress({ phase: 'sample', done: index + 1, total: rows.length });
    }
  }
  const review = [...report.review].sort((a, b) => b.heldPairs - a.heldPairs);
  return {
    fileName,
    mapping,
    report: {
      ...report,
      review: payload.wholeReport ? review : review.slice(0, REVIEW_IN_RESULT),
      reviewTotal: review.length,
    },
    sample,
  };
}

export function agreementsImportHandler(options: { afterImport?: () => Promise<void> } = {}): JobHandler {
  return async (job: Job, context: JobContext) => {
    const payload = job.payload as unknown as AgreementsImportPayload;
    const [file] = await context.db.select().from(importFiles).where(eq(importFiles.id, payload.fileId));
    if (!file) throw new NotFoundError('import.file_not_found', { id: payload.fileId }, '/fileId');
    // The size was checked when the file was sent (the command line sends any size).
    const table = await readImportTable(file.content, Number.POSITIVE_INFINITY);
    const result = await runAgreementsImport(context.db, payload, table, file.fileName, (progress) =>
      context.progress(progress),
    );
    if (!payload.dryRun) await options.afterImport?.();
    return result;
  };
}
