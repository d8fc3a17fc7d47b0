import { createHash } from 'node:crypto';
import { and, asc, desc, eq, getTableColumns, inArray, max, or, type SQL, sql } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { canActFor } from '../accounts/policy.ts';
import { mayActFor, readerOf, scopeFacts } from '../accounts/scopes.ts';
import { users } from '../accounts/tables.ts';
import {
  ANONYMOUS,
  canRead,
  canReadDocument,
  type ReadableRecord,
  type Reader,
  VISIBILITIES,
  type Visibility,
} from '../accounts/visibility.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { events } from '../events/tables.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships, people } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate, assertDateOrder } from '../shared/dates.ts';
import {
  anyOf,
  ConflictError,
  ForbiddenError,
  label,
  NotFoundError,
  ValidationError,
} from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { normalizeName } from '../shared/names.ts';
import { decodeCursor, encodeCursor, type Page, pageSize } from '../shared/pagination.ts';
import { assertCountry, assertLanguage, assertLocalizedText } from '../shared/validate.ts';
import { assertVersion, type ExpectedVersion } from '../shared/versions.ts';
import { type Citation, cite, listCitations } from '../sources/sources.ts';
import {
  type AgreementStatus,
  PRE_SIGNATURE_STATUSES,
  SIGNED_STATUSES,
  signingStatusOfOwnParts,
  statusAfterPartsChange,
} from './lifecycle.ts';
import {
  type AgreementType,
  type ApprovalDecision,
  type ApprovalPolicies,
  assertParties,
  assertRecordedStatus,
  assertTransition,
  type PartKind,
  type PolicyParty,
  type Theme,
  termAfterSigning,
} from './rules.ts';
import type {
  AgreementChanges,
  AgreementInput,
  ApprovalInput,
  PartChanges,
  PartInput,
  PartyInput,
  SignatoryInput,
} from './schemas.ts';
import { agreementTitleSearch } from './search.ts';
import {
  agreementDocuments,
  agreementParties,
  agreementParts,
  agreementReaders,
  agreements,
  agreementTransitions,
  approvalPolicies,
  approvals,
  partSignatories,
} from './tables.ts';
import { visibleTo } from './visible-to.ts';

// ---------------------------------------------------------------- inputs and outputs

export type {
  AgreementChanges,
  AgreementInput,
  ApprovalInput,
  PartChanges,
  PartInput,
  PartyInput,
  SignatoryInput,
};

export interface PartySummary {
  position: number;
  organization: {
    id: string;
    kind: string;
    subkind: string | null;
    name: LocalizedText;
    countryCode: string | null;
    placeId: string | null;
  } | null;
  description: LocalizedText | null;
  countryCode: string | null;
}

export interface AgreementSummary {
  id: string;
  type: AgreementType;
  status: AgreementStatus;
  title: LocalizedText;
  themes: Theme[];
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  visibility: Visibility;
  parties: PartySummary[];
}

export interface Signatory {
  id: string;
  person: { id: string; name: string; names: LocalizedText };
  partyOrganizationId: string | null;
  role: string;
  postLabel: LocalizedText;
}

export interface Part {
  id: string;
  number: number;
  kind: PartKind;
  title: LocalizedText;
  plannedFrom: string | null;
  plannedTo: string | null;
  signedOn: string | null;
  signingPlace: { id: string; name: string; names: LocalizedText; countryCode: string } | null;
  signingEventId: string | null;
  extendsTermMonths: number | null;
  signatories: Signatory[];
}

export type Approval = Omit<typeof approvals.$inferSelect, 'createdAt'>;
export type Transition = typeof agreementTransitions.$inferSelect;
export type DocumentInfo = Omit<typeof agreementDocuments.$inferSelect, 'content'>;

export interface AgreementDetail extends AgreementSummary {
  description: LocalizedText;
  /** The named readers of a restricted agreement. */
  readers: { userIds: string[]; bodyIds: string[] };
  termMonths: number | null;
  renewal: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Bumped by every change to the agreement or what it holds: its ETag. */
  version: number;
  parts: Part[];
  approvals: Approval[];
  transitions: Transition[];
  documents: DocumentInfo[];
  sources: Citation[];
}

// ---------------------------------------------------------------- reading

