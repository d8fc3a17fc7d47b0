import { type Static, type TSchema, type TUnsafe, Type } from 'typebox';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/pagination.ts';

/**
 * Shapes shared by every area's schemas. A schema is the one description of a shape: it validates
 * requests, gives the domain its input types (Static) and writes the OpenAPI document.
 */

const namedSchemas = new Map<string, TSchema>();

/**
 * A shape with a name: described once, registered with the server (`namedSchemaList`), listed once
 * under the OpenAPI document's `components.schemas`, and used elsewhere through `refTo`.
 */
export function named<T extends TSchema>(id: string, schema: T): T {
  if (namedSchemas.has(id)) throw new Error(`two schemas are named ${id}`);
  // Every own property is copied, TypeBox's non-enumerable kind too: Type.Omit and Type.Pick need it.
  const withId = Object.defineProperties(
    {},
    {
      ...Object.getOwnPropertyDescriptors(schema),
      $id: { value: id, enumerable: true, writable: true, configurable: true },
    },
  ) as T;
  namedSchemas.set(id, withId);
  return withId;
}

/** A reference to a named shape, typed as the shape: validation, serialization and OpenAPI follow the `$ref`. */
export function refTo<T extends TSchema>(schema: T): TUnsafe<Static<T>> {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string' || namedSchemas.get(id) !== schema) {
    throw new Error('refTo takes a schema made with named()');
  }
  return Type.Unsafe<Static<T>>({ $ref: `${id}#` });
}

/** Every named shape, for the server to register before its routes. */
export function namedSchemaList(): TSchema[] {
  return [...namedSchemas.values()];
}

/**
 * A value or null. Written as a type list (`type: ['string', 'null']`) where the schema has one
 * type: valid JSON Schema and OpenAPI 3.1, and far faster to serialize than `anyOf`.
 */
export const Nullable = <T extends TSchema>(schema: T) => {
  const type = (schema as { type?: unknown }).type;
  return Type.Unsafe<Static<T> | null>(
    typeof type === 'string' ? { ...schema, type: [type, 'null'] } : Type.Union([schema, Type.Null()]),
  );
};

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

const LocalizedTextShape = named(
  'LocalizedText',
  Type.Unsafe<Partial<Record<string, string>>>({
    type: 'object',
    description: 'A text in one or more languages, keyed by ISO 639-1 code',
    patternProperties: { '^[a-z]{2}$': { type: 'string', minLength: 1, maxLength: 20000 } },
    additionalProperties: false,
    examples: [{ fr: 'Tombouctou', en: 'Timbuktu', ar: 'تمبكتو' }],
  }),
);
export const LocalizedText = refTo(LocalizedTextShape);

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

/**
 * What the reader may do with a record, by the same rules that decide a write: the client shows
 * those actions and no other. Empty for the public.
 */
export const AllowedActions = Type.Array(Type.String(), {
  description:
    'The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply',
});

/** A page of a list: named by each area for its items (e.g. `named('OrganizationPage', PageOf(refTo(Organization)))`). */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object(
    { items: Type.Array(item), nextCursor: Nullable(Type.String()) },
    { additionalProperties: false },
  );

export const SOURCE_KINDS = [
  'press_article',
  'official_document',
  'personal_account',
  'website',
  'other',
] as const;

export const SourceInput = named(
  'SourceInput',
  Type.Object(
    {
      kind: Type.Enum(SOURCE_KINDS),
      url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
      title: ShortText,
      publisher: Type.Optional(Nullable(ShortText)),
      publishedOn: Type.Optional(Nullable(IsoDate)),
      language: LanguageCode,
    },
    { additionalProperties: false },
  ),
);

export const CitationInput = named(
  'CitationInput',
  Type.Union([
    Type.Object(
      { sourceId: Id, quote: Type.Optional(Nullable(LongText)) },
      { additionalProperties: false, title: 'Cite an existing source' },
    ),
    Type.Object(
      { source: refTo(SourceInput), quote: Type.Optional(Nullable(LongText)) },
      { additionalProperties: false, title: 'Cite a new source' },
    ),
  ]),
);

/** Where a fact comes from: a press article, an official document, a person's account. */
export const Source = named(
  'Source',
  Type.Object({
    id: Id,
    kind: Type.String(),
    url: Nullable(Type.String()),
    title: Type.String(),
    publisher: Nullable(Type.String()),
    publishedOn: Nullable(Type.String()),
    language: Type.String(),
    createdAt: Timestamp,
  }),
);

/** Why a document or a citation was withdrawn, by whom and when: present only once it is. */
export const Withdrawal = named(
  'Withdrawal',
  Type.Object({ at: Timestamp, by: Type.String(), reason: Type.String() }),
);

/** Why a document or a citation is withdrawn. */
export const WithdrawalInput = named(
  'WithdrawalInput',
  Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
);

/** A source cited by a record, with the passage that supports it. */
export const Citation = named(
  'Citation',
  Type.Object({
    id: Id,
    quote: Nullable(Type.String()),
    source: refTo(Source),
    withdrawal: Type.Optional(refTo(Withdrawal)),
  }),
);

export type SourceInput = Static<typeof SourceInput>;
export type CitationInput = Static<typeof CitationInput>;
export type Source = Static<typeof Source>;
export type Citation = Static<typeof Citation>;
export type Withdrawal = Static<typeof Withdrawal>;
export type WithdrawalInput = Static<typeof WithdrawalInput>;
