import { and, eq, sql } from 'drizzle-orm';
import { agreementTitleSearch } from '../agreements/search.ts';
import { agreementParties, agreements, agreementTransitions } from '../agreements/tables.ts';
import { auditLog } from '../audit/tables.ts';
import { type Database, selectRows } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { organizationSearchText } from '../organizations/organizations.ts';
import { organizations } from '../organizations/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { citations, sources } from '../sources/tables.ts';
import { type ColumnMapping, mapColumns } from './columns.ts';
import { decide, type PlaceCandidate, type ReviewReason } from './confidence.ts';
import { resolveCountry } from './countries.ts';
import { mergeUnorderedPairs } from './pairs.ts';
import { nameVariants, writtenKey } from './place-names.ts';
import { readTableFile, type Table } from './read-table.ts';
import { type HeldPartner, importReviews } from './tables.ts';

/** The source recorded for every imported pair unless another is given: Wikipedia's lists of twin towns. */
export const WIKIPEDIA_TWIN_TOWNS = {
  url: 'https://en.wikipedia.org/wiki/Lists_of_twin_towns_and_sister_cities',
  title: 'Lists of twin towns and sister cities',
  publisher: 'Wikipedia',
  language: 'en',
} as const;

export interface ImportSource {
  url: string;
  title: string;
  publisher?: string;
  language: string;
}

export type ImportPhase = 'resolving' | 'organizations' | 'agreements' | 'review';

export interface ImportAgreementsOptions {
  /** Headers for the columns the file does not name recognizably (`--map`). */
  mapping?: Partial<ColumnMapping>;
  /** Report what would be done, change nothing. */
  dryRun?: boolean;
  source?: ImportSource;
  /** A source already recorded, cited instead of `source` (a name under review cites the list it came from). */
  sourceId?: string;
  actingAs?: ActingAs;
  /** Called as work advances: `done` of `total` in the phase. */
  onProgress?: (progress: { phase: ImportPhase; done: number; total: number }) => void;
  /** Pairs written per transaction. */
  batchSize?: number;
}

/** A name the import could not settle, with what it found. */
export interface ReviewItem {
  name: string;
  country: string;
  countryCode: string | null;
  reason: ReviewReason;
  candidates: PlaceCandidate[];
  /** How many pairs of the file it holds back. */
  heldPairs: number;
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  /** Rows lacking a name or a country. */
  incompleteRows: number;
  /** Distinct names (with their country) the file writes, and how many were resolved to a place. */
  names: { distinct: number; resolved: number; review: number; resolvedShare: number };
  /** How resolved names were settled: one place of the name, a seat over others, a far larger place, a person's choice. */
  resolvedBy: Record<'only' | 'seat' | 'most_populous' | 'reviewed', number>;
  /** Rows whose two sides resolved to the same place. */
  selfPairs: number;
  /** Distinct unordered pairs among rows whose both sides resolved (rows listing a pair twice or both ways merged). */
  pairs: number;
  /** Rows merged into another (the same pair listed again, either way). */
  mergedRows: number;
  organizations: { matched: number; created: number };
  agreements: { matched: number; created: number };
  /** Pairs held back because a side is under review. */
  heldPairs: number;
  review: ReviewItem[];
  seconds: number;
}

export const IMPORT_ACTOR = 'import';

interface Side {
  name: string;
  country: string;
  key: string;
}

interface WrittenName extends Side {
  countryCode: string | null;
  decision?: { placeId: string; why: keyof ImportReport['resolvedBy'] } | null;
  reason?: ReviewReason;
  candidates?: PlaceCandidate[];
}

interface PlaceRow {
  id: string;
  name: string;
  names: LocalizedText;
  countryCode: string;
}

function sideOf(row: Record<string, string>, nameHeader: string, countryHeader: string): Side | null {
  const name = (row[nameHeader] ?? '').trim();
  const country = (row[countryHeader] ?? '').trim();
  if (!name || !country) return null;
  return { name, country, key: writtenKey(name, country) };
}

/**
 * Imports a CSV or XLSX file of twinned places (see importAgreementTable). The whole file is read
 * first; columns are recognized by their headers, or given with `mapping`.
 */