async function loadParties(db: Database, agreementIds: string[]): Promise<Map<string, PartySummary[]>> {
  const byAgreement = new Map<string, PartySummary[]>();
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

function toSummary(row: typeof agreements.$inferSelect, parties: PartySummary[]): AgreementSummary {
  return {
    id: row.id,
    type: row.type as AgreementType,
    status: row.status as AgreementStatus,
    title: row.title,
    themes: row.themes as Theme[],
    signedOn: row.signedOn,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    visibility: row.visibility,
    parties,
  };
}

async function loadParts(db: Database, agreementId: string): Promise<Part[]> {
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
    kind: part.kind as PartKind,
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

/** What visibility needs to know of an agreement: its parties, their networks, its named readers. */
async function readableRecordOf(db: Database, row: typeof agreements.$inferSelect): Promise<ReadableRecord> {
  return (await readableFactsOf(db, row)).readable;
}

/** The record as visibility sees it, with the networks of each party (what acting for it needs too). */
async function readableFactsOf(db: Database, row: typeof agreements.$inferSelect) {
  const partyIds = [...(await partyIdsOf(db, row.id))];
  const facts = await scopeFacts(db, partyIds);
  const readers = await db.select().from(agreementReaders).where(eq(agreementReaders.agreementId, row.id));
  const readable: ReadableRecord = {
    visibility: row.visibility,
    organizations: partyIds,
    // A party that is a network counts as one of the agreement's networks.
    networks: [...new Set([...partyIds, ...[...facts.networksOf.values()].flat()])],
    readerUserIds: readers.flatMap((reader) => (reader.userId ? [reader.userId] : [])),
    readerBodyIds: readers.flatMap((reader) => (reader.bodyId ? [reader.bodyId] : [])),
  };
  return { readable, facts };
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
  const documents = (await listDocuments(db, id)).filter(
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

export interface AgreementQuery {
  country?: string;
  status?: AgreementStatus;
  type?: AgreementType;
  theme?: Theme;
  party?: string;
  network?: string;
  signedFrom?: string;
  signedTo?: string;
  q?: string;
  /** newest (default): latest signature first, never-signed last; oldest: the reverse. */
  sort?: 'newest' | 'oldest';
  limit?: number;
  cursor?: string;
}

// Agreements never signed sort after every signed one, newest signature first.
const NEVER_SIGNED = '0001-01-01';
const sortDate = sql<string>`coalesce(${agreements.signedOn}, ${NEVER_SIGNED}::date)`;

export async function listAgreements(
  db: Database,
  query: AgreementQuery,
  reader: Reader = ANONYMOUS,
): Promise<Page<AgreementSummary>> {
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

// ---------------------------------------------------------------- validation helpers

async function existingIds(
  db: Database,
  table: typeof organizations | typeof people | typeof places | typeof events,
  ids: string[],
) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(inArray(table.id, [...new Set(ids)]));
  return new Set(rows.map((row) => row.id));
}

async function resolveParties(tx: Database, parties: PartyInput[]): Promise<PolicyParty[]> {
  assertParties(parties);
  const organizationIds = parties.flatMap((party) => (party.organizationId ? [party.organizationId] : []));
  const found = await tx
    .select({ id: organizations.id, countryCode: organizations.countryCode })
    .from(organizations)
    .where(organizationIds.length ? inArray(organizations.id, organizationIds) : sql`false`);
  const countryById = new Map(found.map((row) => [row.id, row.countryCode]));
  return parties.map((party, index) => {
    assertCountry(party.countryCode, `/parties/${index}/countryCode`);
    assertLocalizedText(party.description ?? undefined, `/parties/${index}/description`, false);
    if (party.organizationId && !countryById.has(party.organizationId)) {
      throw new ValidationError(
        'organization.not_found',
        { id: party.organizationId },
        `/parties/${index}/organizationId`,
      );
    }
    const countryCode =
      party.countryCode ?? (party.organizationId ? countryById.get(party.organizationId) : null) ?? null;
    return { organizationId: party.organizationId ?? null, countryCode };
  });
}

async function validatePart(
  tx: Database,
  part: PartInput,
  field: string,
  partyIds: Set<string>,
): Promise<void> {
  assertDate(part.plannedFrom, `${field}/plannedFrom`);
  assertDate(part.plannedTo, `${field}/plannedTo`);
  assertDateOrder(part.plannedFrom, part.plannedTo, `${field}/plannedTo`);
  assertDate(part.signedOn, `${field}/signedOn`);
  assertLocalizedText(part.title, `${field}/title`, false);
  if (part.extendsTermMonths && part.kind !== 'renewal') {
    throw new ValidationError('part.term_extension_not_renewal', `${field}/extendsTermMonths`);
  }
  if (part.signingPlaceId && !(await existingIds(tx, places, [part.signingPlaceId])).size) {
    throw new ValidationError('place.not_found', { id: part.signingPlaceId }, `${field}/signingPlaceId`);
  }
  if (part.signingEventId && !(await existingIds(tx, events, [part.signingEventId])).size) {
    throw new ValidationError('event.not_found', { id: part.signingEventId }, `${field}/signingEventId`);
  }
  await validateSignatories(tx, part.signatories ?? [], `${field}/signatories`, partyIds);
}

async function validateSignatories(
  tx: Database,
  signatories: SignatoryInput[],
  field: string,
  partyIds: Set<string>,
) {
  const known = await existingIds(
    tx,
    people,
    signatories.map((signatory) => signatory.personId),
  );
  signatories.forEach((signatory, index) => {
    if (!known.has(signatory.personId))
      throw new ValidationError('person.not_found', { id: signatory.personId }, `${field}/${index}/personId`);
    if (signatory.partyOrganizationId && !partyIds.has(signatory.partyOrganizationId)) {
      throw new ValidationError('signatory.not_a_party', `${field}/${index}/partyOrganizationId`);
    }
    if (signatory.role === 'signatory' && !signatory.partyOrganizationId) {
      throw new ValidationError('signatory.party_required', `${field}/${index}/partyOrganizationId`);
    }
    assertLocalizedText(signatory.postLabel, `${field}/${index}/postLabel`, false);
  });
}

async function validateApproval(tx: Database, approval: ApprovalInput, field: string, partyIds: Set<string>) {
  assertDate(approval.decidedOn, `${field}/decidedOn`);
  if (approval.partyOrganizationId && !partyIds.has(approval.partyOrganizationId)) {
    throw new ValidationError('approval.not_a_party', `${field}/partyOrganizationId`);
  }
  if (!approval.authorityOrganizationId && !approval.authorityName?.trim()) {
    throw new ValidationError('approval.authority_required', `${field}/authorityName`);
  }
  if (
    approval.authorityOrganizationId &&
    !(await existingIds(tx, organizations, [approval.authorityOrganizationId])).size
  ) {
    throw new ValidationError(
      'organization.not_found',
      { id: approval.authorityOrganizationId },
      `${field}/authorityOrganizationId`,
    );
  }
}

export async function loadApprovalPolicies(db: Database): Promise<ApprovalPolicies> {
  const rows = await db.select().from(approvalPolicies);
  return new Map(rows.map((row) => [row.countryCode, row.requiredFrom as AgreementStatus]));
}

async function insertSignatories(tx: Database, partId: string, signatories: SignatoryInput[]) {
  if (signatories.length === 0) return;
  await tx.insert(partSignatories).values(
    signatories.map((signatory) => ({
      partId,
      personId: signatory.personId,
      partyOrganizationId: signatory.partyOrganizationId ?? null,
      role: signatory.role,
      postLabel: signatory.postLabel ?? {},
    })),
  );
}

function partValues(agreementId: string, number: number, part: PartInput) {
  return {
    agreementId,
    number,
    kind: part.kind ?? (number === 1 ? 'original' : 'further_part'),
    title: part.title ?? {},
    plannedFrom: part.plannedFrom ?? null,
    plannedTo: part.plannedTo ?? null,
    signedOn: part.signedOn ?? null,
    signingPlaceId: part.signingPlaceId ?? null,
    signingEventId: part.signingEventId ?? null,
    extendsTermMonths: part.extendsTermMonths ?? null,
  };
}

function earliest(dates: Array<string | null>): string | null {
  const present = dates.filter((date): date is string => Boolean(date)).sort();
  return present[0] ?? null;
}

// ---------------------------------------------------------------- writing

type Readers = { userIds: string[]; bodyIds: string[] };

/** Named readers must be accounts and bodies that exist. */
async function validateReaders(
  tx: Database,
  readers: { userIds?: string[]; bodyIds?: string[] } | undefined,
): Promise<Readers> {
  const userIds = readers?.userIds ?? [];
  const bodyIds = readers?.bodyIds ?? [];
  if (userIds.length) {
    const found = new Set(
      (await tx.select({ id: users.id }).from(users).where(inArray(users.id, userIds))).map((row) => row.id),
    );
    const missing = userIds.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      throw new ValidationError(
        'account.not_found',
        { id: userIds[missing]! },
        `/readers/userIds/${missing}`,
      );
    }
  }
  if (bodyIds.length) {
    const found = new Set(
      (
        await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(and(inArray(organizations.id, bodyIds), eq(organizations.kind, 'body')))
      ).map((row) => row.id),
    );
    const missing = bodyIds.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      throw new ValidationError(
        'organization.not_a_body',
        { id: bodyIds[missing]! },
        `/readers/bodyIds/${missing}`,
      );
    }
  }
  return { userIds, bodyIds };
}

async function replaceReaders(tx: Database, agreementId: string, readers: Readers): Promise<void> {
  await tx.delete(agreementReaders).where(eq(agreementReaders.agreementId, agreementId));
  const rows = [
    ...readers.userIds.map((userId) => ({ agreementId, userId })),
    ...readers.bodyIds.map((bodyId) => ({ agreementId, bodyId })),
  ];
  if (rows.length) await tx.insert(agreementReaders).values(rows);
}

/**
 * A write to an agreement is allowed only if the one making it may read the agreement and act for
 * its parties — checked on the agreement as it was (before the change; not found if they may not
 * read it, as for a read) and as it will be (after the change, in the same transaction: refused if
 * the change would hand the record to parties they do not act for, or take it out of their sight).
 */
async function assertMayWrite(tx: Database, actingAs: ActingAs, id: string, moment: 'before' | 'after') {
  if (actingAs.principal === undefined) return;
  const [row] = await tx.select().from(agreements).where(eq(agreements.id, id));
  if (!row) throw new NotFoundError('agreement.not_found', { id });
  const { readable, facts } = await readableFactsOf(tx, row);
  const reader = await writerAsReader(tx, actingAs);
  if (!canRead(reader, readable)) {
    if (moment === 'before') throw new NotFoundError('agreement.not_found', { id });
    throw new ForbiddenError('agreement.readers_lose_access', '/readers');
  }
  if (!actingAs.principal || !canActFor(actingAs.principal, facts)) {
    if (moment === 'before') throw new ForbiddenError('agreement.not_acting_for_parties');
    throw new ForbiddenError('agreement.not_acting_for_new_parties', '/parties');
  }
}

// A write to an agreement never changes its author's own networks: who they are as a reader is
// looked up once per transaction, not at each check.
const readersOfWrites = new WeakMap<Database, { actingAs: ActingAs; reader: Promise<Reader> }>();
function writerAsReader(tx: Database, actingAs: ActingAs): Promise<Reader> {
  const known = readersOfWrites.get(tx);
  if (known?.actingAs === actingAs) return known.reader;
  const reader = readerOf(tx, actingAs);
  readersOfWrites.set(tx, { actingAs, reader });
  return reader;
}

/** Checks the agreement as the write leaves it, and answers it as its author may read it. */
async function afterWrite(tx: Database, actingAs: ActingAs, id: string): Promise<AgreementDetail> {
  await assertMayWrite(tx, actingAs, id, 'after');
  return getAgreement(tx, id, await writerAsReader(tx, actingAs));
}

export async function createAgreement(
  tx: Database,
  actingAs: ActingAs,
  input: AgreementInput,
): Promise<AgreementDetail> {
  assertLocalizedText(input.title, '/title', true);
  assertLocalizedText(input.description, '/description', false);
  assertDate(input.startsOn, '/startsOn');
  assertDate(input.endsOn, '/endsOn');
  assertDateOrder(input.startsOn, input.endsOn, '/endsOn');
  const parties = await resolveParties(tx, input.parties);
  const partyIds = new Set(parties.flatMap((party) => (party.organizationId ? [party.organizationId] : [])));
  const partInputs = input.parts?.length ? input.parts : [{ kind: 'original' as const }];
  for (const [index, part] of partInputs.entries()) await validatePart(tx, part, `/parts/${index}`, partyIds);
  for (const [index, approval] of (input.approvals ?? []).entries()) {
    await validateApproval(tx, approval, `/approvals/${index}`, partyIds);
  }
  const status = input.status ?? 'proposed';
  const partsSigningStatus = signingStatusOfOwnParts(
    partInputs.map((part, index) => ({
      kind: part.kind ?? (index === 0 ? 'original' : 'further_part'),
      signedOn: part.signedOn ?? null,
    })),
  );
  if (partsSigningStatus && !SIGNED_STATUSES.includes(status) && status !== 'ended') {
    throw new ConflictError(
      'agreement.signed_parts_status',
      { status: label(`agreement_status.${status}`) },
      '/status',
    );
  }
  if (status !== 'proposed') {
    assertRecordedStatus({
      to: status,
      parties,
      approvals: (input.approvals ?? []).map((approval) => ({
        partyOrganizationId: approval.partyOrganizationId ?? null,
        decision: approval.decision,
      })),
      policies: await loadApprovalPolicies(tx),
      partsSigningStatus,
    });
  }

  const signedOn = earliest(partInputs.map((part) => part.signedOn ?? null));
  const term =
    signedOn && input.termMonths
      ? termAfterSigning(
          { startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, termMonths: input.termMonths },
          { kind: 'original', signedOn, extendsTermMonths: null },
        )
      : { startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null };
  const readers = await validateReaders(tx, input.readers);
  const [row] = await tx
    .insert(agreements)
    .values({
      type: input.type,
      visibility: input.visibility ?? 'public',
      status,
      title: input.title,
      titleSearch: agreementTitleSearch(input.title),
      themes: input.themes ?? [],
      description: input.description ?? {},
      termMonths: input.termMonths ?? null,
      renewal: input.renewal ?? null,
      startsOn: term.startsOn,
      endsOn: term.endsOn,
      signedOn,
    })
    .returning();
  const agreementId = row!.id;
  await replaceReaders(tx, agreementId, readers);
  await tx.insert(agreementParties).values(
    input.parties.map((party, index) => ({
      agreementId,
      position: index + 1,
      organizationId: party.organizationId ?? null,
      description: party.description ?? null,
      countryCode: parties[index]!.countryCode,
    })),
  );
  for (const [index, part] of partInputs.entries()) {
    const [partRow] = await tx
      .insert(agreementParts)
      .values(partValues(agreementId, index + 1, part))
      .returning();
    await insertSignatories(tx, partRow!.id, part.signatories ?? []);
  }
  if (input.approvals?.length) {
    await tx
      .insert(approvals)
      .values(input.approvals.map((approval) => approvalValues(agreementId, approval)));
  }
  await tx.insert(agreementTransitions).values({
    agreementId,
    fromStatus: null,
    toStatus: status,
    actor: actingAs.actor,
    reason: input.statusReason ?? 'recorded',
  });
  for (const [index, citation] of (input.sources ?? []).entries()) {
    await cite(tx, actingAs, 'agreement', agreementId, citation, `/sources/${index}`);
  }
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'agreement',
    entityId: agreementId,
    after: await getAgreement(tx, agreementId),
  });
  return afterWrite(tx, actingAs, agreementId);
}

