import { Type } from 'typebox';
import { Id, named, refTo } from '../shared/schemas.ts';
import { AGREEMENT_COLUMNS } from './columns.ts';

const Header = Type.String({ minLength: 1, maxLength: 500, description: 'A header of the file, as written' });

export const ImportColumnMapping = named(
  'ImportColumnMapping',
  Type.Object(Object.fromEntries(AGREEMENT_COLUMNS.map((column) => [column, Type.Optional(Header)])), {
    additionalProperties: false,
    description:
      'The header holding each column; a column left out is recognized by its header’s name (city1, ville 1, المدينة 1…)',
  }),
);

export const ImportFile = named(
  'ImportFile',
  Type.Object({
    id: Id,
    fileName: Type.String(),
    size: Type.Integer({ description: 'Bytes' }),
    rows: Type.Integer({ description: 'Rows under the header line' }),
    headers: Type.Array(Type.String()),
    proposed: Type.Object(
      Object.fromEntries(
        AGREEMENT_COLUMNS.map((column) => [column, Type.Union([Type.String(), Type.Null()])]),
      ),
      {
        description:
          'The header proposed for each column, recognized by its name; null when none or several could be',
      },
    ),
    sample: Type.Array(Type.Record(Type.String(), Type.String()), { description: 'The first rows, as read' }),
  }),
);

export const ImportRequest = named(
  'AgreementsImportRequest',
  Type.Object(
    {
      fileId: Id,
      mapping: Type.Optional(refTo(ImportColumnMapping)),
      dryRun: Type.Boolean({
        description:
          'Only count what would be created, matched or left for review (the preview); change nothing',
      }),
    },
    { additionalProperties: false },
  ),
);

export const ImportCapabilities = named(
  'AgreementsImportCapabilities',
  Type.Object({
    allowedActions: Type.Array(Type.Literal('import'), {
      description: 'import: the reader may send files and import them',
    }),
    maxFileBytes: Type.Integer(),
    columns: Type.Array(Type.Enum(AGREEMENT_COLUMNS)),
  }),
);

/** The upload form: the schema documents it; the handler streams and checks it (http/input-guard.ts). */
export const ImportUpload = Type.Object({
  file: Type.Unsafe<unknown>({
    type: 'string',
    format: 'binary',
    description: 'A CSV (comma, semicolon or tab separated, UTF-8) or XLSX file with a header line',
  }),
});
