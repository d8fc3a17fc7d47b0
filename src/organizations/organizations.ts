import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Principal, speaksFor } from '../accounts/policy.ts';
import {
  factsOfOrganization,
  mayActFor,
  networksOfOrganizationJson,
  scopeFacts,
} from '../accounts/scopes.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { outer } from '../db/json-rows.ts';
import { executePrepared } from '../db/prepared.ts';
import { inTransaction } from '../db/transaction.ts';
import { actionsOnOrganization } from '../http/record-actions.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate } from '../shared/dates.ts';
import { ForbiddenError, label, NotFoundError, ValidationError } from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { NAME_SIMILARITY, normalizeName } from '../shared/names.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import { assertCountry, assertLocalizedText } from '../shared/validate.ts';
import { assertVersion, type ExpectedVersion } from '../shared/versions.ts';
import { type Citation, citationsFromJson, citationsJson, cite } from '../sources/sources.ts';
import { isSubkindOf, type OrganizationKind } from './kinds.ts';
import type {
  Organization,
  OrganizationChanges,
  OrganizationDetail,
  OrganizationInput,
  OrganizationListItem,
  OrganizationQuery,
} from './schemas.ts';
import { organizations } from './tables.ts';

export type { Organization, OrganizationChanges, OrganizationDetail, OrganizationInput };

export type OrganizationRow = typeof organizations.$inferSelect;

/** An organization as stored, with its version (lists leave the version out). */
export type VersionedOrganization = Omit<OrganizationDetail, 'sources' | 'allowedActions'>;

export function toOrganization(row: OrganizationRow): VersionedOrganization {
  const { searchText: _searchText, createdAt: _createdAt, updatedAt: _updatedAt, ...organization } = row;
  return { ...organization, kind: row.kind as OrganizationKind };
}

/** What search matches against: every name and spelling, normalized, space-joined. */
export function organizationSearchText(
  name: LocalizedText,
  alternateNames: string[],
  acronym?: string | null,
): string {
  const keys = [...Object.values(name), ...alternateNames, acronym ?? '']
    .map((text) => normalizeName(text ?? ''))
    .filter(Boolean);
  return [...new Set(keys)].join(' | ');
}

async function validateOrganization(
  tx: Database,
  input: OrganizationChanges & { kind: OrganizationKind },
  id?: string,
) {
  if (input.name !== undefined) assertLocalizedText(input.name, '/name', true);
  assertLocalizedText(input.description, '/description', false);
  assertCountry(input.countryCode, '/countryCode');
  assertDate(input.foundedOn, '/foundedOn');
  if (input.subkind && !isSubkindOf(input.kind, input.subkind)) {
    throw new ValidationError(
      'organization.subkind_mismatch',
      { subkind: input.subkind, kind: label(`organization_kind.${input.kind}`) },
      '/subkind',
    );
  }
  if (input.placeId) {
    const [place] = await tx.select({ id: places.id }).from(places).where(eq(places.id, input.placeId));
    if (!place) throw new ValidationError('place.not_found', { id: input.placeId }, '/placeId');
  }
  if (input.parentId) {
    if (input.parentId === id) throw new ValidationError('organization.own_parent', '/parentId');
    const [parent] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.parentId));
    if (!parent) throw new ValidationError('organization.not_found', { id: input.parentId }, '/parentId');
  }
}

/**
 * A body (council, bureau, committee) is part of its parent and gives its members rights there, so
 * only the parent's own officers or secretariat may place a body under it. Any other organization's parent
 * is an administrative hierarchy (province → commune) that gives no rights, and stays open to edit.
 */
function assertMayPlaceUnder(
  actingAs: ActingAs,
  kind: OrganizationKind,
  parentId: string | null | undefined,
): void {
  if (kind !== 'body' || !parentId || actingAs.principal === undefined) return;
  // The parent's own officers or secretariat: the secretariat of a network the parent belongs to
  // acts for its records, but does not give it bodies.
  if (!actingAs.principal || !speaksFor(actingAs.principal, parentId)) {
    throw new ForbiddenError('organization.body_parent_forbidden', '/parentId');
  }
}

export async function createOrganization(
  tx: Database,
  actingAs: ActingAs,
  input: OrganizationInput,
): Promise<OrganizationDetail> {
  await validateOrganization(tx, input);
  assertMayPlaceUnder(actingAs, input.kind, input.parentId);
  if (input.kind === 'local_authority' && !input.countryCode && !input.placeId) {
    throw new ValidationError('organization.location_required', '/countryCode');
  }
  let countryCode = input.countryCode ?? null;
  if (!countryCode && input.placeId) {
    const [place] = await tx
      .select({ countryCode: places.countryCode })
      .from(places)
      .where(eq(places.id, input.placeId));
    countryCode = place?.countryCode ?? null;
  }
  const alternateNames = input.alternateNames ?? [];
  const [row] = await tx
    .insert(organizations)
    .values({
      kind: input.kind,
      subkind: input.subkind ?? null,
      name: input.name,
      alternateNames,
      searchText: organizationSearchText(input.name, alternateNames, input.acronym),
      acronym: input.acronym ?? null,
      countryCode,
      placeId: input.placeId ?? null,
      parentId: input.parentId ?? null,
      description: input.description ?? {},
      website: input.website ?? null,
      foundedOn: input.foundedOn ?? null,
    })
    .returning();
  const organization = toOrganization(row!);
  const citations: Citation[] = [];
  for (const [index, citation] of (input.sources ?? []).entries()) {
    citations.push(await cite(tx, actingAs, 'organization', organization.id, citation, `/sources/${index}`));
  }
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'organization',
    entityId: organization.id,
    after: organization,
  });
  const facts = await scopeFacts(tx, [organization.id]);
  return {
    ...organization,
    sources: citations,
    allowedActions: actionsOnOrganization(actingAs.principal, organization.kind, facts),
  };
}