export async function importAgreementsFile(
  db: Database,
  file: string,
  options: ImportAgreementsOptions = {},
): Promise<ImportReport> {
  return importAgreementTable(db, await readTableFile(file), options);
}

/**
 * Imports pairs of twinned places: each name is resolved to a gazetteer place with its country's
 * help, a local authority is found (or created) there, and one twinning agreement in force is
 * recorded per unordered pair, citing the source. Names not resolved with confidence go to the
 * review list with their candidates, holding their pairs back. Running it again changes nothing.
 */
export async function importAgreementTable(
  db: Database,
  table: Table,
  options: ImportAgreementsOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const mapped = mapColumns(table.headers, options.mapping);
  if (!mapped.ok) throw new ImportColumnsError(mapped.missing, mapped.ambiguous, table.headers);
  const { mapping } = mapped;
  const actingAs = options.actingAs ?? { actor: IMPORT_ACTOR };
  const progress = options.onProgress ?? (() => undefined);

  // The rows' two sides, and every name as written once.
  const rowSides: Array<[Side, Side]> = [];
  let incompleteRows = 0;
  const written = new Map<string, WrittenName>();
  for (const row of table.rows) {
    const one = sideOf(row, mapping.city1, mapping.country1);
    const two = sideOf(row, mapping.city2, mapping.country2);
    if (!one || !two) {
      incompleteRows++;
      continue;
    }
    rowSides.push([one, two]);
    for (const side of [one, two]) {
      if (!written.has(side.key))
        written.set(side.key, { ...side, countryCode: resolveCountry(side.country)?.code ?? null });
    }
  }

  await resolveNames(db, [...written.values()], progress);

  // Pairs whose both sides resolved, merged by place; the others held back for review.
  const report: ImportReport = {
    dryRun: Boolean(options.dryRun),
    rows: table.rows.length,
    incompleteRows,
    names: { distinct: written.size, resolved: 0, review: 0, resolvedShare: 0 },
    resolvedBy: { only: 0, seat: 0, most_populous: 0, reviewed: 0 },
    selfPairs: 0,
    pairs: 0,
    mergedRows: 0,
    organizations: { matched: 0, created: 0 },
    agreements: { matched: 0, created: 0 },
    heldPairs: 0,
    review: [],
    seconds: 0,
  };
  const held = new Map<string, Map<string, HeldPartner>>();
  const hold = (side: Side, partner: Side) => {
    const partners = held.get(side.key) ?? new Map<string, HeldPartner>();
    partners.set(partner.key, { name: partner.name, country: partner.country });
    held.set(side.key, partners);
  };
  const resolvedPairs: Array<{ a: string; b: string; row: number }> = [];
  for (const [index, [one, two]] of rowSides.entries()) {
    const first = written.get(one.key)!.decision;
    const second = written.get(two.key)!.decision;
    if (first && second) {
      resolvedPairs.push({ a: first.placeId, b: second.placeId, row: index });
      continue;
    }
    report.heldPairs++;
    if (!first) hold(one, two);
    if (!second) hold(two, one);
  }
  const merged = mergeUnorderedPairs(resolvedPairs);
  report.selfPairs = merged.selfPairs.length;
  report.pairs = merged.pairs.length;
  report.mergedRows = resolvedPairs.length - merged.selfPairs.length - merged.pairs.length;

  for (const name of written.values()) {
    if (name.decision) {
      report.names.resolved++;
      report.resolvedBy[name.decision.why]++;
    } else {
      report.names.review++;
      report.review.push({
        name: name.name,
        country: name.country,
        countryCode: name.countryCode,
        reason: name.reason ?? 'not_found',
        candidates: name.candidates ?? [],
        heldPairs: held.get(name.key)?.size ?? 0,
      });
    }
  }
  report.names.resolvedShare = written.size ? report.names.resolved / written.size : 1;

  // Local authorities of the places paired.
  const placeIds = [...new Set(merged.pairs.flatMap((pair) => [pair.a, pair.b]))];
  const organizationOf = await localAuthorities(db, placeIds);
  report.organizations.matched = organizationOf.size;
  const missingPlaces = placeIds.filter((id) => !organizationOf.has(id));
  report.organizations.created = missingPlaces.length;

  const batchSize = options.batchSize ?? 1000;
  if (options.dryRun) {
    const existing = await existingTwinnings(db);
    for (const pair of merged.pairs) {
      const a = organizationOf.get(pair.a);
      const b = organizationOf.get(pair.b);
      if (a && b && existing.has(orgPairKey(a, b))) report.agreements.matched++;
      else report.agreements.created++;
    }
    report.seconds = (performance.now() - started) / 1000;
    return report;
  }

  const sourceId =
    options.sourceId ?? (await findOrCreateSource(db, actingAs, options.source ?? WIKIPEDIA_TWIN_TOWNS));
  for (let start = 0; start < missingPlaces.length; start += batchSize) {
    const batch = missingPlaces.slice(start, start + batchSize);
    await inTransaction(db, async (tx) => {
      // Another import may have made some meanwhile: look again inside the transaction.
      const found = await localAuthorities(tx, batch);
      for (const [placeId, organizationId] of found) organizationOf.set(placeId, organizationId);
      const created = await createLocalAuthorities(
        tx,
        actingAs,
        batch.filter((id) => !found.has(id)),
        sourceId,
      );
      for (const [placeId, organizationId] of created) organizationOf.set(placeId, organizationId);
    });
    progress({
      phase: 'organizations',
      done: Math.min(start + batchSize, missingPlaces.length),
      total: missingPlaces.length,
    });
  }

  const existing = await existingTwinnings(
    db,
    // A few pairs (a name settled in review): only the twinnings of their authorities.
    merged.pairs.length <= FEW_PAIRS ? [...new Set(organizationOf.values())] : undefined,
  );
  for (let start = 0; start < merged.pairs.length; start += batchSize) {
    const batch = merged.pairs.slice(start, start + batchSize).map((pair) => ({
      a: organizationOf.get(pair.a)!,
      b: organizationOf.get(pair.b)!,
    }));
    const counts = await inTransaction(db, (tx) => recordTwinnings(tx, actingAs, batch, sourceId, existing));
    report.agreements.created += counts.created;
    report.agreements.matched += counts.matched;
    progress({
      phase: 'agreements',
      done: Math.min(start + batchSize, merged.pairs.length),
      total: merged.pairs.length,
    });
  }

  await inTransaction(db, (tx) => keepForReview(tx, [...written.values()], held, sourceId));
  progress({ phase: 'review', done: 1, total: 1 });
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** The file's headers do not say where the places and countries are. */
export class ImportColumnsError extends Error {
  readonly missing: string[];
  readonly ambiguous: string[];
  readonly headers: string[];
  constructor(missing: string[], ambiguous: string[], headers: string[]) {
    super(
      `${[
        missing.length ? `no column for ${missing.join(', ')}` : '',
        ambiguous.length ? `several columns could be ${ambiguous.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')} (headers: ${headers.join(', ')}); name them with a mapping (e.g. --map city1=…)`,
    );
    this.missing = missing;
    this.ambiguous = ambiguous;
    this.headers = headers;
  }
}

/** The normalized spellings to look up at once, per query (one pass over the names, the array hashed). */
const LOOKUP_BATCH = 20_000;

/**
 * Settles every name: a place chosen in an earlier review, else the gazetteer's places of that name
 * in the country (exact normalized spelling, then shortened ones) weighed by `decide`. A name left
 * with no candidate gets close spellings from the place search when the review list shows it
 * (reviews.ts): searching them for thousands of names here would take most of the import's time.
 */
async function resolveNames(
  db: Database,
  names: WrittenName[],
  progress: NonNullable<ImportAgreementsOptions['onProgress']>,
): Promise<void> {
  const chosen = new Map<string, string>();
  const keys = names.map((name) => name.key);
  for (let start = 0; start < keys.length; start += LOOKUP_BATCH) {
    const rows = await db
      .select({ key: importReviews.key, placeId: importReviews.placeId })
      .from(importReviews)
      .where(
        and(
          sql`${importReviews.key} = ANY(${sql.param(keys.slice(start, start + LOOKUP_BATCH))}::text[])`,
          eq(importReviews.status, 'resolved'),
        ),
      );
    for (const row of rows) if (row.placeId) chosen.set(row.key, row.placeId);
  }

  const variantsOf = new Map(names.map((name) => [name.key, nameVariants(name.name)]));
  const spellings = [...new Set([...variantsOf.values()].flat().map((variant) => variant.normalized))];
  const placesBySpelling = new Map<string, Array<PlaceCandidate & { otherCountryCodes: string[] }>>();
  for (let start = 0; start < spellings.length; start += LOOKUP_BATCH) {
    const rows = await selectRows(
      db,
      sql`SELECT pn.normalized, pn.name AS matched_name, p.id, p.name, p.country_code, p.other_country_codes,
                 p.population, p.feature_code
          FROM place_names pn JOIN places p ON p.id = pn.place_id
          WHERE pn.normalized = ANY(${sql.param(spellings.slice(start, start + LOOKUP_BATCH))}::text[])`,
    );
    for (const row of rows) {
      const list = placesBySpelling.get(String(row.normalized)) ?? [];
      list.push({
        placeId: String(row.id),
        name: String(row.name),
        countryCode: String(row.country_code),
        otherCountryCodes: (row.other_country_codes ?? []) as string[],
        population: Number(row.population ?? 0),
        featureCode: (row.feature_code as string | null) ?? null,
        matchedName: String(row.matched_name),
        match: 'exact',
      });
      placesBySpelling.set(String(row.normalized), list);
    }
    progress({ phase: 'resolving', done: 0, total: names.length });
  }

  for (const name of names) {
    const place = chosen.get(name.key);
    if (place) {
      name.decision = { placeId: place, why: 'reviewed' };
      continue;
    }
    let candidates: PlaceCandidate[] = [];
    if (name.countryCode) {
      for (const variant of variantsOf.get(name.key)!) {
        const inCountry = (placesBySpelling.get(variant.normalized) ?? []).filter(
          (place) =>
            place.countryCode === name.countryCode || place.otherCountryCodes.includes(name.countryCode!),
        );
        if (inCountry.length === 0) continue;
        const seen = new Set<string>();
        candidates = inCountry
          .filter((place) => !seen.has(place.placeId) && seen.add(place.placeId))
          .map(({ otherCountryCodes: _codes, ...place }) => ({
            ...place,
            match: variant.shortened ? 'shortened' : 'exact',
          }));
        break;
      }
    }
    const decision = decide(Boolean(name.countryCode), candidates);
    if (decision.resolved) {
      name.decision = { placeId: decision.candidate.placeId, why: decision.why };
    } else {
      name.decision = null;
      name.reason = decision.reason;
      name.candidates = decision.candidates;
    }
  }

  progress({ phase: 'resolving', done: names.length, total: names.length });
}

/** Pairs few enough to look up their authorities' twinnings alone rather than read them all. */
const FEW_PAIRS = 200;

/**
 * The local authority of a place, made (citing the source) when it has none: a name settled in
 * review is a place the list says has one.
 */
export async function ensureLocalAuthority(
  tx: Database,
  actingAs: ActingAs,
  placeId: string,
  sourceId: string | null,
): Promise<{ id: string; created: boolean }> {
  const found = (await localAuthorities(tx, [placeId])).get(placeId);
  if (found) return { id: found, created: false };
  const resolvedSource = sourceId ?? (await findOrCreateSource(tx, actingAs, WIKIPEDIA_TWIN_TOWNS));
  const created = await createLocalAuthorities(tx, actingAs, [placeId], resolvedSource);
  return { id: created.get(placeId)!, created: true };
}

/** The local authority of each place, the oldest when there are several. */
async function localAuthorities(db: Database, placeIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let start = 0; start < placeIds.length; start += LOOKUP_BATCH) {
    const rows = await db
      .select({ id: organizations.id, placeId: organizations.placeId })
      .from(organizations)
      .where(
        and(
          eq(organizations.kind, 'local_authority'),
          sql`${organizations.placeId} = ANY(${sql.param(placeIds.slice(start, start + LOOKUP_BATCH))}::uuid[])`,
        ),
      )
      .orderBy(organizations.createdAt, organizations.id);
    for (const row of rows) if (row.placeId && !found.has(row.placeId)) found.set(row.placeId, row.id);
  }
  return found;
}

const UI_LANGUAGES = ['ar', 'fr', 'en'] as const;

function placeName(place: PlaceRow): LocalizedText {
  const name: LocalizedText = {};
  for (const language of UI_LANGUAGES) name[language] = place.names[language] ?? place.name;
  return name;
}

async function createLocalAuthorities(
  tx: Database,
  actingAs: ActingAs,
  placeIds: string[],
  sourceId: string,
): Promise<Map<string, string>> {
  const created = new Map<string, string>();
  if (placeIds.length === 0) return created;
  const placeRows = (await selectRows(
    tx,
    sql`SELECT id, name, names, country_code AS "countryCode" FROM places WHERE id = ANY(${sql.param(placeIds)}::uuid[])`,
  )) as unknown as PlaceRow[];
  const rows = await tx
    .insert(organizations)
    .values(
      placeRows.map((place) => {
        const name = placeName(place);
        return {
          kind: 'local_authority' as const,
          name,
          searchText: organizationSearchText(name, []),
          countryCode: place.countryCode,
          placeId: place.id,
        };
      }),
    )
    .returning();
  for (const row of rows) created.set(row.placeId!, row.id);
  await tx
    .insert(citations)
    .values(rows.map((row) => ({ sourceId, entityType: 'organization', entityId: row.id })));
  await tx.insert(auditLog).values(
    rows.map((row) => ({
      actor: actingAs.actor,
      requestId: actingAs.requestId ?? null,
      action: 'create',
      entityType: 'organization',
      entityId: row.id,
      after: { ...row, source: sourceId },
    })),
  );
  return created;
}

function orgPairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Every twinning already recorded between two organizations (whatever its status), read in one
 * pass: a query per batch filtered by party was planned as nested scans while the tables grew
 * faster than their statistics, which made a first import of the whole lists crawl.
 */
async function existingTwinnings(db: Database, organizationIds?: string[]): Promise<Set<string>> {
  const existing = new Set<string>();
  const among = organizationIds
    ? sql`AND ap.agreement_id IN (SELECT agreement_id FROM agreement_parties
            WHERE organization_id = ANY(${sql.param(organizationIds)}::uuid[]))`
    : sql``;
  const rows = await selectRows(
    db,
    sql`SELECT min(ap.organization_id::text) AS a, max(ap.organization_id::text) AS b
        FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id
        WHERE a.type = 'twinning' ${among}
        GROUP BY ap.agreement_id HAVING count(ap.organization_id) = 2 AND count(*) = 2`,
  );
  for (const row of rows) existing.add(orgPairKey(String(row.a), String(row.b)));
  return existing;
}

function twinningTitle(a: LocalizedText, b: LocalizedText): LocalizedText {
  const pick = (name: LocalizedText, language: (typeof UI_LANGUAGES)[number]) =>
    name[language] ?? name.en ?? Object.values(name)[0] ?? '';
  return {
    en: `Twinning ${pick(a, 'en')} – ${pick(b, 'en')}`,
    fr: `Jumelage ${pick(a, 'fr')} – ${pick(b, 'fr')}`,
    ar: `توأمة ${pick(a, 'ar')} – ${pick(b, 'ar')}`,
  };
}

const IMPORTED_REASON = 'imported from a list of twinned places';

async function recordTwinnings(
  tx: Database,
  actingAs: ActingAs,
  pairs: Array<{ a: string; b: string }>,
  sourceId: string,
  existing: Set<string>,
): Promise<{ created: number; matched: number }> {
  const ids = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
  const todo = pairs.filter((pair) => !existing.has(orgPairKey(pair.a, pair.b)));
  for (const pair of todo) existing.add(orgPairKey(pair.a, pair.b));
  if (todo.length === 0) return { created: 0, matched: pairs.length };
  const orgRows = await tx
    .select({ id: organizations.id, name: organizations.name, countryCode: organizations.countryCode })
    .from(organizations)
    .where(sql`${organizations.id} = ANY(${sql.param(ids)}::uuid[])`);
  const org = new Map(orgRows.map((row) => [row.id, row]));
  const rows = await tx
    .insert(agreements)
    .values(
      todo.map((pair) => {
        const title = twinningTitle(org.get(pair.a)!.name, org.get(pair.b)!.name);
        return {
          type: 'twinning' as const,
          status: 'in_force' as const,
          title,
          titleSearch: agreementTitleSearch(title),
        };
      }),
    )
    .returning({ id: agreements.id });
  const agreementIds = rows.map((row) => row.id);
  await tx.insert(agreementParties).values(
    todo.flatMap((pair, index) =>
      [pair.a, pair.b].map((organizationId, position) => ({
        agreementId: agreementIds[index]!,
        position: position + 1,
        organizationId,
        countryCode: org.get(organizationId)!.countryCode,
      })),
    ),
  );
  await tx.insert(agreementTransitions).values(
    agreementIds.map((agreementId) => ({
      agreementId,
      fromStatus: null,
      toStatus: 'in_force' as const,
      actor: actingAs.actor,
      reason: IMPORTED_REASON,
    })),
  );
  await tx
    .insert(citations)
    .values(agreementIds.map((entityId) => ({ sourceId, entityType: 'agreement', entityId })));
  await tx.insert(auditLog).values(
    todo.map((pair, index) => ({
      actor: actingAs.actor,
      requestId: actingAs.requestId ?? null,
      action: 'create',
      entityType: 'agreement',
      entityId: agreementIds[index]!,
      after: {
        id: agreementIds[index],
        type: 'twinning',
        status: 'in_force',
        parties: [pair.a, pair.b],
        source: sourceId,
      },
    })),
  );
  return { created: todo.length, matched: pairs.length - todo.length };
}

async function findOrCreateSource(db: Database, actingAs: ActingAs, source: ImportSource): Promise<string> {
  return inTransaction(db, async (tx) => {
    const [found] = await tx
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.url, source.url))
      .limit(1);
    if (found) return found.id;
    const [created] = await tx
      .insert(sources)
      .values({
        kind: 'website',
        url: source.url,
        title: source.title,
        publisher: source.publisher ?? null,
        language: source.language,
      })
      .returning();
    await tx.insert(auditLog).values({
      actor: actingAs.actor,
      requestId: actingAs.requestId ?? null,
      action: 'create',
      entityType: 'source',
      entityId: created!.id,
      after: created,
    });
    return created!.id;
  });
}

