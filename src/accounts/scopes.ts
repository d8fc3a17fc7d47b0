import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { memberships } from '../people/tables.ts';
import type { Principal, ScopeFacts } from './policy.ts';
import { ANONYMOUS, type Reader } from './visibility.ts';

/*
 * The facts authorization reads from the registry: which networks an organization, a person or a
 * signed-in user belongs to. The rules themselves are in policy.ts.
 */

/** The networks each organization belongs to, is, or governs as a body of. */
export async function scopeFacts(db: Database, organizationIds: string[]): Promise<ScopeFacts> {
  const networksOf = new Map<string, string[]>(organizationIds.map((id) => [id, []]));
  if (organizationIds.length === 0) return { organizationIds, networksOf };
  const memberRows = await db
    .select({ member: memberships.memberOrganizationId, network: memberships.organizationId })
    .from(memberships)
    .where(inArray(memberships.memberOrganizationId, organizationIds));
  for (const row of memberRows) if (row.member) networksOf.get(row.member)?.push(row.network);
  const bodyRows = await db
    .select({ id: organizations.id, parentId: organizations.parentId })
    .from(organizations)
    .where(inArray(organizations.id, organizationIds));
  for (const row of bodyRows) if (row.parentId) networksOf.get(row.id)?.push(row.parentId);
  return { organizationIds, networksOf };
}

/** The networks a signed-in user works in: those of the organizations, networks and bodies they hold roles in. */
export async function networksOfPrincipal(db: Database, principal: Principal): Promise<Set<string>> {
  const scopes = principal.grants.map((grant) => grant.scopeId);
  const facts = await scopeFacts(db, scopes);
  const networks = new Set<string>();
  for (const scope of scopes) {
    for (const network of facts.networksOf.get(scope) ?? []) networks.add(network);
  }
  const kinds = scopes.length
    ? await db
        .select({ id: organizations.id, kind: organizations.kind })
        .from(organizations)
        .where(inArray(organizations.id, scopes))
    : [];
  for (const row of kinds) if (row.kind === 'network') networks.add(row.id);
  return networks;
}

/** The networks a person works in, through the organizations they hold memberships in. */
export async function networksOfPeople(db: Database, personIds: string[]): Promise<Map<string, Set<string>>> {
  const byPerson = new Map<string, Set<string>>(personIds.map((id) => [id, new Set<string>()]));
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .select({
      personId: memberships.personId,
      organizationId: memberships.organizationId,
      kind: organizations.kind,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(inArray(memberships.personId, personIds));
  const facts = await scopeFacts(db, [...new Set(rows.map((row) => row.organizationId))]);
  for (const row of rows) {
    const networks = byPerson.get(row.personId!)!;
    if (row.kind === 'network') networks.add(row.organizationId);
    for (const network of facts.networksOf.get(row.organizationId) ?? []) networks.add(network);
  }
  return byPerson;
}

/** The signed-in user (or the public) as visibility rules see them. */
export async function readerFor(db: Database, principal: Principal | null): Promise<Reader> {
  if (!principal) return ANONYMOUS;
  const scopesOf = (role: string) =>
    principal.grants.filter((grant) => grant.role === role).map((grant) => grant.scopeId);
  return {
    userId: principal.userId,
    isPlatformAdmin: principal.isPlatformAdmin,
    organizations: scopesOf('municipal_officer'),
    networks: [...(await networksOfPrincipal(db, principal))],
    bodies: scopesOf('council_member'),
  };
}
