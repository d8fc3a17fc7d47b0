import { and, asc, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Principal } from '../accounts/policy.ts';
import { factsOfOrganization, networksOfOrganizationJson } from '../accounts/scopes.ts';
import type { Database } from '../db/client.ts';
import { outer, rowFromJson, rowJson } from '../db/json-rows.ts';
import { executePrepared } from '../db/prepared.ts';
import { networkActions } from '../http/record-actions.ts';
import { toOrganization } from '../organizations/organizations.ts';
import type { Organization } from '../organizations/schemas.ts';
import { organizations } from '../organizations/tables.ts';
import { NotFoundError } from '../shared/errors.ts';
import { citationsFromJson, citationsJson } from '../sources/sources.ts';
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

/** The members in force of the organization whose id `organizationId` gives, as a JSON array. */
function membersJson(organizationId: SQLWrapper): SQL {
  // Requests not yet answered, refused or ended memberships are not members.
  return sql`coalesce((SELECT json_agg(json_build_object(
      'membershipId', m.id, 'role', m.role, 'startDate', m.start_date, 'endDate', m.end_date,
      'organization', ${rowJson('mo')},
      'person', CASE WHEN pe.id IS NULL THEN NULL
        ELSE json_build_object('id', pe.id, 'name', pe.name, 'names', pe.names,
          -- Whom a seat's holder comes from: the organizations where they hold a post now.
          'organizations', coalesce((SELECT json_agg(json_build_object('id', po.id, 'kind', po.kind,
              'name', po.name, 'countryCode', po.country_code) ORDER BY po.id)
            FROM organizations po
            WHERE po.id <> m.organization_id AND po.id IN (
              SELECT pm.organization_id FROM memberships pm
              WHERE pm.person_id = pe.id AND pm.status = 'active'
                AND (pm.end_date IS NULL OR pm.end_date >= current_date))), '[]'::json)) END)
      ORDER BY m.start_date, m.id)
    FROM memberships m
    LEFT JOIN organizations mo ON mo.id = m.member_organization_id
    LEFT JOIN people pe ON pe.id = m.person_id
    -- In force as membershipInForce() says: active, and not past its end date.
    WHERE m.organization_id = ${organizationId} AND m.status = 'active'
      AND (m.end_date IS NULL OR m.end_date >= current_date)), '[]'::json)`;
}

type MemberJson = Omit<NetworkMember, 'organization'> & { organization: Record<string, unknown> | null };

function membersFromJson(json: MemberJson[]): NetworkMember[] {
  return json.map((member) => ({
    ...member,
    organization: member.organization
      ? toOrganization(rowFromJson(organizations, member.organization))
      : null,
  }));
}

/**
 * A network with its members, its bodies and theirs, and its sources: one statement; with what
 * `principal` may do with it (manage it, for its secretariat), decided on the networks it belongs to.
 */
export async function getNetwork(
  db: Database,
  id: string,
  principal?: Principal | null,
): Promise<NetworkDetail> {
  const [found] = await executePrepared(
    'network',
    db
      .select({
        row: organizations,
        members: membersJson(outer(organizations.id)) as SQL<MemberJson[]>,
        bodies: sql<Array<{ body: Record<string, unknown>; members: MemberJson[] }>>`coalesce((
        SELECT json_agg(json_build_object('body', to_jsonb(b), 'members', ${membersJson(sql.raw('b.id'))})
          ORDER BY b.id)
        FROM organizations b WHERE b.parent_id = ${outer(organizations.id)} AND b.kind = 'body'), '[]'::json)`,
        sources: citationsJson('organization', organizations.id),
        networks:
          principal && !principal.isPlatformAdmin
            ? networksOfOrganizationJson(outer(organizations.id))
            : sql<string[] | null>`NULL`,
      })
      .from(organizations)
      .where(and(eq(organizations.id, id), eq(organizations.kind, 'network'))),
  );
  if (!found) throw new NotFoundError('network.not_found', { id });
  return {
    ...toOrganization(found.row),
    members: membersFromJson(found.members),
    bodies: found.bodies.map(({ body, members }) => ({
      ...toOrganization(rowFromJson(organizations, body)),
      members: membersFromJson(members),
    })),
    sources: citationsFromJson(found.sources),
    allowedActions: networkActions(principal, factsOfOrganization(id, found.networks ?? [])),
  };
}