function approvalValues(agreementId: string, approval: ApprovalInput) {
  return {
    agreementId,
    partyOrganizationId: approval.partyOrganizationId ?? null,
    authorityOrganizationId: approval.authorityOrganizationId ?? null,
    authorityName: approval.authorityName ?? null,
    reference: approval.reference ?? null,
    decidedOn: approval.decidedOn ?? null,
    decision: approval.decision,
    note: approval.note ?? null,
  };
}

/**
 * Locks the agreement for the rest of the transaction, once the actor may write to it as it is and
 * (when the edit says which version it was made on) it is still that version; then counts the
 * write in its version. Every write to an agreement, its parts, signatories, approvals, documents
 * or sources comes through here, so each one changes the agreement's ETag, and a refused write,
 * rolled back, changes nothing.
 */
export async function lockAgreement(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  expected?: ExpectedVersion,
) {
  const [row] = await tx.select().from(agreements).where(eq(agreements.id, id)).for('update');
  if (!row) throw new NotFoundError('agreement.not_found', { id });
  await assertMayWrite(tx, actingAs, id, 'before');
  assertVersion(expected, row.version);
  await tx
    .update(agreements)
    .set({ version: sql`${agreements.version} + 1` })
    .where(eq(agreements.id, id));
  return row;
}

