import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import ISO6391 from 'iso-639-1';
import type { Principal } from '../accounts/policy.ts';
import { networksOfOrganizationJson, readerFor } from '../accounts/scopes.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import {
  actsForRequest,
  answerRefusal,
  type BoardReader,
  type BoardRequest,
  canMoveRequest,
  canReadAnswer,
  canReadRequest,
  PARTNER_REQUEST_TRANSITIONS,
  type PartnerRequestStatus,
} from './board-rules.ts';
import type {
  PartnerRequest,
  PartnerRequestAnswerInput,
  PartnerRequestInput,
  PartnerRequestMove,
  PartnerRequestQuery,
} from './schemas.ts';
import { partnerRequestAnswers, partnerRequests, partnerRequestTransitions } from './tables.ts';

/*
 * The partner-request board: an authority's officers publish what it offers or seeks, officers of
 * other authorities answer, those who act for the request read every answer. Every answer, a list
 * or one request, goes through the same read rule (board-rules.ts).
 */

const INSTALLATION: BoardReader = {
  signedIn: true,
  isPlatformAdmin: true,
  officerOf: [],
  networks: [],
  secretariatOf: [],
};

/** The board's view of whoever reads: the installation itself (command line) reads all. */
export async function boardReaderOf(
  db: Database,
  principal: Principal | null | undefined,
): Promise<BoardReader> {
  if (principal === undefined) return INSTALLATION;
  const reader = await readerFor(db, principal);
  const scopesOf = (role: string) =>
    (principal?.grants ?? []).filter((grant) => grant.role === role).map((grant) => grant.scopeId);
  return {
    signedIn: principal !== null,
    isPlatformAdmin: reader.isPlatformAdmin,
    officerOf: scopesOf('municipal_officer'),
    networks: reader.networks,
    secretariatOf: scopesOf('network_secretariat'),
  };
}

const today = () => new Date().toISOString().slice(0, 10);

type Row = typeof partnerRequests.$inferSelect & {
  organizationName: LocalizedText;
  organizationCountry: string | null;
  networks: string[];
};

async function selectRequests(db: Database, where: SQL | undefined): Promise<Row[]> {
  const rows = await db
    .select({
      request: partnerRequests,
      organizationName: organizations.name,
      organizationCountry: organizations.countryCode,
      networks: networksOfOrganizationJson(partnerRequests.organizationId),
    })
    .from(partnerRequests)
    .innerJoin(organizations, eq(organizations.id, partnerRequests.organizationId))
    .where(where)
    .orderBy(desc(partnerRequests.createdAt), desc(partnerRequests.id))
    .limit(500);
  return rows.map((row) => ({
    ...row.request,
    organizationName: row.organizationName,
    organizationCountry: row.organizationCountry,
    networks: row.networks ?? [],
  }));
}

function asBoardRequest(row: Row): BoardRequest {
  return {
    organizationId: row.organizationId,
    visibility: row.visibility,
    status: row.status,
    until: row.until,
    networks: row.networks,
  };
}

