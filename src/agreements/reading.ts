import { and, asc, desc, eq, getTableColumns, inArray, or, type SQL, sql } from 'drizzle-orm';
import { ANONYMOUS, canRead, canReadDocument, type Reader } from '../accounts/visibility.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships, people } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import { assertDate } from '../shared/dates.ts';
import { NotFoundError } from '../shared/errors.ts';
import { normalizeName } from '../shared/names.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import { listCitations } from '../sources/sources.ts';
import type {
  AgreementDetail,
  AgreementDocument,
  AgreementListQuery,
  AgreementPage,
  AgreementPart,
  AgreementParty,
  AgreementSummary,
} from './schemas.ts';
import {
  agreementDocuments,
  agreementParties,
  agreementParts,
  agreements,
  agreementTransitions,
  approvals,
  partSignatories,
} from './tables.ts';
import { readableRecordOf, visibleTo } from './visibility.ts';

// Reading agreements: one with everything it holds, or a filtered page of them.

async function loadParties(db: Database, agreementIds: string[]): Promise<Map<string, AgreementParty[]>> {
  const byAgreement = new Map<string, AgreementParty[]>();
  if (agreementIds.length === 0) return byAgreement;
  const rows = await db
    .select({ party: agreementParties, organization: organizations })
    .from(agreementParties)
    .leftJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .where(inArray(agreementParties.agreementId, agreementIds))
    .orderBy(asc(agreementParties.position));
  for (const { party, organization } of rows) {
    const list = byAgreement.get(party.agreementId) ?? [];
    list.push({
      position: party.position,
      organization: organization
        ? {
            id: organization.id,
            kind: organization.kind,
            subkind: organization.subkind,
            name: organization.name,
            countryCode: organization.countryCode,
            placeId: organization.placeId,
          }
        : null,
      description: party.description,
      countryCode: party.countryCode,
    });
    byAgreement.set(party.agreementId, list);
  }
  return byAgreement;
}

function toSummary(row: typeof agreements.$inferSelect, parties: AgreementParty[]): AgreementSummary {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    title: row.title,
    themes: row.themes,
    signedOn: row.signedOn,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    visibility: row.visibility,
    parties,
  };
}

async function loadParts(db: Database, agreementId: string): Promise<AgreementPart[]> {
  const rows = await db
    .select({ part: agreementParts, place: places })
    .from(agreementParts)
    .leftJoin(places, eq(places.id, agreementParts.signingPlaceId))
    .where(eq(agreementParts.agreementId, agreementId))
    .orderBy(asc(agreementParts.number));
  const partIds = rows.map(({ part }) => part.id);
  const signatoryRows =
    partIds.length === 0
      ? []
      : await db
          .select({ signatory: partSignatories, person: people })
          .from(partSignatories)
          .innerJoin(people, eq(people.id, partSignatories.personId))
          .where(inArray(partSignatories.partId, partIds))
          .orderBy(asc(partSignatories.role), asc(partSignatories.id));
  return rows.map(({ part, place }) => ({
    id: part.id,
    number: part.number,
    kind: part.kind,
    title: part.title,
    plannedFrom: part.plannedFrom,
    plannedTo: part.plannedTo,
    signedOn: part.signedOn,
    signingPlace: place
      ? { id: place.id, name: place.name, names: place.names, countryCode: place.countryCode }
      : null,
    signingEventId: part.signingEventId,
    extendsTermMonths: part.extendsTermMonths,
    signatories: signatoryRows
      .filter(({ signatory }) => signatory.partId === part.id)
      .map(({ signatory, person }) => ({
        id: signatory.id,
        person: { id: person.id, name: person.name, names: person.names },
        partyOrganizationId: signatory.partyOrganizationId,
        role: signatory.role,
        postLabel: signatory.postLabel,
      })),
  }));
}

/** The documents of an agreement, described (their content is read one at a time, in documents.ts). */
async function documentsOf(db: Database, agreementId: string): Promise<AgreementDocument[]> {
  const { content: _content, ...columns } = getTableColumns(agreementDocuments);
  return db
    .select(columns)
    .from(agreementDocuments)
    .where(eq(agreementDocuments.agreementId, agreementId))
    .orderBy(asc(agreementDocuments.uploadedAt), asc(agreementDocuments.id));
}

/**
 * An agreement as this reader may see it: not found when they may not read it (its existence is
 * not revealed), and with only the documents they may read. Without a reader: the whole record,
 * for the domain's own use.
 */
