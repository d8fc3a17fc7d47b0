import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { type Static, Type } from 'typebox';
import { AgreementInput, PartInput, PartyInput, SignatoryInput } from '../agreements/schemas.ts';
import { PARTICIPANT_ROLES } from '../events/events.ts';
import { EventInput } from '../events/schemas.ts';
import { OrganizationInput } from '../organizations/schemas.ts';
import { MembershipInput, PersonInput } from '../people/schemas.ts';
import { PlaceInput } from '../places/schemas.ts';
import {
  LocalizedText,
  Nullable,
  namedSchemaList,
  refTo,
  ShortText,
  SourceInput,
} from '../shared/schemas.ts';

/**
 * The demo data: one JSON file per seed article in `articles/`, read in the order of their names.
 * The format is described for the people who write it in `articles/README.md`; this is its schema.
 * Fields are those of the use cases' inputs, except that a fact names another by its key
 * (`place`, `organization`, `person`...) where the input takes an id, and cites passages by key.
 */

export const ARTICLES_FOLDER = fileURLToPath(new URL('./articles', import.meta.url));

const KEY_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const Key = Type.String({
  pattern: KEY_PATTERN,
  description: 'The name other facts use to refer to this one',
});
const Ref = (kind: string) =>
  Type.String({ pattern: KEY_PATTERN, description: `The key of a ${kind} of this file or an earlier one` });
/** `passage` (of this file's article) or `article/passage` (of another article). */
const PassageRef = Type.String({ pattern: '^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*$' });

/** What a fact rests on: passages of the articles, or, rarely, why no article says it. */
const cited = {
  sources: Type.Optional(Type.Array(PassageRef, { minItems: 1, maxItems: 50 })),
  unsourced: Type.Optional(ShortText),
};

/** A GeoNames place, with the spellings the articles use added to its names. */
const GazetteerEntry = Type.Object(
  { key: Key, geonamesId: Type.Integer({ minimum: 1 }), names: LocalizedText },
  { additionalProperties: false },
);

const Place = Type.Object(
  { key: Key, ...Type.Omit(PlaceInput, ['sources']).properties, ...cited },
  { additionalProperties: false },
);

const Organization = Type.Object(
  {
    key: Key,
    ...Type.Omit(OrganizationInput, ['placeId', 'parentId', 'sources']).properties,
    place: Type.Optional(Nullable(Ref('place'))),
    parent: Type.Optional(Nullable(Ref('organization'))),
    ...cited,
  },
  { additionalProperties: false },
);

/** A person's post (a post of the organization, held) or membership without a post. */
const Holding = Type.Object(
  {
    organization: Ref('organization'),
    ...Type.Pick(MembershipInput, ['role', 'label', 'startDate', 'endDate']).properties,
    ...cited,
  },
  { additionalProperties: false },
);

const Person = Type.Object(
  {
    key: Key,
    ...Type.Omit(PersonInput, ['sources']).properties,
    sources: cited.sources,
    posts: Type.Optional(Type.Array(Holding, { minItems: 1 })),
    memberships: Type.Optional(Type.Array(Holding, { minItems: 1 })),
  },
  { additionalProperties: false },
);

/** Organizations that are members of another (a network, an association), on the same footing. */
const OrganizationMembership = Type.Object(
  {
    organization: Ref('organization'),
    ...Type.Pick(MembershipInput, ['role', 'label', 'startDate', 'endDate']).properties,
    members: Type.Array(Ref('organization'), { minItems: 1 }),
    ...cited,
  },
  { additionalProperties: false },
);

const Participant = Type.Object(
  {
    person: Type.Optional(Ref('person')),
    organization: Type.Optional(Ref('organization')),
    role: Type.Enum(PARTICIPANT_ROLES),
  },
  { additionalProperties: false },
);

const Event = Type.Object(
  {
    key: Key,
    ...Type.Omit(EventInput, ['placeId', 'organizerId', 'participants', 'sources']).properties,
    place: Type.Optional(Nullable(Ref('place'))),
    organizer: Type.Optional(Nullable(Ref('organization'))),
    participants: Type.Optional(Type.Array(Participant)),
    ...cited,
  },
  { additionalProperties: false },
);

