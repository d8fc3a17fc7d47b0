/**
 * A registry grown to a realistic size in a few set-based statements: cities from the gazetteer
 * with their mayors, a few networks they belong to, and agreements between two of them (a mix of
 * types, statuses, themes and visibilities, with one or two parts and their signatories). Values
 * are worked out in JavaScript (titles and search keys need `normalizeName`) and written in
 * batches through `unnest` of arrays, one statement per table and batch, straight to the tables:
 * the code under test may change how it records an agreement, the rows stay the same.
 */

import { randomUUID } from 'node:crypto';
import { THEMES } from '../src/agreements/rules.ts';
import type { DatabaseHandle } from '../src/db/client.ts';
import { normalizeName } from '../src/shared/names.ts';

export type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Plain parameterized SQL on either engine, beside the query builder. */
export function rawQuery(handle: DatabaseHandle): Query {
  if (handle.pglite) {
    const client = handle.pglite;
    return async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows;
  }
  const pool = handle.pool!;
  return async (text, params) => (await pool.query(text, params)).rows;
}

export interface City {
  id: string;
  /** The place's name as the gazetteer writes it (accents and all): what people search for. */
  placeName: string;
  countryCode: string;
  mayorId: string;
}

/** What has been seeded so far in one database, so that each size adds to the one before. */
export interface Registry {
  cities: City[];
  networks: string[];
  /** Agreements written by the seeding (the demo's own are counted in the table, not here). */
  seeded: number;
  random: () => number;
}

export function emptyRegistry(seed = 20240611): Registry {
  return { cities: [], networks: [], seeded: 0, random: mulberry32(seed) };
}

/** A small deterministic generator: the same registry at every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T extends string>(random: () => number, choices: ReadonlyArray<readonly [T, number]>): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random() * total;
  for (const [value, weight] of choices) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return choices.at(-1)![0];
}

const TYPES = [
  ['twinning', 45],
  ['friendship_cooperation_protocol', 20],
  ['cooperation_agreement', 20],
  ['memorandum_of_understanding', 10],
  ['other', 5],
] as const;

const STATUSES = [
  ['in_force', 30],
  ['signed', 28],
  ['ended', 10],
  ['proposed', 8],
  ['negotiating', 8],
  ['awaiting_approval', 4],
  ['approved', 3],
  ['partially_signed', 3],
  ['suspended', 3],
  ['withdrawn', 3],
] as const;
const SIGNED = new Set(['in_force', 'signed', 'ended', 'partially_signed', 'suspended']);

const VISIBILITIES = [
  ['public', 90],
  ['members', 6],
  ['restricted', 4],
] as const;

const TITLES: Record<(typeof TYPES)[number][0], { en: string; fr: string }> = {
  twinning: { en: 'Twinning of {a} and {b}', fr: 'Jumelage entre {a} et {b}' },
  friendship_cooperation_protocol: {
    en: 'Friendship and cooperation protocol between {a} and {b}',
    fr: "Protocole d'amitié et de coopération entre {a} et {b}",
  },
  cooperation_agreement: {
    en: 'Cooperation agreement between {a} and {b}',
    fr: 'Accord de coopération décentralisée entre {a} et {b}',
  },
  memorandum_of_understanding: {
    en: 'Memorandum of understanding between {a} and {b}',
    fr: "Protocole d'accord entre {a} et {b}",
  },
  other: { en: 'Partnership charter of {a} and {b}', fr: 'Charte de partenariat entre {a} et {b}' },
};

/** Words of the titles above, as people would type them, for the search workload. */
export const TITLE_WORDS = ['jumelage', 'Coopération', 'protocole', 'memorandum', 'amitie', 'charte'];

const FIRST_NAMES = ['Amina', 'Jean', 'Fatou', 'Marco', 'Leïla', 'Ibrahim', 'Sofía', 'Kwame', 'Anne', 'Omar'];
const LAST_NAMES = ['Diallo', 'Martin', 'Haddad', 'Rossi', 'Nguyen', 'Okafor', 'García', 'Benali', 'Keïta'];

/** As the registry computes them: each value normalized, distinct, joined by " | " (see organizations and search.ts). */
function searchKeys(values: string[]): string {
  return [...new Set(values.map((value) => normalizeName(value)).filter(Boolean))].join(' | ');
}

function dateOf(random: () => number, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 11, 31);
  return new Date(from + Math.floor(random() * (to - from))).toISOString().slice(0, 10);
}

function yearsAfter(date: string, years: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() + years);
  return day.toISOString().slice(0, 10);
}

const BATCH = 5000;
const NETWORKS = 12;

