import { and, asc, desc, eq, inArray, type Placeholder, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { canActFor, type Principal, type ScopeFacts } from '../accounts/policy.ts';
import {
  ANONYMOUS,
  canRead,
  canReadDocument,
  type ReadableRecord,
  type Reader,
} from '../accounts/visibility.ts';
import type { Database } from '../db/client.ts';
import { outer } from '../db/json-rows.ts';
import { executePrepared, preparedOnce, prepareNamed } from '../db/prepared.ts';
import { agreementActions } from '../http/record-actions.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships } from '../people/tables.ts';
import { assertDate, assertDateOrder } from '../shared/dates.ts';
import { NotFoundError } from '../shared/errors.ts';
import { normalizeName } from '../shared/names.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import { type CitationsJson, citationsFromJson, citationsJson } from '../sources/sources.ts';
import { partiesOfCountry } from './countries.ts';
import { type HistoryEntry, historyEntry } from './history.ts';
import type {
  AgreementDetail,
  AgreementDocument,
  AgreementListQuery,
  AgreementPage,
  AgreementPart,
  AgreementParty,
  AgreementSummary,
} from './schemas.ts';
import { agreementParties, agreements } from './tables.ts';
import { visibleTo } from './visibility.ts';

// Reading agreements: one with everything it holds, or a filtered page of them.

/**
 * The parties of the agreement whose id `agreementId` gives, in order, as a JSON array. Each
 * party's organization is looked up by its key: as a join, the planner would rather read a small
 * organizations table whole for every agreement of a page.
 */
function partiesJson(agreementId: SQLWrapper): SQL<AgreementParty[]> {
  const organization = sql`(SELECT json_build_object(
      'id', o.id, 'kind', o.kind, 'subkind', o.subkind, 'name', o.name,
      'countryCode', o.country_code, 'placeId', o.place_id)
    FROM organizations o WHERE o.id = ap.organization_id)`;
  return sql<AgreementParty[]>`coalesce((SELECT json_agg(json_build_object(
      'position', ap.position, 'organization', ${organization},
      'description', ap.description, 'countryCode', ap.country_code) ORDER BY ap.position)
    FROM agreement_parties ap WHERE ap.agreement_id = ${outer(agreementId)}), '[]'::json)`;
}

/** Each party's organization and a network it belongs to, as a JSON array of { organization, network }. */
type PartyNetworks = Array<{ organization: string; network: string }>;

/**
 * The networks of the parties of the agreement whose id `agreementId` gives, party by party, as
 * acting for all the parties asks: a party belongs to the networks it is a member of now, and a
 * body to its parent network (scopes.ts's scopeFacts reads the same).
 */
function partyNetworksJson(agreementId: SQLWrapper): SQL<PartyNetworks> {
  return sql<PartyNetworks>`coalesce((SELECT json_agg(json_build_object('organization', n.organization, 'network', n.network))
    FROM (
      SELECT ap.organization_id AS organization, ${memberships.organizationId} AS network FROM ${memberships}
        JOIN agreement_parties ap ON ap.organization_id = ${memberships.memberOrganizationId}
        WHERE ap.agreement_id = ${agreementId} AND ${membershipInForce()}
      UNION
      SELECT o.id, o.parent_id FROM agreement_parties ap JOIN organizations o ON o.id = ap.organization_id
        WHERE ap.agreement_id = ${agreementId} AND o.kind = 'body' AND o.parent_id IS NOT NULL) n), '[]'::json)`;
}

/** An agreement's parties and their networks, as a list reads them beside each agreement. */
interface PartyFactsJson {
  parties: string[];
  networks: PartyNetworks;
}

/** What acting for an agreement's parties is decided on: the parties and each one's networks. */
function partyFacts(partyIds: string[], partyNetworks: PartyNetworks): ScopeFacts {
  const networksOf = new Map<string, string[]>(partyIds.map((party) => [party, []]));
  for (const { organization, network } of partyNetworks) networksOf.get(organization)?.push(network);
  return { organizationIds: partyIds, networksOf };
}

const EMPTY_PAGE = '{"items":[],"nextCursor":null}';

/** An agreement as a list shows it, with its parties, as one JSON value. */
const summaryJson = sql<AgreementSummary>`json_build_object(
    'id', ${agreements.id}, 'type', ${agreements.type}, 'status', ${agreements.status},
    'title', ${agreements.title}, 'themes', ${agreements.themes}, 'signedOn', ${agreements.signedOn},
    'startsOn', ${agreements.startsOn}, 'endsOn', ${agreements.endsOn},
    'visibility', ${agreements.visibility}, 'parties', ${partiesJson(agreements.id)})`;

/** What the one statement reading an agreement answers: the agreement as JSON, with all it holds. */
interface AgreementRecordJson {
  id: string;
  type: AgreementDetail['type'];
  status: AgreementDetail['status'];
  title: AgreementDetail['title'];
  themes: AgreementDetail['themes'];
  description: AgreementDetail['description'];
  termMonths: number | null;
  renewal: string | null;
  startsOn: string | null;
  endsOn: string | null;
  signedOn: string | null;
  visibility: AgreementDetail['visibility'];
  version: number;
  createdAt: string;
  updatedAt: string;
  parties: AgreementParty[];
  /** Each party's organization and a network it belongs to (or is a body of). */
  partyNetworks: PartyNetworks;
  readers: Array<{ userId: string | null; bodyId: string | null }>;
  parts: AgreementPart[];
  approvals: AgreementDetail['approvals'];
  transitions: Array<
    Omit<AgreementDetail['transitions'][number], 'at' | keyof HistoryEntry> & { at: string }
  >;
  documents: Array<
    Omit<AgreementDocument, 'uploadedAt' | 'withdrawal'> & {
      uploadedAt: string;
      withdrawal: { at: string; by: string; reason: string } | null;
    }
  >;
  sources: CitationsJson;
}

/**
 * The agreement with everything it holds, and the facts visibility decides on (its parties'
 * networks, its named readers), in one statement: correlated subqueries aggregated as JSON, so a
 * page costs one round trip and one connection whatever the agreement holds. When `visible` is
 * given (a reader's rule as SQL), an agreement they may not read is not even read.
 */
function agreementRecordQuery(db: Database, id: string | Placeholder, visible: SQL | undefined) {
  // Subqueries name the agreement's id with its table: the select below is of one table.
  const agreementId = outer(agreements.id);
  const jsonArray = (select: SQL) => sql`coalesce((${select}), '[]'::json)`;
  const readers = sql`SELECT json_agg(json_build_object('userId', r.user_id, 'bodyId', r.body_id))
    FROM agreement_readers r WHERE r.agreement_id = ${agreementId}`;
  const signatories = sql`SELECT json_agg(json_build_object(
      'id', s.id, 'person', json_build_object('id', pe.id, 'name', pe.name, 'names', pe.names),
      'partyOrganizationId', s.party_organization_id, 'role', s.role, 'postLabel', s.post_label)
      ORDER BY s.role, s.id)
    FROM part_signatories s JOIN people pe ON pe.id = s.person_id WHERE s.part_id = pt.id`;
  const parts = sql`SELECT json_agg(json_build_object(
      'id', pt.id, 'number', pt.number, 'kind', pt.kind, 'title', pt.title,
      'plannedFrom', pt.planned_from, 'plannedTo', pt.planned_to, 'signedOn', pt.signed_on,
      'signingPlace', CASE WHEN pl.id IS NULL THEN NULL ELSE json_build_object(
        'id', pl.id, 'name', pl.name, 'names', pl.names, 'countryCode', pl.country_code) END,
      'signingEventId', pt.signing_event_id, 'extendsTermMonths', pt.extends_term_months,
      'signatories', ${jsonArray(signatories)}) ORDER BY pt.number)
    FROM agreement_parts pt LEFT JOIN places pl ON pl.id = pt.signing_place_id
    WHERE pt.agreement_id = ${agreementId}`;
  const approvalList = sql`SELECT json_agg(json_build_object(
      'id', ap.id, 'agreementId', ap.agreement_id, 'partyOrganizationId', ap.party_organization_id,
      'authorityOrganizationId', ap.authority_organization_id, 'authorityName', ap.authority_name,
      'reference', ap.reference, 'decidedOn', ap.decided_on, 'decision', ap.decision, 'note', ap.note)
      ORDER BY ap.created_at, ap.id)
    FROM approvals ap WHERE ap.agreement_id = ${agreementId}`;
  const transitions = sql`SELECT json_agg(json_build_object(
      'id', t.id, 'fromStatus', t.from_status, 'toStatus', t.to_status, 'actor', t.actor,
      'reason', t.reason, 'at', t.at) ORDER BY t.id)
    FROM agreement_transitions t WHERE t.agreement_id = ${agreementId}`;
  // Documents are described, never read: their content is fetched one at a time (documents.ts).
  const documents = sql`SELECT json_agg(json_build_object(
      'id', d.id, 'agreementId', d.agreement_id, 'partId', d.part_id, 'language', d.language,
      'filename', d.filename, 'contentType', d.content_type, 'sizeBytes', d.size_bytes,
      'sha256', d.sha256, 'visibility', d.visibility, 'uploadedAt', d.uploaded_at,
      'withdrawal', CASE WHEN d.status = 'withdrawn' THEN json_build_object(
        'at', d.withdrawn_at, 'by', d.withdrawn_by, 'reason', d.withdrawal_reason) END)
      ORDER BY d.uploaded_at, d.id)
    FROM agreement_documents d WHERE d.agreement_id = ${agreementId}`;
  const record = sql<AgreementRecordJson>`json_build_object(
      'id', ${agreements.id}, 'type', ${agreements.type}, 'status', ${agreements.status},
      'title', ${agreements.title}, 'themes', ${agreements.themes},
      'description', ${agreements.description}, 'termMonths', ${agreements.termMonths},
      'renewal', ${agreements.renewal}, 'startsOn', ${agreements.startsOn}, 'endsOn', ${agreements.endsOn},
      'signedOn', ${agreements.signedOn}, 'visibility', ${agreements.visibility},
      'version', ${agreements.version}, 'createdAt', ${agreements.createdAt}, 'updatedAt', ${agreements.updatedAt},
      'parties', ${partiesJson(agreements.id)}, 'partyNetworks', ${partyNetworksJson(agreementId)},
      'readers', ${jsonArray(readers)}, 'parts', ${jsonArray(parts)},
      'approvals', ${jsonArray(approvalList)}, 'transitions', ${jsonArray(transitions)},
      'documents', ${jsonArray(documents)},
      'sources', ${citationsJson('agreement', agreements.id, { withWithdrawn: true })})`;
  return db
    .select({ record })
    .from(agreements)
    .where(and(eq(agreements.id, id), visible));
}

/**
 * An agreement as this reader may see it: not found when they may not read it (its existence is
 * not revealed), and with only the documents they may read. Without a reader: the whole record,
 * for the domain's own use. `principal` is who the reader is, for what they may do with it.
 */
export async function getAgreement(
  db: Database,
  id: string,
  reader?: Reader,
  principal?: Principal | null,
): Promise<AgreementDetail> {
  // The public's statement and the whole record's do not depend on who asks: built once per handle.
  const shape = !reader || reader.isPlatformAdmin ? 'whole' : reader.userId === null ? 'public' : null;
  const [found] = shape
    ? await preparedOnce(db, `agreement:${shape}`, () =>
        prepareNamed(
          'agreement',
          agreementRecordQuery(db, sql.placeholder('id'), reader ? visibleTo(db, reader) : undefined),
        ),
      ).execute({ id })
    : await executePrepared('agreement', agreementRecordQuery(db, id, visibleTo(db, reader!)));
  if (!found) throw new NotFoundError('agreement.not_found', { id });
  const { partyNetworks, readers, parties, ...record } = found.record;
  const partyIds = [
    ...new Set(parties.flatMap((party) => (party.organization ? [party.organization.id] : []))),
  ];
  const readable: ReadableRecord = {
    visibility: record.visibility,
    organizations: partyIds,
    // A party that is a network counts as one of the agreement's networks.
    networks: [...new Set([...partyIds, ...partyNetworks.map(({ network }) => network)])],
    readerUserIds: readers.flatMap((named) => (named.userId ? [named.userId] : [])),
    readerBodyIds: readers.flatMap((named) => (named.bodyId ? [named.bodyId] : [])),
  };
  // The SQL rule said so already; the plain rule has the last word, as everywhere else.
  if (reader && !canRead(reader, readable)) throw new NotFoundError('agreement.not_found', { id });
  // What was withdrawn stays, struck through, for those who act for the agreement (who may also
  // withdraw); every other reader reads only what stands.
  const facts = partyFacts(partyIds, partyNetworks);
  const worksOnIt = !reader || (principal ? canActFor(principal, facts) : false);
  const current = (item: { withdrawal?: unknown }) => !item.withdrawal || worksOnIt;
  return {
    ...record,
    parties,
    allowedActions: agreementActions(principal, facts),
    readers: { userIds: [...readable.readerUserIds], bodyIds: [...readable.readerBodyIds] },
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
    transitions: record.transitions.map((transition) => ({
      ...transition,
      ...historyEntry(transition, record),
      at: new Date(transition.at),
    })),
    documents: record.documents
      .filter((document) => !reader || canReadDocument(reader, readable, document.visibility))
      .filter(current)
      .map(({ withdrawal, ...document }) => ({
        ...document,
        uploadedAt: new Date(document.uploadedAt),
        ...(withdrawal ? { withdrawal: { ...withdrawal, at: new Date(withdrawal.at) } } : {}),
      })),
    sources: citationsFromJson(record.sources.filter(current)),
  };
}

// Agreements never signed sort after every signed one, whichever way: newest signature first, they
// count as signed at the dawn of time; oldest first, at its end. Written as the indexes on
// agreements write them (tables.ts), with the date a constant, not a parameter: only then does the
// planner read a page from an index in order rather than sort the whole table.
const NEWEST_FIRST_DATE = sql<string>`coalesce(${agreements.signedOn}, '0001-01-01'::date)`;
const OLDEST_FIRST_DATE = sql<string>`coalesce(${agreements.signedOn}, '9999-12-31'::date)`;

/**
 * A page of the agreements this reader may see, filtered, by date of signature: newest first
 * (never signed last) unless `sort` is `oldest`.
 */
export async function listAgreements(
  db: Database,
  query: AgreementListQuery,
  reader: Reader = ANONYMOUS,
  principal: Principal | null = null,
): Promise<AgreementPage> {
  return JSON.parse(await agreementPageJson(db, query, reader, principal)) as AgreementPage;
}

/**
 * The same page as the JSON text the API answers with: each agreement is written as JSON by the
 * database (the fields of AgreementSummary, nothing else), and the page around them here, so the
 * largest answer of the API is neither parsed nor written again on its way out.
 */
export async function agreementPageJson(
  db: Database,
  query: AgreementListQuery,
  reader: Reader = ANONYMOUS,
  /** Who the reader is, for what they may do with each agreement. */
  principal: Principal | null = null,
): Promise<string> {
  assertDate(query.signedFrom, '/signedFrom');
  assertDate(query.signedTo, '/signedTo');
  // A reversed period would find nothing and say only that: say why instead.
  assertDateOrder(query.signedFrom, query.signedTo, '/signedTo');
  const limit = pageSize(query.limit);
  const oldestFirst = query.sort === 'oldest';
  const sortDate = oldestFirst ? OLDEST_FIRST_DATE : NEWEST_FIRST_DATE;
  const conditions: SQL[] = [];
  const visible = visibleTo(db, reader);
  if (visible) conditions.push(visible);
  if (query.status) conditions.push(eq(agreements.status, query.status));
  if (query.type) conditions.push(eq(agreements.type, query.type));
  // Containment, not `= ANY`: the form the index on themes answers.
  if (query.theme) conditions.push(sql`${agreements.themes} @> ARRAY[${query.theme}]::text[]`);
  // The same bound on the sort date (equal to the signature date when there is one) lets a page of
  // a period be read from the sort index, from the bound on.
  if (query.signedFrom) {
    conditions.push(
      sql`${agreements.signedOn} >= ${query.signedFrom}`,
      sql`${sortDate} >= ${query.signedFrom}::date`,
    );
  }
  if (query.signedTo) {
    conditions.push(
      sql`${agreements.signedOn} <= ${query.signedTo}`,
      sql`${sortDate} <= ${query.signedTo}::date`,
    );
  }
  if (query.party) {
    conditions.push(
      inArray(
        agreements.id,
        db
          .select({ id: agreementParties.agreementId })
          .from(agreementParties)
          .where(eq(agreementParties.organizationId, query.party)),
      ),
    );
  }
  if (query.signatory) {
    conditions.push(sql`${agreements.id} IN (
      SELECT pt.agreement_id FROM agreement_parts pt JOIN part_signatories s ON s.part_id = pt.id
      WHERE s.person_id = ${query.signatory})`);
  }
  if (query.event) {
    conditions.push(sql`${agreements.id} IN (
      SELECT pt.agreement_id FROM agreement_parts pt WHERE pt.signing_event_id = ${query.event})`);
  }
  if (query.country) {
    // A party's country as recorded, or its organization's, or the country GeoNames files its place
    // under (alternate codes such as EH included), gathered first (countries.ts). A country with few
    // agreements has them read by their ids; for a common one each agreement in order asks whether a
    // party of its own is among the country's organizations, and a page stops early.
    const country = await partiesOfCountry(db, query.country);
    conditions.push(
      country.agreements !== null
        ? sql`${agreements.id} = ANY (${country.agreements}::uuid[])`
        : sql`EXISTS (
      SELECT 1 FROM agreement_parties ap
      WHERE ap.agreement_id = ${agreements.id}
        AND (ap.country_code = ${query.country} OR ap.organization_id = ANY (${country.organizations}::uuid[])))`,
    );
  }
  if (query.validatedBy) {
    // The network's word, kept with the declarations of its members (networks/declarations.ts).
    conditions.push(sql`${agreements.id} IN (
      SELECT d.agreement_id FROM agreement_declarations d
      WHERE d.network_id = ${query.validatedBy} AND d.status = 'validated')`);
  }
  if (query.network) {
    conditions.push(
      inArray(
        agreements.id,
        db
          .select({ id: agreementParties.agreementId })
          .from(agreementParties)
          .innerJoin(memberships, eq(memberships.memberOrganizationId, agreementParties.organizationId))
          .where(and(eq(memberships.organizationId, query.network), membershipInForce())),
      ),
    );
  }
  if (query.q !== undefined) {
    const normalized = normalizeName(query.q);
    if (!normalized) return EMPTY_PAGE;
    const pattern = `%${normalized}%`;
    // A party's name or the title, as one set: each branch is read from its trigram index, where an
    // OR of the two would read every agreement to test it. Gathered first (an array), the agreements
    // found are then read by their ids: as a join, the planner read the whole table to meet a few
    // hundred of a large registry.
    conditions.push(sql`${agreements.id} = ANY (ARRAY(
      SELECT ap.agreement_id FROM agreement_parties ap JOIN organizations o ON o.id = ap.organization_id
      WHERE o.search_text LIKE ${pattern}
      UNION
      SELECT titled.id FROM agreements titled WHERE titled.title_search LIKE ${pattern}))`);
  }
  const cursor = decodeCursor(query.cursor, ['date', 'uuid']);
  const after = (date: string | Placeholder, id: string | Placeholder) =>
    oldestFirst
      ? sql`(${sortDate}, ${agreements.id}) > (${date}::date, ${id}::uuid)`
      : sql`(${sortDate}, ${agreements.id}) < (${date}::date, ${id}::uuid)`;
  // What the reader may do with each agreement is decided on its parties' networks, read with it
  // (the public may do nothing, an admin everything: neither needs them).
  const actingFor = principal && !principal.isPlatformAdmin;
  const facts = actingFor
    ? sql<PartyFactsJson>`json_build_object(
        'parties', coalesce((SELECT json_agg(DISTINCT ap.organization_id) FROM agreement_parties ap
          WHERE ap.agreement_id = ${outer(agreements.id)} AND ap.organization_id IS NOT NULL), '[]'::json),
        'networks', ${partyNetworksJson(outer(agreements.id))})`
    : sql<PartyFactsJson | null>`NULL`;
  // The page and each agreement's parties in one statement; the planner builds the parties of the
  // page's rows only, after the index has given them in order.
  const pageQuery = (where: Array<SQL | undefined>) =>
    db
      .select({ summary: sql<string>`(${summaryJson})::text`, id: agreements.id, sortDate, facts })
      .from(agreements)
      .where(and(...where))
      .orderBy(...(oldestFirst ? [asc(sortDate), asc(agreements.id)] : [desc(sortDate), desc(agreements.id)]))
      // The page size written into the statement, not passed as a parameter: a plan made once for a
      // parameter's every value expects a tenth of the table, not a page, and is never chosen.
      .limit(sql.raw(String(limit + 1)) as unknown as number);
  // Browsing, unfiltered, is read in the sort index's order whatever the values: planned once per
  // connection, and for the public built once per handle. A filter's best plan depends on its
  // value (a rare country, a common theme): it is planned for the value asked for.
  const browsing = conditions.length === (visible ? 1 : 0);
  const rows = !browsing
    ? await pageQuery([...conditions, cursor ? after(cursor[0]!, cursor[1]!) : undefined])
    : reader.userId === null && !reader.isPlatformAdmin
      ? await preparedOnce(
          db,
          `agreement_page:${query.sort ?? 'newest'}:${limit}:${cursor ? 'next' : 'first'}`,
          () =>
            prepareNamed(
              'agreement_page',
              pageQuery([
                visible,
                cursor ? after(sql.placeholder('date'), sql.placeholder('id')) : undefined,
              ]),
            ),
        ).execute(cursor ? { date: cursor[0], id: cursor[1] } : {})
      : await executePrepared(
          'agreement_page',
          pageQuery([visible, cursor ? after(cursor[0]!, cursor[1]!) : undefined]),
        );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor([String(last.sortDate).slice(0, 10), last.id]) : null;
  // Each summary is an object's JSON text: its actions go in before its closing brace.
  const item = ({ summary, facts }: { summary: string; facts: PartyFactsJson | null }) =>
    `${summary.slice(0, -1)},"allowedActions":${JSON.stringify(
      facts
        ? agreementActions(principal, partyFacts(facts.parties, facts.networks))
        : principal?.isPlatformAdmin
          ? agreementActions(principal, partyFacts([], []))
          : [],
    )}}`;
  return `{"items":[${page.map(item).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}