export async function getAgreement(db: Database, id: string, reader?: Reader): Promise<AgreementDetail> {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
  if (!row) throw new NotFoundError('agreement.not_found', { id });
  const readable = await readableRecordOf(db, row);
  if (reader && !canRead(reader, readable)) throw new NotFoundError('agreement.not_found', { id });
  // One query after another: inside a transaction they share one connection anyway.
  const parties = await loadParties(db, [id]);
  const parts = await loadParts(db, id);
  const approvalRows = await db
    .select()
    .from(approvals)
    .where(eq(approvals.agreementId, id))
    .orderBy(asc(approvals.createdAt), asc(approvals.id));
  const transitions = await db
    .select()
    .from(agreementTransitions)
    .where(eq(agreementTransitions.agreementId, id))
    .orderBy(asc(agreementTransitions.id));
  const documents = (await documentsOf(db, id)).filter(
    (document) => !reader || canReadDocument(reader, readable, document.visibility),
  );
  const citations = await listCitations(db, 'agreement', [id]);
  return {
    ...toSummary(row, parties.get(id) ?? []),
    description: row.description,
    termMonths: row.termMonths,
    renewal: row.renewal,
    readers: { userIds: [...readable.readerUserIds], bodyIds: [...readable.readerBodyIds] },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    parts,
    approvals: approvalRows.map(({ createdAt: _c, ...approval }) => approval),
    transitions,
    documents,
    sources: citations.get(id) ?? [],
  };
}

// Agreements never signed sort after every signed one, newest signature first.
const NEVER_SIGNED = '0001-01-01';
const sortDate = sql<string>`coalesce(${agreements.signedOn}, ${NEVER_SIGNED}::date)`;

/**
 * A page of the agreements this reader may see, filtered, by date of signature: newest first
 * (never signed last) unless `sort` is `oldest`.
 */
export async function listAgreements(
  db: Database,
  query: AgreementListQuery,
  reader: Reader = ANONYMOUS,
): Promise<AgreementPage> {
  assertDate(query.signedFrom, '/signedFrom');
  assertDate(query.signedTo, '/signedTo');
  const limit = pageSize(query.limit);
  const conditions: SQL[] = [];
  const visible = visibleTo(db, reader);
  if (visible) conditions.push(visible);
  if (query.status) conditions.push(eq(agreements.status, query.status));
  if (query.type) conditions.push(eq(agreements.type, query.type));
  if (query.theme) conditions.push(sql`${query.theme} = ANY (${agreements.themes})`);
  if (query.signedFrom) conditions.push(sql`${agreements.signedOn} >= ${query.signedFrom}`);
  if (query.signedTo) conditions.push(sql`${agreements.signedOn} <= ${query.signedTo}`);
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
  if (query.country) {
    // A party's country as recorded, or as GeoNames files its place (including alternate codes such as EH).
    conditions.push(sql`${agreements.id} IN (
      SELECT ap.agreement_id FROM agreement_parties ap
      LEFT JOIN organizations o ON o.id = ap.organization_id
      LEFT JOIN places p ON p.id = o.place_id
      WHERE ap.country_code = ${query.country} OR o.country_code = ${query.country}
         OR p.country_code = ${query.country} OR ${query.country} = ANY (p.other_country_codes))`);
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
    if (!normalized) return { items: [], nextCursor: null };
    const pattern = `%${normalized}%`;
    conditions.push(
      or(
        sql`${agreements.id} IN (SELECT ap.agreement_id FROM agreement_parties ap JOIN organizations o ON o.id = ap.organization_id
                                 WHERE o.search_text LIKE ${pattern})`,
        sql`${agreements.titleSearch} LIKE ${pattern}`,
      )!,
    );
  }
  const cursor = decodeCursor(query.cursor, ['date', 'uuid']);
  const oldestFirst = query.sort === 'oldest';
  if (cursor) {
    conditions.push(
      oldestFirst
        ? sql`(${sortDate}, ${agreements.id}) > (${cursor[0]}::date, ${cursor[1]}::uuid)`
        : sql`(${sortDate}, ${agreements.id}) < (${cursor[0]}::date, ${cursor[1]}::uuid)`,
    );
  }
  const rows = await db
    .select({ agreement: agreements, sortDate })
    .from(agreements)
    .where(and(...conditions))
    .orderBy(...(oldestFirst ? [asc(sortDate), asc(agreements.id)] : [desc(sortDate), desc(agreements.id)]))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const parties = await loadParties(
    db,
    page.map(({ agreement }) => agreement.id),
  );
  const last = page.at(-1);
  return {
    items: page.map(({ agreement }) => toSummary(agreement, parties.get(agreement.id) ?? [])),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor([String(last.sortDate).slice(0, 10), last.agreement.id])
        : null,
  };
}
