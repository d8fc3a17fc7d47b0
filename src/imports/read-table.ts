import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A file's rows under its header line, each value as text. */
export interface Table {
  headers: string[];
  rows: Array<Record<string, string>>;
}

/** An XLSX file is a ZIP archive: it begins with "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads a CSV (comma, semicolon or tab separated, UTF-8 with or without a byte order mark) or the first sheet of an XLSX file. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  return isZip(bytes) ? readWorkbook(bytes) : readCsv(Buffer.from(bytes).toString('utf8'));
}

export async function readTableFile(path: string): Promise<Table> {
  return readTable(await readFile(path));
}

function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length,
  }));
  return counts.sort((a, b) => b.count - a.count)[0]!.delimiter;
}

export function readCsv(text: string): Table {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body.slice(0, body.indexOf('\n') >>> 0));
  const records = parse(body, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as string[][];
  const [header = [], ...lines] = records;
  const headers = header.map((name) => name.trim());
  return {
    headers,
    rows: lines.map((values) =>
      Object.fromEntries(headers.map((name, index) => [name, values[index] ?? ''])),
    ),
  };
}

async function readWorkbook(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const text = (value: ExcelJS.CellValue): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') {
      if ('richText' in value) return value.richText.map((part) => part.text).join('');
      if ('text' in value) return String(value.text);
      if ('result' in value) return String(value.result ?? '');
      if (value instanceof Date) return value.toISOString().slice(0, 10);
    }
    return String(value);
  };
  const lines: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++)
      values.push(text(row.getCell(column).value).trim());
    lines.push(values);
  });
  const [header = [], ...body] = lines;
  return {
    headers: header,
    rows: body
      .filter((values) => values.some(Boolean))
      .map((values) => Object.fromEntries(header.map((name, index) => [name, values[index] ?? '']))),
  };
}
