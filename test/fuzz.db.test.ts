import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { generateSync, type JsonSchema } from 'json-schema-faker';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../src/db/client.ts';
import { loadDemo } from '../src/demo/load.ts';
import { setUpTestApp } from './helpers/app.ts';
import { MINIMAL_PDF, multipartBody } from './helpers/fixtures.ts';
import { jsonAt, keysAt } from './helpers/json.ts';

/*
 * Every operation of the OpenAPI document, sent requests generated from its own parameter and body
 * schemas (json-schema-faker for well-shaped values, fast-check for the hostile ones mixed in: NUL
 * bytes, lone surrogates, huge numbers, very long or odd text, crafted cursors, unknown fields,
 * wrong types), each anonymous, as a user without a role and as the platform admin, on the demo
 * registry so that ids in paths name real records. Whatever is sent: no 5xx, every error is
 * problem+json with its status, and a refused write leaves every table's row count as it was.
 *
 * FUZZ_RUNS (requests per operation and identity, default 8) enlarges it; FUZZ_SEED replays a run
 * (the seed is printed); FUZZ_OPERATION (a substring of "METHOD /path") narrows it to some routes.
 */
const ctx = setUpTestApp();
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ONLY = process.env.FUZZ_OPERATION;

type Identity = 'public' | 'user' | 'admin';
const IDENTITIES: Identity[] = ['public', 'user', 'admin'];
/** Fuzzed requests come from addresses of their own, so the sign-in throttle they trip never locks out the test's own sign-ins. */
const FUZZ_ADDRESS = '198.51.100.7';

interface Operation {
  method: string;
  path: string;
  parameters: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  body?: { type: string; schema: JsonSchema };
}

// ------------------------------------------------------------------ hostile values (fast-check)

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const hostileString = fc.oneof(
  // Text no database can store, the likeliest to reach one: weighed more.
  { arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\ud83d'), weight: 3 },
  fc.constantFrom(
    '',
    ' ',
    '\u202e\u200b\ufeff',
    'İıß\u0301',
    '😀'.repeat(300),
    'a'.repeat(25_000),
    '%00',
    '%FF',
    "'; DROP TABLE agreements; --",
    '<script>alert(1)</script>',
    'null',
    'NaN',
    '-1',
    '1e400',
    '0001-01-01',
    '9999-12-31T99:99:99Z',
    '00000000-0000-0000-0000-000000000000',
    '../../etc/passwd',
    'é'.normalize('NFD'),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -1, 0, 0.5, 2 ** 31, -(2 ** 31) - 1, Number.MIN_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileCursor = fc.oneof(
  fc.constantFrom(
    cursorOf(['x', 'not-a-uuid']),
    cursorOf(['2020-13-45', '00000000-0000-4000-8000-000000000000']),
    cursorOf([1e300]),
    cursorOf([null]),
    cursorOf(['\u0000']),
    cursorOf([{}, []]),
    Buffer.from('[1e400,1e400]').toString('base64url'),
    'not a cursor',
  ),
  fc.json().map((json) => Buffer.from(json).toString('base64url')),
);
const hostileValue = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, true, [], {}, [[[[]]]], { __proto__: 1 }),
);

const MUTATIONS = [
  'none',
  'none',
  'string',
  'string',
  'number',
  'value',
  'unknown-field',
  'cursor',
  'malformed',
  'hostile-id',
] as const;

/** One request's recipe: the generator seed for its well-formed values, then what to spoil. */
const recipe = fc.record({
  jsfSeed: fc.integer({ min: 1, max: 2 ** 30 }),
  mutation: fc.constantFrom(...MUTATIONS),
  string: hostileString,
  number: hostileNumber,
  value: hostileValue,
  cursor: hostileCursor,
  picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
});

type Recipe = typeof recipe extends fc.Arbitrary<infer T> ? T : never;

// ------------------------------------------------------------------ the OpenAPI document

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'boolean' || (typeof value === 'object' && value !== null);

/**
 * A schema of the document that the generator can follow on its own: named shapes are `$ref`s to
 * the document's components, which go along with it (a reference resolves from the schema's root).
 */
function withComponents(schema: JsonSchema, components: unknown): JsonSchema {
  return typeof schema === 'boolean' ? schema : { ...schema, components };
}

/** A parameter of the document as the generator takes it; the document is the server's own, so anything else is a bug. */
function parameterOf(value: unknown, where: string, components: unknown): Operation['parameters'][number] {
  const [place, name, required, schema] = ['in', 'name', 'required', 'schema'].map((key) =>
    jsonAt(value, key),
  );
  if (
    typeof place !== 'string' ||
    typeof name !== 'string' ||
    (required !== undefined && typeof required !== 'boolean') ||
    !isSchema(schema)
  ) {
    throw new Error(`${where}: a parameter the fuzz cannot read: ${JSON.stringify(value)}`);
  }
  return {
    in: place,
    name,
    ...(required === undefined ? {} : { required }),
    schema: withComponents(schema, components),
  };
}

function operationsOf(document: unknown): Operation[] {
  const operations: Operation[] = [];
  const components = jsonAt(document, 'components');
  for (const path of keysAt(document, 'paths')) {
    for (const method of keysAt(document, 'paths', path)) {
      const where = `${method.toUpperCase()} ${path}`;
      const operation = jsonAt(document, 'paths', path, method);
      const parameters = jsonAt(operation, 'parameters') ?? [];
      if (!Array.isArray(parameters)) throw new Error(`${where}: parameters are not a list`);
      const type = keysAt(operation, 'requestBody', 'content')[0];
      const schema =
        type === undefined ? undefined : jsonAt(operation, 'requestBody', 'content', type, 'schema');
      if (type !== undefined && !isSchema(schema)) throw new Error(`${where}: a body without a schema`);
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: parameters.map((parameter) => parameterOf(parameter, where, components)),
        body:
          type !== undefined && isSchema(schema)
            ? { type, schema: withComponents(schema, components) }
            : undefined,
      });
    }
  }
  return operations;
}

