import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Schema, Validator } from 'jsonschema';

// The official Popolo JSON Schemas (draft-03), copied unchanged into test/fixtures/popolo, registered
// with a validator that reads draft-03 so that their $ref between files resolve.

const SCHEMAS = join(import.meta.dirname, '..', 'fixtures', 'popolo');

export const popoloValidator = new Validator();
for (const file of readdirSync(SCHEMAS).filter((name) => name.endsWith('.json'))) {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as Schema & { id: string };
  popoloValidator.addSchema(schema, schema.id);
}

export const popoloSchemaId = (name: string) => `http://www.popoloproject.com/schemas/${name}.json#`;

/** The errors of `value` against the named Popolo schema (`vote_event`…), every $ref followed. */
export function popoloErrors(value: unknown, name: string): string[] {
  const schema = popoloValidator.schemas[popoloSchemaId(name)];
  if (!schema) throw new Error(`no Popolo schema ${name}`);
  return popoloValidator.validate(value, schema, { nestedErrors: true }).errors.map((error) => error.stack);
}

type Json = Record<string, any>;

export interface PopoloDocument {
  persons: Json[];
  organizations: Json[];
  posts: Json[];
  memberships: Json[];
  events: Json[];
  motions: Json[];
  vote_events: Json[];
}

/** Each object of a Popolo document, counts and votes too, with the schema it must validate against. */
export function popoloObjects(document: PopoloDocument): Array<[Json[], string]> {
  return [
    [document.persons, 'person'],
    [document.organizations, 'organization'],
    [document.posts, 'post'],
    [document.memberships, 'membership'],
    [document.events, 'event'],
    [document.motions, 'motion'],
    [document.vote_events, 'vote_event'],
    [document.vote_events.flatMap((event) => event.counts), 'count'],
    [document.vote_events.flatMap((event) => event.votes ?? []), 'vote'],
  ];
}