/**
 * Keeps each unsettled name in the review list with its candidates and the pairs it holds back
 * (added to those an earlier file left); a row changes only when something in it does.
 */
async function keepForReview(
  tx: Database,
  names: WrittenName[],
  held: Map<string, Map<string, HeldPartner>>,
  sourceId: string,
): Promise<void> {
  const open = names.filter((name) => !name.decision);
  for (let start = 0; start < open.length; start += 1000) {
    const batch = open.slice(start, start + 1000);
    const before = new Map(
      (
        await tx
          .select()
          .from(importReviews)
          .where(sql`${importReviews.key} = ANY(${sql.param(batch.map((name) => name.key))}::text[])`)
      ).map((row) => [row.key, row]),
    );
    const values = [];
    for (const name of batch) {
      const earlier = before.get(name.key);
      const partners = new Map<string, HeldPartner>(
        (earlier?.partners ?? []).map((partner) => [writtenKey(partner.name, partner.country), partner]),
      );
      for (const [key, partner] of held.get(name.key) ?? [])
        if (!partners.has(key)) partners.set(key, partner);
      const row = {
        key: name.key,
        name: name.name,
        country: name.country,
        countryCode: name.countryCode,
        reason: name.reason ?? ('not_found' as const),
        candidates: name.candidates ?? [],
        partners: [...partners.values()],
        sourceId,
      };
      if (
        earlier &&
        earlier.reason === row.reason &&
        JSON.stringify(earlier.candidates) === JSON.stringify(row.candidates) &&
        earlier.partners.length === row.partners.length
      )
        continue;
      values.push(row);
    }
    if (values.length === 0) continue;
    await tx
      .insert(importReviews)
      .values(values)
      .onConflictDoUpdate({
        target: importReviews.key,
        set: {
          reason: sql`excluded.reason`,
          candidates: sql`excluded.candidates`,
          partners: sql`excluded.partners`,
          version: sql`${importReviews.version} + 1`,
          updatedAt: sql`now()`,
        },
        setWhere: sql`${importReviews.status} = 'open'`,
      });
  }
}
