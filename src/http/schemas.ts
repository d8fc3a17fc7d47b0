import { type Static, type TSchema, Type } from 'typebox';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/pagination.ts';

/** Shapes shared by every area's schemas. One schema drives validation, types and the OpenAPI document. */

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Id = Type.String({ format: 'uuid', description: 'Record id (UUID)' });
export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
export const CountryCode = Type.String({
  pattern: '^[A-Z]{2}$',
  description: 'ISO 3166-1 alpha-2 code',
  examples: ['ML'],
});
export const LanguageCode = Type.String({
  pattern: '^[a-z]{2}$',
  description: 'ISO 639-1 code',
  examples: ['ar'],
});
export const ShortText = Type.String({ minLength: 1, maxLength: 500 });
export const LongText = Type.String({ maxLength: 20000 });

/** A moment, serialized as an RFC 3339 string; handlers return Date objects. */
export const Timestamp = Type.Unsafe<Date>({ type: 'string', format: 'date-time' });

export const LocalizedText = Type.Unsafe<Partial<Record<string, string>>>({
  type: 'object',
  description: 'A text in one or more languages, keyed by ISO 639-1 code',
  patternProperties: { '^[a-z]{2}$': { type: 'string', minLength: 1, maxLength: 20000 } },
  additionalProperties: false,
  examples: [{ fr: 'Tombouctou', en: 'Timbuktu', ar: 'تمبكتو' }],
});

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const PageQuery = {
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      description: `Page size (default ${DEFAULT_PAGE_SIZE})`,
    }),
  ),
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'nextCursor of the previous page' })),
};

export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object(
    { items: Type.Array(item), nextCursor: Nullable(Type.String()) },
    { additionalProperties: false },
  );

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    field: Type.Optional(Type.String({ description: 'JSON pointer to the offending input field' })),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    requestId: Type.Optional(Type.String()),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

export const SourceInput = Type.Object(
  {
    kind: Type.Enum(['press_article', 'official_document', 'personal_account', 'website', 'other']),
    url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
    title: ShortText,
    publisher: Type.Optional(Nullable(ShortText)),
    publishedOn: Type.Optional(Nullable(IsoDate)),
    language: LanguageCode,
  },
  { additionalProperties: false },
);

export const CitationInput = Type.Union([
  Type.Object(
    { sourceId: Id, quote: Type.Optional(Nullable(LongText)) },
    { additionalProperties: false, title: 'Cite an existing source' },
  ),
  Type.Object(
    { source: SourceInput, quote: Type.Optional(Nullable(LongText)) },
    { additionalProperties: false, title: 'Cite a new source' },
  ),
]);

export const Source = Type.Object({
  id: Id,
  kind: Type.String(),
  url: Nullable(Type.String()),
  title: Type.String(),
  publisher: Nullable(Type.String()),
  publishedOn: Nullable(Type.String()),
  language: Type.String(),
  createdAt: Timestamp,
});

export const Citation = Type.Object({ id: Id, quote: Nullable(Type.String()), source: Source });

export type LocalizedTextValue = Static<typeof LocalizedText>;

/** Error responses of a route, as problem+json, for the OpenAPI document and serialization. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'Problem details', content: { 'application/problem+json': { schema: Problem } } },
    ]),
  );
}
