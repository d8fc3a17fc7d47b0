import { isDeepStrictEqual } from 'node:util';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Principal } from '../accounts/policy.ts';
import { scopeFacts } from '../accounts/scopes.ts';
import { canRead, type Reader } from '../accounts/visibility.ts';
import { getAgreement } from '../agreements/reading.ts';
import { agreements } from '../agreements/tables.ts';
import { readableFactsOf, visibleTo, writerAsReader } from '../agreements/visibility.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { NotFoundError } from '../shared/errors.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import type { ExpectedVersion } from '../shared/versions.ts';
import {
  assertDeclarationStep,
  type DeclarationStatus,
  initialDeclarationStatus,
  openDeclarationActions,
} from './declaration-rules.ts';
import { sidesOf, takeDeclarationStep } from './declaration-steps.ts';
import type { AgreementDeclaration, DeclarationStep } from './schemas.ts';
import { agreementDeclarations } from './tables.ts';

/**
 * An agreement just recorded is declared to the networks of the parties its recorder acts for as an
 * officer, waiting for each network's word; recorded by a network's secretariat for members of that
 * network, it is validated by it at once. A platform admin's records are the platform's own.
 */
export async function declareRecordedAgreement(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  partyIds: readonly string[],
): Promise<void> {
  const principal = actingAs.principal;
  if (!principal || principal.isPlatformAdmin || partyIds.length === 0) return;
  const { networksOf } = await scopeFacts(tx, [...partyIds]);
  const officerOf = new Set(
    principal.grants.filter((grant) => grant.role === 'municipal_officer').map((grant) => grant.scopeId),
  );
  const secretariatOf = new Set(
    principal.grants.filter((grant) => grant.role === 'network_secretariat').map((grant) => grant.scopeId),
  );
  const declarations = new Map<string, { declaredById: string; status: DeclarationStatus }>();
  for (const party of partyIds) {
    for (const network of networksOf.get(party) ?? []) {
      const byNetwork = secretariatOf.has(network);
      if (!officerOf.has(party) && !byNetwork) continue;
      const status = initialDeclarationStatus(byNetwork);
      const known = declarations.get(network);
      // The network's own word outweighs a member's declaration to it.
      if (!known || (status === 'validated' && known.status !== 'validated'))
        declarations.set(network, { declaredById: party, status });
    }
  }
  if (declarations.size === 0) return;
  const rows = await tx
    .insert(agreementDeclarations)
    .values(
      [...declarations].map(([networkId, { declaredById, status }]) => ({
        agreementId,
        networkId,
        declaredById,
        status,
        ...(status === 'validated' ? { decidedBy: principal.userId, decidedAt: new Date() } : {}),
      })),
    )
    .onConflictDoNothing()
    .returning();
  for (const row of rows) {
    await recordChange(tx, actingAs, {
      action: 'create',
      entityType: 'agreement_declaration',
      entityId: row.id,
      after: row,
    });
  }
}

const networkOrganization = alias(organizations, 'declaration_network');
const memberOrganization = alias(organizations, 'declaration_member');

