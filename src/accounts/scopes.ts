import { and, eq, inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type Database, selectRows } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships } from '../people/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { canActFor, type Principal, type ScopeFacts } from './policy.ts';
import { users } from './tables.ts';
import { ANONYMOUS, type Reader } from './visibility.ts';

/*
 * The facts authorization reads from the registry: which networks an organization, a person or a
 * signed-in user belongs to. The rules themselves are in policy.ts.
 *
 * Belonging to a network is a membership both sides agreed to and still in force — never an
 * organization's parent, which anyone editing the organization could point anywhere. The one
 * exception is a network's own bodies (council, bureau): a body is part of its parent.
 */

/** The networks each organization belongs to (by a membership in force), or governs as a body of. */
export async function scopeFacts(db: Database, organizationIds: string[]): Promise<ScopeFacts> {
  const networksOf = new Map<string, string[]>(organizationIds.map((id) => [id, []]));
  if (organizationIds.length === 0) return { organizationIds, networksOf };
  const memberRows = await db
    .select({ member: memberships.memberOrganizationId, network: memberships.organizationId })
    .from(memberships)
    .where(and(inArray(memberships.memberOrganizationId, organizationIds), membershipInForce()));
  for (const row of memberRows) if (row.member) networksOf.get(row.member)?.push(row.network);
  const bodyRows = await db
    .select({ id: organizations.id, parentId: organizations.parentId })
    .from(organizations)
    .where(and(inArray(organizations.id, organizationIds), eq(organizations.kind, 'body')));
  for (const row of bodyRows) if (row.parentId) networksOf.get(row.id)?.push(row.parentId);
  return { organizationIds, networksOf };
}

/**
 * The networks roles held in these scopes put one in, as SQL over a list of scope ids (a subquery
 * or a list of values): those their organizations are members of now, those their bodies are of,
 * and the networks themselves. One rule, read alone or inside the statement that resolves a session.
 */
export function networksOfScopes(scopeIds: SQL): SQL {
  return sql`SELECT ${memberships.organizationId} AS network FROM ${memberships}
      WHERE ${memberships.memberOrganizationId} IN (${scopeIds}) AND ${membershipInForce()}
    UNION SELECT o.parent_id FROM organizations o
      WHERE o.id IN (${scopeIds}) AND o.kind = 'body' AND o.parent_id IS NOT NULL
    UNION SELECT o.id FROM organizations o WHERE o.id IN (${scopeIds}) AND o.kind = 'network'`;
}

/**
 * The networks the organization whose id `organizationId` gives (a column of the enclosing
 * statement) belongs to, as scopeFacts reads them, as a JSON array: read with the organization.
 */
export function networksOfOrganizationJson(organizationId: SQLWrapper): SQL<string[]> {
  return sql<
    string[]
  >`coalesce((SELECT json_agg(n.network) FROM (${networksOfScopes(sql`${organizationId}`)}) n
    WHERE n.network <> ${organizationId}), '[]'::json)`;
}

/** ScopeFacts of one organization, its networks being known. */
export function factsOfOrganization(id: string, networks: readonly string[]): ScopeFacts {
  return { organizationIds: [id], networksOf: new Map([[id, [...networks]]]) };
}

/** The networks a signed-in user works in: those of the organizations, networks and bodies they hold roles in. */
export async function networksOfPrincipal(db: Database, principal: Principal): Promise<Set<string>> {
  const scopes = [...new Set(principal.grants.map((grant) => grant.scopeId))];
  if (scopes.length === 0) return new Set();
  const rows = await selectRows<{ network: string }>(
    db,
    networksOfScopes(
      sql.join(
        scopes.map((scope) => sql`${scope}::uuid`),
        sql`, `,
      ),
    ),
  );
  return new Set(rows.map((row) => row.network));
}

/** What deciding whether a viewer sees one person's contact details takes. */
export interface ContactFacts {
  /** The networks the viewer works in. */
  viewerNetworks: string[];
  /** The person the viewer's account is. */
  self: string | null;
  /** The organizations the person holds a confirmed post or membership in now… */
  organizations: string[];
  /** …and the networks those put them in. */
  networks: string[];
}

/**
 * ContactFacts of the person whose id `personId` gives (a column of the enclosing statement), as
 * one JSON value: read in the statement that reads the person, or the people of a list.
 */
