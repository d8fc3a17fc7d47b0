import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { toOrganization } from '../organizations/organizations.ts';
import type { Organization } from '../organizations/schemas.ts';
import { organizations } from '../organizations/tables.ts';
import { memberships, people } from '../people/tables.ts';
import { NotFoundError } from '../shared/errors.ts';
import { listCitations } from '../sources/sources.ts';
import type { NetworkDetail, NetworkMember } from './schemas.ts';

export type { NetworkDetail, NetworkMember };

export async function listNetworks(db: Database): Promise<Organization[]> {
  const rows = await db
    .select()
    .from(organizations)
    .where(eq(organizations.kind, 'network'))
    .orderBy(asc(organizations.id));
  return rows.map(toOrganization);
}

async function membersOf(db: Database, organizationIds: string[]): Promise<Map<string, NetworkMember[]>> {
  const byOrganization = new Map<string, NetworkMember[]>();
  if (organizationIds.length === 0) return byOrganization;
  const rows = await db
    .select({ membership: memberships, member: organizations, person: people })
    .from(memberships)
    .leftJoin(organizations, eq(organizations.id, memberships.memberOrganizationId))
    .leftJoin(people, eq(people.id, memberships.personId))
    // Requests not yet answered, refused or ended memberships are not members.
    .where(and(inArray(memberships.organizationId, organizationIds), eq(memberships.status, 'active')))
    .orderBy(asc(memberships.startDate), asc(memberships.id));
  for (const { membership, member, person } of rows) {
    const list = byOrganization.get(membership.organizationId) ?? [];
    list.push({
      membershipId: membership.id,
      role: membership.role,
      startDate: membership.startDate,
      endDate: membership.endDate,
      organization: member ? toOrganization(member) : null,
      person: person ? { id: person.id, name: person.name, names: person.names } : null,
    });
    byOrganization.set(membership.organizationId, list);
  }
  return byOrganization;
}

export async function getNetwork(db: Database, id: string): Promise<NetworkDetail> {
  const [row] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.kind, 'network')));
  if (!row) throw new NotFoundError('network.not_found', { id });
  const bodyRows = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.parentId, id), eq(organizations.kind, 'body')))
    .orderBy(asc(organizations.id));
  const members = await membersOf(db, [id, ...bodyRows.map((body) => body.id)]);
  const citations = await listCitations(db, 'organization', [id]);
  return {
    ...toOrganization(row),
    members: members.get(id) ?? [],
    bodies: bodyRows.map((body) => ({ ...toOrganization(body), members: members.get(body.id) ?? [] })),
    sources: citations.get(id) ?? [],
  };
}