/**
 * An organization with its sources, in one statement; with what `principal` may do with it, decided
 * on the networks it belongs to, read alongside.
 */
export async function getOrganization(
  db: Database,
  id: string,
  principal?: Principal | null,
): Promise<OrganizationDetail> {
  const [found] = await executePrepared(
    'organization',
    db
      .select({
        row: organizations,
        sources: citationsJson('organization', organizations.id),
        networks:
          principal && !principal.isPlatformAdmin
            ? networksOfOrganizationJson(outer(organizations.id))
            : sql<string[] | null>`NULL`,
      })
      .from(organizations)
      .where(eq(organizations.id, id)),
  );
  if (!found) throw new NotFoundError('organization.not_found', { id });
  const organization = toOrganization(found.row);
  return {
    ...organization,
    sources: citationsFromJson(found.sources),
    allowedActions: actionsOnOrganization(
      principal,
      organization.kind,
      factsOfOrganization(id, found.networks ?? []),
    ),
  };
}

export async function getOrganizationsByIds(db: Database, ids: string[]): Promise<Map<string, Organization>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, toOrganization(row)]));
}

export async function updateOrganization(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  changes: OrganizationChanges,
  expected?: ExpectedVersion,
): Promise<OrganizationDetail> {
  const [current] = await tx.select().from(organizations).where(eq(organizations.id, id)).for('update');
  if (!current) throw new NotFoundError('organization.not_found', { id });
  // Who may change it was decided before (the route's rule, on this organization).
  assertVersion(expected, current.version);
  const before = toOrganization(current);
  await validateOrganization(tx, { ...changes, kind: before.kind }, id);
  if (changes.parentId !== undefined && changes.parentId !== current.parentId) {
    assertMayPlaceUnder(actingAs, before.kind, changes.parentId);
  }
  const name = changes.name ?? current.name;
  const alternateNames = changes.alternateNames ?? current.alternateNames;
  const acronym = changes.acronym === undefined ? current.acronym : changes.acronym;
  const [row] = await tx
    .update(organizations)
    .set({
      ...changes,
      searchText: organizationSearchText(name, alternateNames, acronym),
      updatedAt: new Date(),
      version: current.version + 1,
    })
    .where(eq(organizations.id, id))
    .returning();
  const after = toOrganization(row!);
  // As it will be: whoever changes an organization still acts for it afterwards.
  if (!(await mayActFor(tx, actingAs, [id]))) {
    throw new ForbiddenError('organization.out_of_reach', '/parentId');
  }
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'organization',
    entityId: id,
    before,
    after,
  });
  return getOrganization(tx, id, actingAs.principal);
}

/** Lists organizations, ordered by id for stable cursors; a `q` ranks by name similarity instead and has no cursor. */
/** A page of organizations as found, before it is told to a reader (see withOrganizationActions). */
export interface OrganizationsFound {
  items: Organization[];
  nextCursor: string | null;
}

/**
 * Each organization with what `principal` may do with it, decided as its own page decides it
 * (actionsOnOrganization, on the networks it belongs to, read for the whole list at once).
 */
export async function withOrganizationActions(
  db: Database,
  principal: Principal | null | undefined,
  items: Organization[],
): Promise<OrganizationListItem[]> {
  if (!principal) return items.map((organization) => ({ ...organization, allowedActions: [] }));
  const facts = await scopeFacts(
    db,
    items.map((organization) => organization.id),
  );
  return items.map((organization) => ({
    ...organization,
    allowedActions: actionsOnOrganization(
      principal,
      organization.kind,
      factsOfOrganization(organization.id, facts.networksOf.get(organization.id) ?? []),
    ),
  }));
}

export async function listOrganizations(db: Database, query: OrganizationQuery): Promise<OrganizationsFound> {
  const limit = pageSize(query.limit);
  const conditions: SQL[] = [];
  if (query.kind) conditions.push(eq(organizations.kind, query.kind));
  if (query.country) conditions.push(eq(organizations.countryCode, query.country));
  if (query.parent) conditions.push(eq(organizations.parentId, query.parent));
  if (query.network) {
    conditions.push(
      inArray(
        organizations.id,
        db
          .select({ id: memberships.memberOrganizationId })
          .from(memberships)
          .where(and(eq(memberships.organizationId, query.network), membershipInForce())),
      ),
    );
  }
  const normalized = query.q ? normalizeName(query.q) : '';
  if (query.q !== undefined) {
    if (!normalized) return { items: [], nextCursor: null };
    conditions.push(
      or(
        sql`${organizations.searchText} LIKE ${`%${normalized}%`}`,
        sql`${normalized} <% ${organizations.searchText}`,
      )!,
    );
    // `<%` (which the trigram index answers) reads its threshold from a setting, kept to this transaction.
    const rows = await inTransaction(db, async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL pg_trgm.word_similarity_threshold = ${NAME_SIMILARITY}`));
      return tx
        .select()
        .from(organizations)
        .where(and(...conditions))
        .orderBy(sql`word_similarity(${normalized}, ${organizations.searchText}) DESC`, asc(organizations.id))
        .limit(limit);
    });
    return { items: rows.map(toOrganization), nextCursor: null };
  }
  const cursor = decodeCursor(query.cursor, ['uuid']);
  if (cursor) conditions.push(gt(organizations.id, String(cursor[0])));
  const rows = await db
    .select()
    .from(organizations)
    .where(and(...conditions))
    .orderBy(asc(organizations.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toOrganization);
  return { items, nextCursor: rows.length > limit ? encodeCursor([items.at(-1)!.id]) : null };
}