export function contactFactsJson(principal: Principal, personId: SQLWrapper): SQL<ContactFacts> {
  const scopes = [...new Set(principal.grants.map((grant) => grant.scopeId))];
  const viewerNetworks = scopes.length
    ? sql`SELECT json_agg(n.network) FROM (${networksOfScopes(
        sql.join(
          scopes.map((scope) => sql`${scope}::uuid`),
          sql`, `,
        ),
      )}) n`
    : sql`SELECT NULL::json`;
  const organizationsOfPerson = sql`SELECT ${memberships.organizationId} FROM ${memberships}
    WHERE ${memberships.personId} = ${personId} AND ${membershipInForce()}`;
  return sql<ContactFacts>`json_build_object(
    'viewerNetworks', coalesce((${viewerNetworks}), '[]'::json),
    'self', (SELECT u.person_id FROM users u WHERE u.id = ${principal.userId}),
    'organizations', coalesce((SELECT json_agg(o.id) FROM (${organizationsOfPerson}) o(id)), '[]'::json),
    'networks', coalesce((SELECT json_agg(n.network) FROM (${networksOfScopes(organizationsOfPerson)}) n), '[]'::json))`;
}

/** ContactFacts of each of these people, in one statement. */
export async function contactFacts(
  db: Database,
  principal: Principal,
  personIds: string[],
): Promise<Map<string, ContactFacts>> {
  const rows = await selectRows<{ person: string; facts: ContactFacts }>(
    db,
    sql`SELECT person.id AS person, ${contactFactsJson(principal, sql.raw('person.id'))} AS facts
      FROM unnest(${`{${personIds.join(',')}}`}::uuid[]) AS person(id)`,
  );
  return new Map(rows.map((row) => [row.person, row.facts]));
}

/** The organizations each person holds a confirmed post or membership in, now. */
export async function organizationsOfPeople(
  db: Database,
  personIds: string[],
): Promise<Map<string, Set<string>>> {
  const byPerson = new Map<string, Set<string>>(personIds.map((id) => [id, new Set<string>()]));
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .select({ personId: memberships.personId, organizationId: memberships.organizationId })
    .from(memberships)
    .where(and(inArray(memberships.personId, personIds), membershipInForce()));
  for (const row of rows) byPerson.get(row.personId!)?.add(row.organizationId);
  return byPerson;
}

/** The person of the registry a user's account is linked to, if any. */
export async function personOfUser(db: Database, userId: string): Promise<string | null> {
  const [row] = await db.select({ personId: users.personId }).from(users).where(eq(users.id, userId));
  return row?.personId ?? null;
}

/** The signed-in user (or the public) as visibility rules see them, the networks they work in being known. */
export function readerWithNetworks(principal: Principal | null, networks: Iterable<string>): Reader {
  if (!principal) return ANONYMOUS;
  const scopesOf = (role: string) =>
    principal.grants.filter((grant) => grant.role === role).map((grant) => grant.scopeId);
  return {
    userId: principal.userId,
    isPlatformAdmin: principal.isPlatformAdmin,
    organizations: scopesOf('municipal_officer'),
    networks: [...networks],
    bodies: scopesOf('council_member'),
  };
}

/** The signed-in user (or the public) as visibility rules see them. */
export async function readerFor(db: Database, principal: Principal | null): Promise<Reader> {
  if (!principal) return ANONYMOUS;
  return readerWithNetworks(principal, await networksOfPrincipal(db, principal));
}

/** The installation itself (command line, demo loader) reads everything. */
const INSTALLATION: Reader = { ...ANONYMOUS, isPlatformAdmin: true };

/** Whoever makes a write, as visibility sees them: write answers are filtered like reads. */
export async function readerOf(db: Database, actingAs: ActingAs): Promise<Reader> {
  return actingAs.principal === undefined ? INSTALLATION : readerFor(db, actingAs.principal);
}

/**
 * Whether the one making a write may act for these organizations, as they are now in the
 * transaction: checked on a record as it was and as it will be.
 */
export async function mayActFor(
  db: Database,
  actingAs: ActingAs,
  organizationIds: string[],
): Promise<boolean> {
  if (actingAs.principal === undefined) return true;
  if (actingAs.principal === null) return false;
  if (actingAs.principal.isPlatformAdmin) return true;
  return canActFor(actingAs.principal, await scopeFacts(db, organizationIds));
}