async function policyPartiesOf(tx: Database, agreementId: string): Promise<PolicyParty[]> {
  const rows = await tx
    .select({ organizationId: agreementParties.organizationId, countryCode: agreementParties.countryCode })
    .from(agreementParties)
    .where(eq(agreementParties.agreementId, agreementId));
  return rows;
}

async function approvalFactsOf(tx: Database, agreementId: string) {
  const rows = await tx.select().from(approvals).where(eq(approvals.agreementId, agreementId));
  return rows.map((row) => ({
    partyOrganizationId: row.partyOrganizationId,
    decision: row.decision as ApprovalDecision,
  }));
}

async function partsOf(tx: Database, agreementId: string) {
  return tx
    .select({ kind: agreementParts.kind, signedOn: agreementParts.signedOn })
    .from(agreementParts)
    .where(eq(agreementParts.agreementId, agreementId));
}

async function partsSigningStatusOf(tx: Database, agreementId: string): Promise<AgreementStatus | null> {
  return signingStatusOfOwnParts(await partsOf(tx, agreementId));
}

/** Moves an agreement to another status, if the lifecycle, its parts and the approval policy allow it. */
export async function transitionAgreement(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  change: { to: AgreementStatus; reason: string },
): Promise<AgreementDetail> {
  const current = await lockAgreement(tx, actingAs, id);
  if (change.reason.trim() === '') throw new ValidationError('agreement.reason_required', '/reason');
  assertTransition({
    from: current.status as AgreementStatus,
    to: change.to,
    parties: await policyPartiesOf(tx, id),
    approvals: await approvalFactsOf(tx, id),
    policies: await loadApprovalPolicies(tx),
    partsSigningStatus: await partsSigningStatusOf(tx, id),
  });
  await applyTransition(tx, actingAs, current, change.to, change.reason);
  return afterWrite(tx, actingAs, id);
}