/** When a declaration was listed, to the microsecond: the first part of a page's cursor. */
const listedAt = sql<string>`to_char(${agreementDeclarations.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

async function declarationRows(db: Database, where: SQL | undefined, limit?: number) {
  const query = db
    .select({
      listedAt,
      row: agreementDeclarations,
      title: agreements.title,
      networkName: networkOrganization.name,
      memberName: memberOrganization.name,
    })
    .from(agreementDeclarations)
    .innerJoin(agreements, eq(agreements.id, agreementDeclarations.agreementId))
    .innerJoin(networkOrganization, eq(networkOrganization.id, agreementDeclarations.networkId))
    .innerJoin(memberOrganization, eq(memberOrganization.id, agreementDeclarations.declaredById))
    .where(where)
    .orderBy(agreementDeclarations.createdAt, agreementDeclarations.id);
  return limit === undefined ? query : query.limit(limit);
}

/** A declaration as this reader may see it: why it was returned only for its two sides. */
function asSeen(
  found: Awaited<ReturnType<typeof declarationRows>>[number],
  principal: Principal | null | undefined,
): AgreementDeclaration {
  const { row } = found;
  const sides = sidesOf(principal, row);
  const insider = sides.network || sides.member || sides.admin;
  return {
    id: row.id,
    agreementId: row.agreementId,
    agreementTitle: found.title,
    network: { id: row.networkId, name: found.networkName },
    declaredBy: { id: row.declaredById, name: found.memberName },
    status: row.status,
    reason: insider ? row.reason : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
    allowedActions: openDeclarationActions(row.status, sides),
  };
}

/** The networks an agreement was declared to and their word on it, if the reader may read the agreement. */
export async function declarationsOfAgreement(
  db: Database,
  agreementId: string,
  reader: Reader,
  principal: Principal | null,
): Promise<AgreementDeclaration[]> {
  await getAgreement(db, agreementId, reader);
  const rows = await declarationRows(db, eq(agreementDeclarations.agreementId, agreementId));
  return rows.map((found) => asSeen(found, principal));
}

/** The agreements declared to a network that this reader may read, by the network's word on them. */
export async function declarationsToNetwork(
  db: Database,
  networkId: string,
  query: { status?: DeclarationStatus; limit?: number; cursor?: string },
  reader: Reader,
  principal: Principal | null,
): Promise<{ items: AgreementDeclaration[]; nextCursor: string | null }> {
  const [network] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, networkId), eq(organizations.kind, 'network')));
  if (!network) throw new NotFoundError('organization.not_found', { id: networkId });
  const limit = pageSize(query.limit);
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await declarationRows(
    db,
    and(
      eq(agreementDeclarations.networkId, networkId),
      query.status ? eq(agreementDeclarations.status, query.status) : undefined,
      visibleTo(db, reader),
      cursor
        ? sql`(${agreementDeclarations.createdAt}, ${agreementDeclarations.id}) > (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
        : undefined,
    ),
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((found) => asSeen(found, principal)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.listedAt, last.row.id]) : null,
  };
}

/** The network's word on a declaration, or the member's declaring it again, through the rules' table. */
export async function moveDeclaration(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  networkId: string,
  step: DeclarationStep,
  expected?: ExpectedVersion,
): Promise<AgreementDeclaration> {
  // As for a read: an agreement the actor may not read is not found, whatever was declared of it.
  if (actingAs.principal !== undefined) {
    const [agreement] = await tx.select().from(agreements).where(eq(agreements.id, agreementId));
    const readable =
      agreement &&
      canRead(await writerAsReader(tx, actingAs), (await readableFactsOf(tx, agreement)).readable);
    if (!readable) throw new NotFoundError('agreement.not_found', { id: agreementId });
  }
  const current = await takeDeclarationStep(tx, actingAs, agreementId, networkId, step, expected);
  const [found] = await declarationRows(tx, eq(agreementDeclarations.id, current.id));
  return asSeen(found!, actingAs.principal);
}

/**
 * Whether two readings of an agreement say the same thing: what moves on every write (its version,
 * its last change, what the writer may do next) left aside.
 */
export function sameSubstance(before: object, after: object): boolean {
  const substance = ({ version, updatedAt, allowedActions, ...rest }: Record<string, unknown>) => rest;
  return isDeepStrictEqual(
    substance(before as Record<string, unknown>),
    substance(after as Record<string, unknown>),
  );
}

/**
 * After a change of an agreement: what a network validated waits for its word again, and the
 * declarations follow the parties — a member no longer a party's is withdrawn, a new party's
 * networks are declared to as at its recording.
 */
export async function amendDeclarations(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  partyIds: readonly string[],
): Promise<void> {
  const rows = await tx
    .select()
    .from(agreementDeclarations)
    .where(eq(agreementDeclarations.agreementId, agreementId))
    .for('update');
  for (const row of rows) {
    if (!partyIds.includes(row.declaredById)) {
      await tx.delete(agreementDeclarations).where(eq(agreementDeclarations.id, row.id));
      await recordChange(tx, actingAs, {
        action: 'delete',
        entityType: 'agreement_declaration',
        entityId: row.id,
        before: row,
      });
      continue;
    }
    if (row.status !== 'validated') continue;
    const to = assertDeclarationStep(
      row.status,
      'amend',
      { network: false, member: false, admin: true },
      null,
    );
    await tx
      .update(agreementDeclarations)
      .set({
        status: to,
        reason: null,
        version: sql`${agreementDeclarations.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(agreementDeclarations.id, row.id));
    await recordChange(tx, actingAs, {
      action: 'transition',
      entityType: 'agreement_declaration',
      entityId: row.id,
      before: { status: row.status },
      after: { status: to, action: 'amend' },
    });
  }
  await declareRecordedAgreement(tx, actingAs, agreementId, partyIds);
}