/** A value the schema accepts; when the generator cannot satisfy a schema with one seed, it tries the next ones. */
function generate(schema: JsonSchema, seed: number): unknown {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return generateSync(schema, {
        seed: seed + attempt,
        optionalsProbability: 0.5,
        maxItems: 3,
        maxLength: 40,
      });
    } catch {
      // e.g. optional properties left out where the schema asks for at least some of them
    }
  }
  return generateSync(schema, { seed, alwaysFakeOptionals: true, maxItems: 3, maxLength: 40 });
}

/** Every leaf of a value with the path to it, to spoil one of them. */
function leaves(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [path];
}

function setAt(root: unknown, path: Array<string | number>, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(root)) {
    const copy: unknown[] = [...root];
    copy[Number(key)] = setAt(copy[Number(key)], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = typeof root === 'object' && root !== null ? { ...root } : {};
  copy[key] = setAt(copy[key], rest, value);
  return copy;
}

/** Spoils one leaf of `value` whose type `accept` takes (or any leaf), with `replacement`. */
function spoil(value: unknown, pick: number, accept: (leaf: unknown) => boolean, replacement: unknown) {
  const all = leaves(value);
  const fitting = all.filter((path) => accept(jsonAt(value, ...path)));
  const candidates = fitting.length > 0 ? fitting : all;
  if (candidates.length === 0) return value;
  return setAt(value, candidates[pick % candidates.length]!, replacement);
}

/** Percent-encodes text as a client would (UTF-8; a lone surrogate becomes U+FFFD on the way). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** Header values Node's HTTP parser lets through: visible Latin-1, never a control character. */
const asHeader = (value: unknown) =>
  String(value)
    .replace(/[^\x20-\x7e\x80-\xff]/g, '')
    .slice(0, 200);

// ------------------------------------------------------------------ the database

let countEveryTable: ReturnType<typeof sql.raw> | undefined;

/** Row counts of every table, in one query. */
async function tableCounts(): Promise<Record<string, number>> {
  if (!countEveryTable) {
    const tables = await selectRows<{ name: string }>(
      ctx.database.db,
      sql`SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    countEveryTable = sql.raw(
      `SELECT ${tables.map(({ name }) => `(SELECT count(*) FROM "${name}") AS "${name}"`).join(', ')}`,
    );
  }
  const [row] = await selectRows<Record<string, string>>(ctx.database.db, countEveryTable);
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value)]));
}

/**
 * Tables a refused request may rightly write to: the sign-in throttle counts failures, and the
 * audit log records refused attempts at signing in.
 */
const WRITTEN_ON_REFUSAL = new Set(['sign_in_failures']);

// ------------------------------------------------------------------ the test

const sessions: Record<Identity, string | undefined> = {
  public: undefined,
  user: undefined,
  admin: undefined,
};
const idPools = new Map<string, Array<{ id: string; parent?: string }>>();

/** Where the ids a path parameter takes come from: the segment before it, or the parameter's name. */
const POOL_OF: Record<string, string> = {
  agreements: 'agreements',
  organizations: 'organizations',
  networks: 'organizations',
  people: 'people',
  memberships: 'memberships',
  events: 'events',
  sources: 'sources',
  places: 'places',
  users: 'spare_users',
  tokens: 'api_tokens',
  invitations: 'invitations',
  partId: 'agreement_parts',
  documentId: 'agreement_documents',
  grantId: 'role_grants',
};

async function fillPools(): Promise<void> {
  const fromTable = async (pool: string, query: ReturnType<typeof sql>) =>
    idPools.set(pool, await selectRows<{ id: string; parent?: string }>(ctx.database.db, query));
  for (const table of [
    'agreements',
    'organizations',
    'people',
    'events',
    'sources',
    'places',
    'memberships',
  ]) {
    await fromTable(table, sql.raw(`SELECT id::text AS id FROM ${table} ORDER BY id LIMIT 40`));
  }
  await fromTable(
    'agreement_parts',
    sql`SELECT id::text AS id, agreement_id::text AS parent FROM agreement_parts ORDER BY id LIMIT 40`,
  );
  await fromTable(
    'agreement_documents',
    sql`SELECT id::text AS id, agreement_id::text AS parent FROM agreement_documents ORDER BY id LIMIT 40`,
  );
  // Accounts the fuzz may disable, grant or revoke at will: never the ones it signs in with.
  for (let index = 0; index < 2; index++) await ctx.signInAs([]);
  const identities: string[] = [];
  for (const identity of ['user', 'admin'] as const) {
    const me = await ctx.apiAs({ cookie: sessions[identity]! }).GET('/api/auth/me');
    identities.push(me.data!.user.id);
  }
  const users = await selectRows<{ id: string }>(
    ctx.database.db,
    sql`SELECT id::text AS id FROM users ORDER BY id`,
  );
  const spare = users.filter(({ id }) => !identities.includes(id));
  idPools.set('spare_users', spare);
  await fromTable(
    'role_grants',
    sql`SELECT id::text AS id, user_id::text AS parent FROM role_grants LIMIT 40`,
  );
  await fromTable('api_tokens', sql`SELECT id::text AS id FROM api_tokens LIMIT 40`);
  await fromTable('invitations', sql`SELECT id::text AS id FROM invitations LIMIT 40`);
}

async function signIn(identity: Identity): Promise<void> {
  if (identity === 'public') return;
  sessions[identity] = (await ctx.signInAs([], { admin: identity === 'admin' })).cookie;
}

/** Signs the identities in again when a fuzzed request signed them out (sign-out, a revoked session). */
async function keepSignedIn(): Promise<void> {
  for (const identity of ['user', 'admin'] as const) {
    const me = await ctx.apiAs({ cookie: sessions[identity]! }).GET('/api/auth/me');
    if (me.response.status !== 200 || !me.data?.user) await signIn(identity);
  }
}

interface Built {
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

function buildRequest(operation: Operation, r: Recipe): Built {
  const pick = (index: number) => r.picks[index % r.picks.length]!;
  const headers: Record<string, string> = {};
  // Path: a real id most of the time, so the route gets past its 404.
  let url = operation.path;
  let parentId: string | undefined;
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  for (const [index, parameter] of [...pathParameters].reverse().entries()) {
    const segment = operation.path
      .split('/')
      .at(operation.path.split('/').indexOf(`{${parameter.name}}`) - 1)!;
    const pool = idPools.get(POOL_OF[parameter.name] ?? POOL_OF[segment] ?? '') ?? [];
    let value: string;
    if (r.mutation === 'hostile-id' && index === 0) value = String(r.string);
    else if (parameter.name === 'id' && parentId) value = parentId;
    else if (pool.length > 0 && pick(index) % 5 !== 0) {
      const chosen = pool[pick(index + 1) % pool.length]!;
      value = chosen.id;
      parentId = chosen.parent;
    } else if (parameter.name === 'countryCode') value = ['FR', 'ML', 'MA', 'ZZ'][pick(index) % 4]!;
    else value = String(generate(parameter.schema, r.jsfSeed + index));
    url = url.replace(`{${parameter.name}}`, percentEncode(value));
  }
  // Query string and headers from their schemas.
  let query: Record<string, unknown> = {};
  for (const [index, parameter] of operation.parameters.entries()) {
    if (parameter.in === 'path') continue;
    if (!parameter.required && pick(index + 3) % 2 === 0) continue;
    const value = generate(parameter.schema, r.jsfSeed + 100 + index);
    if (parameter.in === 'query') query[parameter.name] = value;
    if (parameter.in === 'header') headers[parameter.name] = asHeader(value);
  }
  if (operation.parameters.some((parameter) => parameter.in === 'query')) {
    if (r.mutation === 'string' || r.mutation === 'value')
      query = spoil(query, pick(4), (leaf) => typeof leaf === 'string', r.string) as Record<string, unknown>;
    if (r.mutation === 'number')
      query = spoil(query, pick(4), (leaf) => typeof leaf === 'number', r.number) as Record<string, unknown>;
    if (r.mutation === 'unknown-field') query.unknownField = r.string;
    if (r.mutation === 'cursor' && operation.parameters.some((parameter) => parameter.name === 'cursor'))
      query.cursor = r.cursor;
  }
  const search = Object.entries(query)
    .flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value]).map(
        (item) =>
          `${percentEncode(key)}=${percentEncode(typeof item === 'string' ? item : JSON.stringify(item))}`,
      ),
    )
    .join('&');
  if (search) url += `?${search}`;
  if (r.mutation === 'malformed' && !operation.body) url += pick(5) % 2 ? '?q=%FF%FE' : '?%E0%A4%A';

  if (!operation.body) return { url, headers };
  if (operation.body.type === 'multipart/form-data') {
    const fields = (generate(operation.body.schema, r.jsfSeed) ?? {}) as Record<string, unknown>;
    delete fields.file;
    const text: Record<string, string> = Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [key, String(value)]),
    );
    if (r.mutation === 'string') text.language = String(r.string).replace(/[\r\n"]/g, '');
    if (r.mutation === 'unknown-field') for (let index = 0; index < 12; index++) text[`extra${index}`] = 'x';
    const name = r.mutation === 'value' ? `${String(r.string).replace(/[\r\n"]/g, '')}.pdf` : 'signed.pdf';
    const form = multipartBody(text, {
      name,
      content: r.mutation === 'malformed' ? Buffer.from('%PDF') : MINIMAL_PDF,
    });
    return { url, headers: { ...headers, ...form.headers }, payload: form.payload };
  }
  headers['content-type'] = 'application/json';
  if (r.mutation === 'malformed')
    return { url, headers, payload: ['{"a":', '', 'null', '[]', '"\\ud800"'][pick(6) % 5]! };
  let body = generate(operation.body.schema, r.jsfSeed);
  if (r.mutation === 'string') body = spoil(body, pick(6), (leaf) => typeof leaf === 'string', r.string);
  if (r.mutation === 'number') body = spoil(body, pick(6), (leaf) => typeof leaf === 'number', r.number);
  if (r.mutation === 'value') body = spoil(body, pick(6), () => true, r.value);
  if (r.mutation === 'unknown-field' && body && typeof body === 'object')
    body = { ...body, [String(r.string)]: 1 };
  return { url, headers, payload: JSON.stringify(body) };
}

describe('requests generated from the OpenAPI document', () => {
  let operations: Array<Operation & { index: number }> = [];

  beforeAll(async () => {
    await loadDemo(ctx.database);
    await signIn('user');
    await signIn('admin');
    await fillPools();
    await ctx.app.ready();
    // Each operation keeps its place in the whole document, so a narrowed run replays the same requests.
    operations = operationsOf(ctx.app.swagger())
      .map((operation, index) => ({ ...operation, index }))
      .filter((operation) => !ONLY || `${operation.method} ${operation.path}`.includes(ONLY));
  });

  it(
    'never get a 5xx, always get problem+json for an error, and a refused write leaves nothing',
    async () => {
      console.info(
        `fuzz: seed ${SEED} (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} to replay), ${operations.length} operations`,
      );
      const failures: string[] = [];
      let sent = 0;
      let serverErrors = 0;
      const statuses = new Map<number, number>();
      for (const operation of operations) {
        const recipes = fc.sample(recipe, { seed: SEED + operation.index, numRuns: RUNS });
        const write = !['GET', 'HEAD'].includes(operation.method);
        for (const r of recipes) {
          const built = buildRequest(operation, r);
          for (const identity of IDENTITIES) {
            const before = write ? await tableCounts() : undefined;
            const response = await ctx.app.inject({
              method: operation.method as 'GET',
              url: built.url,
              payload: built.payload,
              headers: { ...built.headers, ...(sessions[identity] ? { cookie: sessions[identity] } : {}) },
              remoteAddress: FUZZ_ADDRESS,
            });
            sent++;
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            const what = `${operation.method} ${built.url.slice(0, 200)} as ${identity} (${r.mutation}) → ${response.statusCode}`;
            if (response.statusCode >= 500) {
              serverErrors++;
              failures.push(`${what}: ${response.body.slice(0, 300)}`);
              continue;
            }
            if (response.statusCode >= 400) {
              const type = String(response.headers['content-type'] ?? '');
              let status: unknown;
              try {
                status = JSON.parse(response.body).status;
              } catch {
                status = undefined;
              }
              if (!type.startsWith('application/problem+json') || status !== response.statusCode) {
                failures.push(`${what}: not a problem of its status: ${type} ${response.body.slice(0, 200)}`);
              }
              if (before) {
                const after = await tableCounts();
                const changed = Object.keys(after).filter(
                  (table) => after[table] !== before[table] && !WRITTEN_ON_REFUSAL.has(table),
                );
                if (changed.length > 0) failures.push(`${what}: refused, yet wrote to ${changed.join(', ')}`);
              }
            }
          }
        }
        await keepSignedIn();
      }

      console.info(
        `fuzz: ${operations.length} operations, ${sent} requests, ${serverErrors} server errors (seed ${SEED}); ` +
          `by status: ${[...statuses]
            .sort(([a], [b]) => a - b)
            .map(([status, count]) => `${status}×${count}`)
            .join(' ')}`,
      );
      expect(failures, `seed ${SEED}`).toEqual([]);
    },
    RUNS * 20_000 + 60_000,
  );
});