/**
 * After the parts of an agreement changed (one added or signed): moves it to the status its parts
 * now imply, through the transition table like any other status change.
 */
async function followParts(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  reason: string,
): Promise<void> {
  const [current] = await tx.select().from(agreements).where(eq(agreements.id, agreementId));
  const from = current!.status as AgreementStatus;
  const to = statusAfterPartsChange(from, await partsOf(tx, agreementId));
  if (to === from) return;
  assertTransition({
    from,
    to,
    parties: await policyPartiesOf(tx, agreementId),
    approvals: await approvalFactsOf(tx, agreementId),
    policies: await loadApprovalPolicies(tx),
    partsSigningStatus: await partsSigningStatusOf(tx, agreementId),
  });
  await applyTransition(tx, actingAs, current!, to, reason);
}

async function applyTransition(
  tx: Database,
  actingAs: ActingAs,
  current: typeof agreements.$inferSelect,
  to: AgreementStatus,
  reason: string,
) {
  await tx.update(agreements).set({ status: to, updatedAt: new Date() }).where(eq(agreements.id, current.id));
  await tx.insert(agreementTransitions).values({
    agreementId: current.id,
    fromStatus: current.status,
    toStatus: to,
    actor: actingAs.actor,
    reason,
  });
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'agreement',
    entityId: current.id,
    before: { status: current.status },
    after: { status: to, reason },
  });
}