async function present(db: Database, reader: BoardReader, rows: Row[]): Promise<PartnerRequest[]> {
  if (rows.length === 0) return [];
  const answers = await db
    .select({
      answer: partnerRequestAnswers,
      name: organizations.name,
      countryCode: organizations.countryCode,
    })
    .from(partnerRequestAnswers)
    .innerJoin(organizations, eq(organizations.id, partnerRequestAnswers.organizationId))
    .where(
      inArray(
        partnerRequestAnswers.requestId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(partnerRequestAnswers.createdAt, partnerRequestAnswers.id);
  const day = today();
  return rows.map((row) => {
    const request = asBoardRequest(row);
    const actions: string[] = [];
    if (reader.signedIn && row.status === 'open' && (row.until === null || row.until >= day)) {
      const mayAnswerFor = reader.isPlatformAdmin
        ? ['any']
        : reader.officerOf.filter((id) => id !== row.organizationId);
      if (mayAnswerFor.length) actions.push('answer');
    }
    if (actsForRequest(reader, request))
      actions.push(...PARTNER_REQUEST_TRANSITIONS[row.status].map((to) => `move:${to}`));
    return {
      id: row.id,
      organization: {
        id: row.organizationId,
        name: row.organizationName,
        countryCode: row.organizationCountry,
      },
      kind: row.kind,
      status: row.status,
      visibility: row.visibility,
      title: row.title,
      description: row.description,
      themes: row.themes,
      regions: row.regions,
      languages: row.languages,
      until: row.until,
      createdAt: row.createdAt,
      version: row.version,
      answers: answers
        .filter(
          ({ answer }) =>
            answer.requestId === row.id && canReadAnswer(reader, request, answer.organizationId),
        )
        .map(({ answer, name, countryCode }) => ({
          id: answer.id,
          organization: { id: answer.organizationId, name, countryCode },
          message: answer.message,
          createdAt: answer.createdAt,
        })),
      allowedActions: actions,
    };
  });
}

/** The requests the reader may read, newest first: open ones unless a status is asked for. */
export async function listPartnerRequests(
  db: Database,
  reader: BoardReader,
  query: PartnerRequestQuery,
): Promise<PartnerRequest[]> {
  const conditions: SQL[] = [eq(partnerRequests.status, query.status ?? 'open')];
  if (query.kind) conditions.push(eq(partnerRequests.kind, query.kind));
  if (query.theme) conditions.push(sql`${query.theme} = ANY(${partnerRequests.themes})`);
  if (query.organization) conditions.push(eq(partnerRequests.organizationId, query.organization));
  const rows = await selectRequests(db, and(...conditions));
  const readable = rows.filter(
    (row) =>
      canReadRequest(reader, asBoardRequest(row)) && (!query.network || row.networks.includes(query.network)),
  );
  return present(db, reader, readable);
}

/** One request, if the reader may read it (else as if it did not exist). */
export async function getPartnerRequest(
  db: Database,
  reader: BoardReader,
  id: string,
): Promise<PartnerRequest> {
  const [row] = await selectRequests(db, eq(partnerRequests.id, id));
  if (!row || !canReadRequest(reader, asBoardRequest(row)))
    throw new NotFoundError('partner_request.not_found', { id });
  const [request] = await present(db, reader, [row]);
  return request!;
}

function assertLanguages(languages: readonly string[]): void {
  languages.forEach((code, position) => {
    if (!ISO6391.validate(code))
      throw new ValidationError('partner_request.unknown_language', { code }, `/languages/${position}`);
  });
}

/** Publishes a request for an authority, by one of its officers (or an admin). */
export async function publishPartnerRequest(
  tx: Database,
  actingAs: ActingAs,
  input: PartnerRequestInput,
): Promise<PartnerRequest> {
  if (actingAs.principal === null) throw new ForbiddenError('partner_request.not_officer');
  const reader = await boardReaderOf(tx, actingAs.principal);
  const [organization] = await tx
    .select({ id: organizations.id, kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.id, input.organizationId));
  if (!organization)
    throw new ValidationError('organization.not_found', { id: input.organizationId }, '/organizationId');
  if (!reader.isPlatformAdmin && !reader.officerOf.includes(organization.id)) {
    throw new ForbiddenError('partner_request.not_officer', '/organizationId');
  }
  if (organization.kind !== 'local_authority') {
    throw new ValidationError('partner_request.not_local_authority', '/organizationId');
  }
  const title = input.title.trim();
  if (!title) throw new ValidationError('partner_request.title_required', '/title');
  if (input.until && input.until < today()) throw new ValidationError('partner_request.until_past', '/until');
  assertLanguages(input.languages ?? []);
  const [created] = await tx
    .insert(partnerRequests)
    .values({
      organizationId: organization.id,
      kind: input.kind,
      title,
      description: input.description?.trim() ?? '',
      themes: input.themes ?? [],
      regions: input.regions ?? [],
      languages: input.languages ?? [],
      until: input.until ?? null,
      visibility: input.visibility ?? 'public',
      createdBy: actingAs.principal?.userId ?? null,
    })
    .returning();
  await tx
    .insert(partnerRequestTransitions)
    .values({ requestId: created!.id, fromStatus: null, toStatus: 'open', actor: actingAs.actor });
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'partner_request',
    entityId: created!.id,
    after: created,
  });
  return getPartnerRequest(tx, reader, created!.id);
}

