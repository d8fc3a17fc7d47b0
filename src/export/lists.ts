import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type TObject, type TProperties, Type } from 'typebox';
import { requestLanguage } from '../http/language.ts';
import { problemResponses } from '../http/schemas.ts';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../shared/languages.ts';

// A list downloaded whole, as CSV or XLSX: every item its filters select, read page after page with
// the list's own cursor and written out as it is read, so a large registry is never held at once.

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A list's query as its download takes it: the same filters, no page, a format and a language. */
export function exportQuery<P extends TProperties>(list: TObject<P>) {
  const {
    limit: _limit,
    cursor: _cursor,
    ...filters
  } = list.properties as P & {
    limit?: unknown;
    cursor?: unknown;
  };
  return Type.Object(
    {
      ...(filters as Omit<P, 'limit' | 'cursor'>),
      format: Type.Enum(EXPORT_FORMATS, { description: 'csv (UTF-8 with a byte order mark) or xlsx' }),
      lang: Type.Optional(
        Type.Enum(UI_LANGUAGES, {
          description: 'Language of headers and values; by default the one Accept-Language prefers',
        }),
      ),
    },
    { additionalProperties: false },
  );
}

const binary = Type.Unsafe<Readable>({ type: 'string', format: 'binary' });

/** The OpenAPI answers of a download: the file in either format, or the list's problems. */
export function exportResponses(what: string, ...problems: number[]) {
  return {
    200: {
      description: `Every ${what} the filters select, as a file to save (Content-Disposition: attachment)`,
      // Sent as a stream: the schema documents the body, it is never serialized.
      content: {
        'text/csv': { schema: binary },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: binary },
      },
    },
    ...problemResponses(...problems),
  };
}

export type Cell = string | number | Date | null;

export interface ExportColumn<T> {
  header: string;
  /** A date column holds `YYYY-MM-DD` text: written as such in CSV, as a date in XLSX. */
  date?: boolean;
  width?: number;
  value: (item: T) => string | number | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every item of a list, page after page: the first page is read before anything is sent, so a
 * filter the list refuses is answered as the list answers it (a problem), not as a cut file.
 */
export async function allPages<T>(
  readPage: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<AsyncIterable<T>> {
  const first = await readPage(undefined);
  return (async function* () {
    let page = first;
    for (;;) {
      yield* page.items;
      if (!page.nextCursor) return;
      page = await readPage(page.nextCursor);
    }
  })();
}

/** The language a download is written in: `lang` when given, else what the request prefers. */
export function exportLanguage(request: FastifyRequest, lang: string | undefined): UiLanguage {
  return lang && isUiLanguage(lang) ? lang : requestLanguage(request);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function asDate(value: string | number | null): Cell {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : date;
}

/**
 * A text that a spreadsheet would take for a formula (`=`, `@`, or `+`/`-` before something other
 * than a number, as in `=HYPERLINK(…)`), written with a leading apostrophe so it stays text: titles
 * and names are typed by contributors, and a file is opened by others. Phone numbers stay as typed.
 */
export function csvSafe(value: string | number | null): string | number {
  if (typeof value !== 'string') return value ?? '';
  return /^[=@\t\r]|^[+-](?![\d\s(])/.test(value) ? `'${value}` : value;
}

/** Writes the rows as CSV into `out`: UTF-8 with a byte order mark, so Excel reads Arabic as Arabic. */
async function writeCsv<T>(out: PassThrough, columns: ExportColumn<T>[], rows: AsyncIterable<T>) {
  const csv = stringify({ bom: true, header: true, columns: columns.map((column) => column.header) });
  const records = Readable.from(
    (async function* () {
      for await (const item of rows) yield columns.map((column) => csvSafe(column.value(item)));
    })(),
  );
  await pipeline(records, csv, out);
}

/** Writes the rows as one XLSX sheet into `out`, with exceljs's streaming writer, one row at a time. */
async function writeXlsx<T>(
  out: PassThrough,
  sheet: string,
  language: UiLanguage,
  columns: ExportColumn<T>[],
  rows: AsyncIterable<T>,
) {
  // Loaded with the first spreadsheet asked for: it takes a third of a second, at every start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const worksheet = workbook.addWorksheet(sheet, {
    views: [{ rightToLeft: language === 'ar', state: 'frozen', ySplit: 1 }],
  });
  worksheet.columns = columns.map((column, index) => ({
    header: column.header,
    key: String(index),
    width: column.width ?? (column.date ? 12 : 24),
    ...(column.date ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.getRow(1).commit();
  for await (const item of rows) {
    worksheet
      .addRow(columns.map((column) => (column.date ? asDate(column.value(item)) : column.value(item))))
      .commit();
    // The zip is written as rows come: wait for the client when it reads slower than the database.
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  worksheet.commit();
  await workbook.commit();
}

/**
 * Answers with the list as a file to save, `jumelage-<name>-<date>.<format>`, written while it is
 * sent. A failure once the file has begun can only cut it short (and is logged).
 */
export function replyWithExport<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    name: string;
    format: ExportFormat;
    language: UiLanguage;
    columns: ExportColumn<T>[];
    rows: AsyncIterable<T>;
  },
) {
  const { name, format, language, columns, rows } = options;
  const out = new PassThrough();
  const written =
    format === 'csv' ? writeCsv(out, columns, rows) : writeXlsx(out, name, language, columns, rows);
  written.catch((error: unknown) => {
    request.log.error({ err: error, event: 'list_export', list: name }, 'list export failed');
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  const today = new Date().toISOString().slice(0, 10);
  return reply
    .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
    .header('content-disposition', `attachment; filename="jumelage-${name}-${today}.${format}"`)
    .header('cache-control', 'no-store')
    .header('content-language', language)
    .send(out);
}