export async function updateAgreement(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  changes: AgreementChanges,
  expected?: ExpectedVersion,
): Promise<AgreementDetail> {
  const current = await lockAgreement(tx, actingAs, id, expected);
  // The new parties are checked first, like the old ones: no one learns more of a refused change.
  const newPartyIds = (changes.parties ?? []).flatMap((party) =>
    party.organizationId ? [party.organizationId] : [],
  );
  if (changes.parties && !(await mayActFor(tx, actingAs, newPartyIds))) {
    throw new ForbiddenError('agreement.not_acting_for_new_parties', '/parties');
  }
  const before = await getAgreement(tx, id);
  if (changes.title !== undefined) assertLocalizedText(changes.title, '/title', true);
  assertLocalizedText(changes.description, '/description', false);
  assertDate(changes.startsOn, '/startsOn');
  assertDate(changes.endsOn, '/endsOn');
  assertDateOrder(changes.startsOn ?? current.startsOn, changes.endsOn ?? current.endsOn, '/endsOn');
  const { parties, readers, ...fields } = changes;
  if (readers !== undefined) await replaceReaders(tx, id, await validateReaders(tx, readers));
  if (parties) {
    if (!PRE_SIGNATURE_STATUSES.includes(current.status as AgreementStatus)) {
      throw new ConflictError('agreement.parties_signed', '/parties');
    }
    const resolved = await resolveParties(tx, parties);
    const signedFor = await tx
      .select({ organizationId: partSignatories.partyOrganizationId })
      .from(partSignatories)
      .innerJoin(agreementParts, eq(agreementParts.id, partSignatories.partId))
      .where(eq(agreementParts.agreementId, id));
    const newIds = new Set(resolved.map((party) => party.organizationId));
    if (signedFor.some((row) => row.organizationId && !newIds.has(row.organizationId))) {
      throw new ConflictError('agreement.party_has_signatory', '/parties');
    }
    await tx.delete(agreementParties).where(eq(agreementParties.agreementId, id));
    await tx.insert(agreementParties).values(
      parties.map((party, index) => ({
        agreementId: id,
        position: index + 1,
        organizationId: party.organizationId ?? null,
        description: party.description ?? null,
        countryCode: resolved[index]!.countryCode,
      })),
    );
  }
  if (Object.keys(fields).length > 0) {
    await tx
      .update(agreements)
      .set({
        ...fields,
        ...(fields.title ? { titleSearch: agreementTitleSearch(fields.title) } : {}),
        updatedAt: new Date(),
      })
      .where(eq(agreements.id, id));
  }
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'agreement',
    entityId: id,
    before,
    after: await getAgreement(tx, id),
  });
  return afterWrite(tx, actingAs, id);
}

async function partyIdsOf(tx: Database, agreementId: string): Promise<Set<string>> {
  const parties = await policyPartiesOf(tx, agreementId);
  return new Set(parties.flatMap((party) => (party.organizationId ? [party.organizationId] : [])));
}

export async function addPart(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  input: PartInput,
): Promise<AgreementDetail> {
  const current = await lockAgreement(tx, actingAs, agreementId);
  const kind = input.kind ?? 'further_part';
  const status = current.status as AgreementStatus;
  if (kind === 'further_part' && ['signed', 'in_force', 'suspended'].includes(status)) {
    throw new ConflictError('agreement.signed_takes_amendments', '/kind');
  }
  if (['ended', 'withdrawn'].includes(status)) {
    throw new ConflictError('agreement.closed', { status: label(`agreement_status.${status}`) }, '/kind');
  }
  await validatePart(tx, { ...input, kind }, '', await partyIdsOf(tx, agreementId));
  const [{ last } = { last: 0 }] = await tx
    .select({ last: max(agreementParts.number) })
    .from(agreementParts)
    .where(eq(agreementParts.agreementId, agreementId));
  const { signedOn, ...unsigned } = input;
  const [part] = await tx
    .insert(agreementParts)
    .values(partValues(agreementId, (last ?? 0) + 1, { ...unsigned, kind }))
    .returning();
  await insertSignatories(tx, part!.id, input.signatories ?? []);
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'agreement_part',
    entityId: part!.id,
    after: part,
  });
  if (signedOn) await signPart(tx, actingAs, agreementId, part!.id, { signedOn });
  else await followParts(tx, actingAs, agreementId, `part ${part!.number} added`);
  return afterWrite(tx, actingAs, agreementId);
}