/** Adds cities (one per populated place, the most populous first), each with its mayor, up to `count`. */
async function addCities(query: Query, registry: Registry, count: number): Promise<void> {
  const missing = count - registry.cities.length;
  if (missing <= 0) return;
  const places = await query(
    `SELECT id, name, country_code FROM places
      WHERE feature_code LIKE 'PPL%' ORDER BY population DESC, id LIMIT $1 OFFSET $2`,
    [missing, registry.cities.length],
  );
  const random = registry.random;
  const cities: City[] = places.map((place) => ({
    id: randomUUID(),
    placeName: String(place.name),
    countryCode: String(place.country_code),
    mayorId: randomUUID(),
  }));
  const names = cities.map(({ placeName }) => ({ en: `City of ${placeName}`, fr: `Ville de ${placeName}` }));
  await query(
    `INSERT INTO organizations (id, kind, subkind, name, search_text, country_code, place_id)
     SELECT id, 'local_authority', 'municipality', name::jsonb, search_text, country_code, place_id
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])
         AS batch(id, name, search_text, country_code, place_id)`,
    [
      cities.map((city) => city.id),
      names.map((name) => JSON.stringify(name)),
      names.map((name) => searchKeys(Object.values(name))),
      cities.map((city) => city.countryCode),
      places.map((place) => place.id),
    ],
  );
  const mayors = cities.map(
    () =>
      `${FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]} ${LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]}`,
  );
  await query(
    `INSERT INTO people (id, name, search_text) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
    [cities.map((city) => city.mayorId), mayors, mayors.map((mayor) => searchKeys([mayor]))],
  );
  if (registry.networks.length === 0) {
    registry.networks = Array.from({ length: NETWORKS }, () => randomUUID());
    const networkNames = registry.networks.map((_, index) => ({
      en: `Network of cities for ${THEMES[index % THEMES.length]!.replace(/_/g, ' ')} ${index + 1}`,
      fr: `Réseau des villes pour ${THEMES[index % THEMES.length]!.replace(/_/g, ' ')} ${index + 1}`,
    }));
    await query(
      `INSERT INTO organizations (id, kind, subkind, name, search_text)
       SELECT id, 'network', 'network', name::jsonb, search_text FROM unnest($1::uuid[], $2::text[], $3::text[])
         AS batch(id, name, search_text)`,
      [
        registry.networks,
        networkNames.map((name) => JSON.stringify(name)),
        networkNames.map((name) => searchKeys(Object.values(name))),
      ],
    );
  }
  // A third of the cities belong to a network: what "members" visibility and the party checks read.
  const members = cities.filter(() => random() < 0.35);
  await query(
    `INSERT INTO memberships (organization_id, member_organization_id, role, status, start_date)
     SELECT network, member, 'member', 'active', '2000-01-01' FROM unnest($1::uuid[], $2::uuid[]) AS m(network, member)`,
    [
      members.map((_, index) => registry.networks[index % registry.networks.length]!),
      members.map((city) => city.id),
    ],
  );
  registry.cities.push(...cities);
}

/** A city, the populous ones more often, as in real registries. */
function pickCity(registry: Registry): City {
  const draw = registry.random();
  return registry.cities[Math.floor(draw * draw * registry.cities.length)]!;
}

async function addAgreements(query: Query, registry: Registry, count: number): Promise<void> {
  const random = registry.random;
  const agreement = {
    id: [] as string[],
    type: [] as string[],
    status: [] as string[],
    title: [] as string[],
    titleSearch: [] as string[],
    themes: [] as string[],
    description: [] as string[],
    signedOn: [] as Array<string | null>,
    startsOn: [] as Array<string | null>,
    endsOn: [] as Array<string | null>,
    termMonths: [] as Array<number | null>,
    visibility: [] as string[],
    ageSeconds: [] as number[],
  };
  const party = { agreementId: [] as string[], position: [] as number[], organizationId: [] as string[] };
  const partyCountry: string[] = [];
  const part = {
    id: [] as string[],
    agreementId: [] as string[],
    number: [] as number[],
    kind: [] as string[],
    signedOn: [] as Array<string | null>,
    plannedFrom: [] as Array<string | null>,
  };
  const signatory = { partId: [] as string[], personId: [] as string[], organizationId: [] as string[] };
  for (let index = 0; index < count; index++) {
    const sequence = registry.seeded + index;
    const first = pickCity(registry);
    let second = pickCity(registry);
    while (second.id === first.id) second = registry.cities[Math.floor(random() * registry.cities.length)]!;
    const type = weighted(random, TYPES);
    const status = weighted(random, STATUSES);
    const signed = SIGNED.has(status) ? dateOf(random, 1960, 2025) : null;
    const themeCount = 1 + Math.floor(random() * 3);
    const themes = new Set<string>();
    while (themes.size < themeCount) themes.add(THEMES[Math.floor(random() * THEMES.length)]!);
    const fill = (template: string) =>
      template.replace('{a}', first.placeName).replace('{b}', second.placeName);
    const title = { en: fill(TITLES[type].en), fr: fill(TITLES[type].fr) };
    const id = randomUUID();
    agreement.id.push(id);
    agreement.type.push(type);
    agreement.status.push(status);
    agreement.title.push(JSON.stringify(title));
    agreement.titleSearch.push(searchKeys(Object.values(title)));
    agreement.themes.push([...themes].join(','));
    agreement.description.push(
      JSON.stringify({
        en: `Agreement ${sequence} between ${first.placeName} and ${second.placeName}: exchanges of delegations, schools and associations.`,
        fr: `Accord ${sequence} entre ${first.placeName} et ${second.placeName} : échanges de délégations, d'écoles et d'associations.`,
      }),
    );
    agreement.signedOn.push(signed);
    agreement.startsOn.push(signed);
    agreement.endsOn.push(status === 'ended' && signed ? yearsAfter(signed, 5) : null);
    agreement.termMonths.push(random() < 0.4 ? 60 : null);
    agreement.visibility.push(weighted(random, VISIBILITIES));
    agreement.ageSeconds.push(Math.floor(random() * 5 * 365 * 86400));
    for (const [position, city] of [first, second].entries()) {
      party.agreementId.push(id);
      party.position.push(position + 1);
      party.organizationId.push(city.id);
      partyCountry.push(city.countryCode);
    }
    const parts: Array<{ kind: string; signedOn: string | null; plannedFrom: string | null }> = [
      { kind: 'original', signedOn: signed, plannedFrom: signed ? null : dateOf(random, 2026, 2027) },
    ];
    if (status === 'partially_signed')
      parts.push({ kind: 'further_part', signedOn: null, plannedFrom: '2026-10-01' });
    else if (signed && random() < 0.3) {
      parts.push({
        kind: random() < 0.5 ? 'renewal' : 'further_part',
        signedOn: yearsAfter(signed, 1 + Math.floor(random() * 5)),
        plannedFrom: null,
      });
    }
    for (const [number, { kind, signedOn, plannedFrom }] of parts.entries()) {
      const partId = randomUUID();
      part.id.push(partId);
      part.agreementId.push(id);
      part.number.push(number + 1);
      part.kind.push(kind);
      part.signedOn.push(signedOn);
      part.plannedFrom.push(plannedFrom);
      if (!signedOn) continue;
      for (const city of [first, second]) {
        signatory.partId.push(partId);
        signatory.personId.push(city.mayorId);
        signatory.organizationId.push(city.id);
      }
    }
  }
  await query(
    `INSERT INTO agreements (id, type, status, title, title_search, themes, description, signed_on, starts_on,
                             ends_on, term_months, renewal, visibility, created_at, updated_at)
     SELECT id, type, status, title::jsonb, title_search, string_to_array(themes, ','), description::jsonb, signed_on,
            starts_on, ends_on, term_months, CASE WHEN term_months IS NULL THEN NULL ELSE 'tacit' END, visibility,
            now() - make_interval(secs => age), now() - make_interval(secs => age)
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[],
                   $9::date[], $10::date[], $11::int[], $12::text[], $13::int[])
         AS batch(id, type, status, title, title_search, themes, description, signed_on, starts_on, ends_on,
                  term_months, visibility, age)`,
    [
      agreement.id,
      agreement.type,
      agreement.status,
      agreement.title,
      agreement.titleSearch,
      agreement.themes,
      agreement.description,
      agreement.signedOn,
      agreement.startsOn,
      agreement.endsOn,
      agreement.termMonths,
      agreement.visibility,
      agreement.ageSeconds,
    ],
  );
  await query(
    `INSERT INTO agreement_parties (agreement_id, position, organization_id, country_code)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[])`,
    [party.agreementId, party.position, party.organizationId, partyCountry],
  );
  await query(
    `INSERT INTO agreement_parts (id, agreement_id, number, kind, signed_on, planned_from)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::date[], $6::date[])`,
    [part.id, part.agreementId, part.number, part.kind, part.signedOn, part.plannedFrom],
  );
  await query(
    `INSERT INTO part_signatories (part_id, person_id, party_organization_id, role, post_label)
     SELECT part_id, person_id, organization_id, 'signatory', '{"en": "Mayor", "fr": "Maire"}'::jsonb
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS s(part_id, person_id, organization_id)`,
    [signatory.partId, signatory.personId, signatory.organizationId],
  );
  await query(
    `INSERT INTO agreement_transitions (agreement_id, from_status, to_status, actor, reason)
     SELECT id, NULL, status, 'bench', 'recorded' FROM agreements WHERE id = ANY($1::uuid[])`,
    [agreement.id],
  );
  registry.seeded += count;
}

/**
 * Grows the database to `total` agreements (those already there, the demo's included, count),
 * with a city for every four agreements (at least 300), then gathers planner statistics.
 */
export async function growRegistry(handle: DatabaseHandle, registry: Registry, total: number): Promise<void> {
  const query = rawQuery(handle);
  const [{ count } = { count: 0 }] = await query('SELECT count(*)::int AS count FROM agreements');
  await addCities(query, registry, Math.max(300, Math.ceil(total / 4)));
  for (let missing = total - Number(count); missing > 0; missing -= BATCH) {
    await addAgreements(query, registry, Math.min(BATCH, missing));
  }
  await query('ANALYZE');
}