/** The request as this principal may read it, or not found: one who may not read it learns nothing of it. */
async function requestAsReadBy(tx: Database, principal: Principal | null | undefined, requestId: string) {
  const reader = await boardReaderOf(tx, principal);
  const [row] = await selectRequests(tx, eq(partnerRequests.id, requestId));
  if (!row || !canReadRequest(reader, asBoardRequest(row))) {
    throw new NotFoundError('partner_request.not_found', { id: requestId });
  }
  return { reader, row };
}

/** Answers a request for another authority, by one of its officers. */
export async function answerPartnerRequest(
  tx: Database,
  actingAs: ActingAs,
  requestId: string,
  input: PartnerRequestAnswerInput,
): Promise<PartnerRequest> {
  if (actingAs.principal === null) throw new ForbiddenError('partner_request.not_officer');
  const { reader, row } = await requestAsReadBy(tx, actingAs.principal, requestId);
  // Locks the request: an answer and a closing do not cross.
  await tx
    .select({ id: partnerRequests.id })
    .from(partnerRequests)
    .where(eq(partnerRequests.id, requestId))
    .for('update');
  const [organization] = await tx
    .select({ id: organizations.id, kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.id, input.organizationId));
  if (!organization)
    throw new ValidationError('organization.not_found', { id: input.organizationId }, '/organizationId');
  const refusal = answerRefusal(reader, asBoardRequest(row), organization.id, today());
  if (refusal === 'not_officer') throw new ForbiddenError('partner_request.not_officer', '/organizationId');
  if (refusal === 'own_request') throw new ValidationError('partner_request.own_request', '/organizationId');
  if (refusal === 'not_answerable')
    throw new ConflictError('partner_request.not_answerable', { status: row.status });
  const message = input.message.trim();
  if (!message) throw new ValidationError('partner_request.message_required', '/message');
  const [answer] = await tx
    .insert(partnerRequestAnswers)
    .values({
      requestId,
      organizationId: organization.id,
      message,
      createdBy: actingAs.principal?.userId ?? null,
    })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'partner_request_answer',
    entityId: answer!.id,
    after: answer,
  });
  return getPartnerRequest(tx, reader, requestId);
}

/** Closes, reopens or withdraws a request, by whoever acts for it; each move is kept. */
export async function movePartnerRequest(
  tx: Database,
  actingAs: ActingAs,
  requestId: string,
  move: PartnerRequestMove,
): Promise<PartnerRequest> {
  if (actingAs.principal === null) throw new ForbiddenError('partner_request.not_officer');
  const { reader, row } = await requestAsReadBy(tx, actingAs.principal, requestId);
  if (!actsForRequest(reader, asBoardRequest(row))) throw new ForbiddenError('partner_request.not_officer');
  const [current] = await tx
    .select({ status: partnerRequests.status })
    .from(partnerRequests)
    .where(eq(partnerRequests.id, requestId))
    .for('update');
  const from = current!.status as PartnerRequestStatus;
  if (!canMoveRequest(from, move.to)) {
    throw new ConflictError('partner_request.transition_not_allowed', { from, to: move.to }, '/to');
  }
  await tx
    .update(partnerRequests)
    .set({ status: move.to, version: sql`${partnerRequests.version} + 1`, updatedAt: new Date() })
    .where(eq(partnerRequests.id, requestId));
  await tx.insert(partnerRequestTransitions).values({
    requestId,
    fromStatus: from,
    toStatus: move.to,
    actor: actingAs.actor,
    reason: move.reason?.trim() ?? '',
  });
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'partner_request',
    entityId: requestId,
    before: { status: from },
    after: { status: move.to },
  });
  return getPartnerRequest(tx, reader, requestId);
}

/** The organization a request is of, for the route policy. */
export async function organizationOfRequest(db: Database, requestId: string): Promise<string[]> {
  const [row] = await db
    .select({ organizationId: partnerRequests.organizationId })
    .from(partnerRequests)
    .where(eq(partnerRequests.id, requestId));
  return row ? [row.organizationId] : [];
}