/** Edits a part; setting `signedOn` records its signature and moves the agreement's status with it. */
export async function updatePart(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  partId: string,
  changes: PartChanges,
  expected?: ExpectedVersion,
): Promise<AgreementDetail> {
  await lockAgreement(tx, actingAs, agreementId, expected);
  const [part] = await tx
    .select()
    .from(agreementParts)
    .where(and(eq(agreementParts.id, partId), eq(agreementParts.agreementId, agreementId)));
  if (!part) throw new NotFoundError('part.not_found', { id: partId, agreementId });
  const { signedOn, ...fields } = changes;
  await validatePart(
    tx,
    {
      ...fields,
      kind: part.kind as PartKind,
      plannedFrom: fields.plannedFrom ?? part.plannedFrom,
      plannedTo: fields.plannedTo ?? part.plannedTo,
    },
    '',
    new Set(),
  );
  if (Object.keys(fields).length > 0) {
    const [after] = await tx
      .update(agreementParts)
      .set(fields)
      .where(eq(agreementParts.id, partId))
      .returning();
    await recordChange(tx, actingAs, {
      action: 'update',
      entityType: 'agreement_part',
      entityId: partId,
      before: part,
      after,
    });
  }
  if (signedOn !== undefined) {
    if (part.signedOn)
      throw new ConflictError(
        'part.already_signed',
        { number: part.number, date: part.signedOn },
        '/signedOn',
      );
    await signPart(tx, actingAs, agreementId, partId, { signedOn });
  }
  return afterWrite(tx, actingAs, agreementId);
}

/** Records a part's signature (the agreement is locked and checked by the caller). */
async function signPart(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  partId: string,
  { signedOn }: { signedOn: string },
): Promise<void> {
  assertDate(signedOn, '/signedOn');
  const [current] = await tx.select().from(agreements).where(eq(agreements.id, agreementId));
  if (!current) throw new NotFoundError('agreement.not_found', { id: agreementId });
  const status = current.status as AgreementStatus;
  const [part] = await tx.select().from(agreementParts).where(eq(agreementParts.id, partId));
  const kind = part!.kind as PartKind;
  const amendsSignedAgreement =
    ['signed', 'in_force', 'suspended'].includes(status) && kind !== 'further_part';
  if (!['approved', 'partially_signed'].includes(status) && !amendsSignedAgreement) {
    throw new ConflictError(
      'part.signed_before_approval',
      { status: label(`agreement_status.${status}`) },
      '/signedOn',
    );
  }
  const [signed] = await tx
    .update(agreementParts)
    .set({ signedOn })
    .where(eq(agreementParts.id, partId))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'agreement_part',
    entityId: partId,
    before: part,
    after: signed,
  });
  const term = termAfterSigning(
    { startsOn: current.startsOn, endsOn: current.endsOn, termMonths: current.termMonths },
    { kind, signedOn, extendsTermMonths: part!.extendsTermMonths },
  );
  const firstSignature = current.signedOn && current.signedOn < signedOn ? current.signedOn : signedOn;
  await tx
    .update(agreements)
    .set({ ...term, signedOn: firstSignature, updatedAt: new Date() })
    .where(eq(agreements.id, agreementId));
  await followParts(tx, actingAs, agreementId, `part ${part!.number} signed on ${signedOn}`);
}

export async function addSignatory(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  partId: string,
  input: SignatoryInput,
): Promise<AgreementDetail> {
  await lockAgreement(tx, actingAs, agreementId);
  const [part] = await tx
    .select()
    .from(agreementParts)
    .where(and(eq(agreementParts.id, partId), eq(agreementParts.agreementId, agreementId)));
  if (!part) throw new NotFoundError('part.not_found', { id: partId, agreementId });
  await validateSignatories(tx, [input], '/signatories', await partyIdsOf(tx, agreementId));
  await insertSignatories(tx, partId, [input]);
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'part_signatory',
    entityId: partId,
    after: input,
  });
  return afterWrite(tx, actingAs, agreementId);
}

export async function addApproval(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  input: ApprovalInput,
): Promise<AgreementDetail> {
  await lockAgreement(tx, actingAs, agreementId);
  await validateApproval(tx, input, '', await partyIdsOf(tx, agreementId));
  const [approval] = await tx.insert(approvals).values(approvalValues(agreementId, input)).returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'approval',
    entityId: approval!.id,
    after: approval,
  });
  return afterWrite(tx, actingAs, agreementId);
}

// ---------------------------------------------------------------- documents

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

async function listDocuments(db: Database, agreementId: string): Promise<DocumentInfo[]> {
  const { content: _content, ...columns } = getTableColumns(agreementDocuments);
  return db
    .select(columns)
    .from(agreementDocuments)
    .where(eq(agreementDocuments.agreementId, agreementId))
    .orderBy(asc(agreementDocuments.uploadedAt), asc(agreementDocuments.id));
}