const Party = Type.Object(
  {
    organization: Type.Optional(Ref('organization')),
    ...Type.Omit(PartyInput, ['organizationId']).properties,
  },
  { additionalProperties: false },
);

const Signatory = Type.Object(
  {
    person: Ref('person'),
    partyOrganization: Type.Optional(Ref('organization')),
    ...Type.Omit(SignatoryInput, ['personId', 'partyOrganizationId']).properties,
  },
  { additionalProperties: false },
);

const Part = Type.Object(
  {
    ...Type.Omit(PartInput, ['signingPlaceId', 'signingEventId', 'signatories']).properties,
    signingPlace: Type.Optional(Nullable(Ref('place'))),
    signingEvent: Type.Optional(Nullable(Ref('event'))),
    signatories: Type.Optional(Type.Array(Signatory)),
  },
  { additionalProperties: false },
);

const Agreement = Type.Object(
  {
    key: Key,
    ...Type.Omit(AgreementInput, ['parties', 'parts', 'approvals', 'readers', 'sources']).properties,
    parties: Type.Array(Party, { minItems: 2 }),
    parts: Type.Optional(Type.Array(Part, { minItems: 1 })),
    ...cited,
  },
  { additionalProperties: false },
);

/** One seed article: the source, the passages facts cite, and the facts, by kind. */
export const DemoArticle = Type.Object(
  {
    source: refTo(SourceInput),
    passages: Type.Record(
      Type.String({ pattern: KEY_PATTERN }),
      Type.String({ minLength: 1, maxLength: 20000 }),
    ),
    gazetteer: Type.Optional(Type.Array(GazetteerEntry)),
    places: Type.Optional(Type.Array(Place)),
    organizations: Type.Optional(Type.Array(Organization)),
    people: Type.Optional(Type.Array(Person)),
    organizationMemberships: Type.Optional(Type.Array(OrganizationMembership)),
    events: Type.Optional(Type.Array(Event)),
    agreements: Type.Optional(Type.Array(Agreement)),
  },
  { additionalProperties: false },
);

export type DemoArticle = Static<typeof DemoArticle>;

/** An article file as read: its name, the id other files cite it by, and its content. */
export interface ArticleFile {
  file: string;
  id: string;
  data: DemoArticle;
}

/** Names of article files: three digits (their order), a dash, the article's id. */
const FILE_NAME = /^\d{3}-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** Something wrong with the demo data, said with the file and the place in it. */
export class DemoDataError extends Error {
  override name = 'DemoDataError';
}

let validator: ValidateFunction | undefined;
function validate(value: unknown): ValidateFunction['errors'] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    // Shapes the areas name (LocalizedText...) are referred to by $ref, as in the server's validators.
    for (const schema of namedSchemaList()) ajv.addSchema(schema);
    validator = ajv.compile(DemoArticle);
  }
  return validator(value) ? null : validator.errors;
}

/** Checks one article file's text against the format: the file named in every complaint. */
export function parseArticle(file: string, text: string): ArticleFile {
  const name = FILE_NAME.exec(file);
  if (!name)
    throw new DemoDataError(`${file}: an article file is named NNN-<id>.json (e.g. 005-some-article.json)`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DemoDataError(`${file}: not JSON: ${(error as Error).message}`);
  }
  const errors = validate(data);
  if (errors) {
    const lines = errors.slice(0, 10).map((error) => `  ${error.instancePath || '/'} ${error.message}`);
    throw new DemoDataError(`${file} does not follow the demo article format:\n${lines.join('\n')}`);
  }
  return { file, id: name[1]!, data: data as DemoArticle };
}

/** Every article file of the folder, in the order of their names. */
export async function readArticles(folder = ARTICLES_FOLDER): Promise<ArticleFile[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => parseArticle(file, await readFile(`${folder}/${file}`, 'utf8'))),
  );
}