/** What signed texts come as: PDF, or a scan as PNG or JPEG. Never SVG or HTML, which could carry script. */
export const DOCUMENT_TYPES: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg'];

/** Stores the signed text of an agreement, by its content's type (read from its bytes), whatever the file is called. */
export async function addDocument(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  input: {
    language: string;
    filename: string;
    content: Uint8Array;
    partId?: string | null;
    visibility?: string;
  },
): Promise<DocumentInfo> {
  await lockAgreement(tx, actingAs, agreementId);
  assertLanguage(input.language, '/language');
  const visibility = (input.visibility ?? 'public') as Visibility;
  if (!VISIBILITIES.includes(visibility)) {
    throw new ValidationError(
      'document.visibility_invalid',
      { values: anyOf(VISIBILITIES.map((value) => label(`visibility.${value}`))) },
      '/visibility',
    );
  }
  if (input.content.byteLength === 0) throw new ValidationError('document.empty', '/file');
  const detected = await fileTypeFromBuffer(input.content);
  if (!detected || !DOCUMENT_TYPES.includes(detected.mime)) {
    throw detected
      ? new ValidationError('document.type_not_accepted', { type: detected.mime }, '/file')
      : new ValidationError('document.type_unknown', '/file');
  }
  if (input.partId) {
    const [part] = await tx
      .select({ id: agreementParts.id })
      .from(agreementParts)
      .where(and(eq(agreementParts.id, input.partId), eq(agreementParts.agreementId, agreementId)));
    if (!part) throw new ValidationError('part.not_in_agreement', { id: input.partId }, '/partId');
  }
  const [row] = await tx
    .insert(agreementDocuments)
    .values({
      agreementId,
      partId: input.partId ?? null,
      language: input.language,
      filename: input.filename,
      contentType: detected.mime,
      sizeBytes: input.content.byteLength,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      content: input.content,
      visibility,
    })
    .returning();
  const { content: _content, ...info } = row!;
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'agreement_document',
    entityId: info.id,
    after: info,
  });
  const [agreement] = await tx.select().from(agreements).where(eq(agreements.id, agreementId));
  if (
    !canReadDocument(await writerAsReader(tx, actingAs), await readableRecordOf(tx, agreement!), visibility)
  ) {
    throw new ForbiddenError('document.visibility_unreadable', '/visibility');
  }
  return info;
}

/** A document with its content, if this reader may read it (else not found: its existence is not revealed). */
export async function getDocument(db: Database, agreementId: string, documentId: string, reader: Reader) {
  const [row] = await db
    .select()
    .from(agreementDocuments)
    .where(and(eq(agreementDocuments.id, documentId), eq(agreementDocuments.agreementId, agreementId)));
  const missing = () => new NotFoundError('document.not_found', { id: documentId, agreementId });
  if (!row) throw missing();
  if (!reader.isPlatformAdmin) {
    const [agreement] = await db.select().from(agreements).where(eq(agreements.id, agreementId));
    if (!agreement || !canReadDocument(reader, await readableRecordOf(db, agreement), row.visibility))
      throw missing();
  }
  return row;
}

// ---------------------------------------------------------------- approval policies

export async function listApprovalPolicies(db: Database) {
  return db.select().from(approvalPolicies).orderBy(asc(approvalPolicies.countryCode));
}

/** The statuses an approval policy may require an approval from: approval onwards. */
const APPROVAL_THRESHOLDS: readonly AgreementStatus[] = [
  'approved',
  'partially_signed',
  'signed',
  'in_force',
];

export async function setApprovalPolicy(
  tx: Database,
  actingAs: ActingAs,
  input: { countryCode: string; requiredFrom: AgreementStatus; description?: string | null },
) {
  assertCountry(input.countryCode, '/countryCode');
  if (!APPROVAL_THRESHOLDS.includes(input.requiredFrom)) {
    throw new ValidationError(
      'approval_policy.threshold_invalid',
      { statuses: anyOf(APPROVAL_THRESHOLDS.map((status) => label(`agreement_status.${status}`))) },
      '/requiredFrom',
    );
  }
  const [before] = await tx
    .select()
    .from(approvalPolicies)
    .where(eq(approvalPolicies.countryCode, input.countryCode));
  const values = {
    countryCode: input.countryCode,
    requiredFrom: input.requiredFrom,
    description: input.description ?? null,
  };
  const [after] = await tx
    .insert(approvalPolicies)
    .values(values)
    .onConflictDoUpdate({ target: approvalPolicies.countryCode, set: values })
    .returning();
  await recordChange(tx, actingAs, {
    action: before ? 'update' : 'create',
    entityType: 'approval_policy',
    entityId: input.countryCode,
    before,
    after,
  });
  return after!;
}
