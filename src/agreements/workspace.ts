import { and, desc, type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../accounts/policy.ts';
import type { Reader } from '../accounts/visibility.ts';
import type { Database } from '../db/client.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships } from '../people/tables.ts';
import type { WorkspaceAgreement, WorkspaceAgreements } from './schemas.ts';
import { agreements } from './tables.ts';
import type { AgreementFacts } from './to-do.ts';
import { toDosOf } from './to-do.ts';
import { visibleTo } from './visibility.ts';

// The workspace's home: the agreements of the organizations someone works for, with what each
// still needs, read in one statement.

/** How many agreements the home lists at most: more than anyone works on at once. */
export const WORKSPACE_LIMIT = 500;

/**
 * The organizations whose agreements a principal keeps, as SQL: those they are an officer of, the
 * networks they are the secretariat of, and those networks' members now.
 */
function keptOrganizations(principal: Principal): SQL | null {
  const officerOf = principal.grants
    .filter((grant) => grant.role === 'municipal_officer')
    .map((grant) => grant.scopeId);
  const secretariatOf = principal.grants
    .filter((grant) => grant.role === 'network_secretariat')
    .map((grant) => grant.scopeId);
  const scopes = [...officerOf, ...secretariatOf];
  if (scopes.length === 0) return null;
  const members = secretariatOf.length
    ? sql` UNION SELECT ${memberships.memberOrganizationId} FROM ${memberships}
        WHERE ${memberships.organizationId} = ANY (${sql.param(secretariatOf)}::uuid[]) AND ${membershipInForce()}`
    : sql``;
  return sql`SELECT unnest(${sql.param(scopes)}::uuid[])${members}`;
}

interface Row {
  agreement: Omit<WorkspaceAgreement, 'toDos' | 'facts'> & { facts: AgreementFacts };
}

/**
 * The agreements of the organizations the principal works for that the reader may read, the most
 * recently changed first, each with the facts its to-dos are worked out from. A platform admin
 * without roles sees the whole registry's, as far as the limit goes.
 */
export async function workspaceAgreements(
  db: Database,
  principal: Principal,
  reader: Reader,
): Promise<WorkspaceAgreements> {
  const kept = keptOrganizations(principal);
  if (!kept && !principal.isPlatformAdmin) return { items: [], truncated: false };
  const id = agreements.id;
  const count = (from: SQL) => sql`(SELECT count(*)::int FROM ${from})`;
  const facts = sql`json_build_object(
      'status', ${agreements.status},
      'parts', ${count(sql`agreement_parts pt WHERE pt.agreement_id = ${id}`)},
      'unsignedParts', ${count(sql`agreement_parts pt WHERE pt.agreement_id = ${id} AND pt.signed_on IS NULL`)},
      'documents', ${count(sql`agreement_documents d WHERE d.agreement_id = ${id} AND d.status = 'current'`)},
      'sources', ${count(sql`citations c WHERE c.entity_type = 'agreement' AND c.entity_id = ${id} AND c.status = 'current'`)})`;
  const parties = sql`coalesce((SELECT json_agg(json_build_object(
      'position', ap.position, 'organization', (SELECT json_build_object(
        'id', o.id, 'kind', o.kind, 'subkind', o.subkind, 'name', o.name,
        'countryCode', o.country_code, 'placeId', o.place_id) FROM organizations o WHERE o.id = ap.organization_id),
      'description', ap.description, 'countryCode', ap.country_code) ORDER BY ap.position)
    FROM agreement_parties ap WHERE ap.agreement_id = ${id}), '[]'::json)`;
  const agreement = sql<Row['agreement']>`json_build_object(
      'id', ${id}, 'type', ${agreements.type}, 'status', ${agreements.status},
      'title', ${agreements.title}, 'themes', ${agreements.themes}, 'signedOn', ${agreements.signedOn},
      'startsOn', ${agreements.startsOn}, 'endsOn', ${agreements.endsOn},
      'visibility', ${agreements.visibility}, 'updatedAt', ${agreements.updatedAt},
      'parties', ${parties}, 'facts', ${facts})`;
  const rows: Row[] = await db
    .select({ agreement })
    .from(agreements)
    .where(
      and(
        kept
          ? sql`EXISTS (SELECT 1 FROM agreement_parties ap
              WHERE ap.agreement_id = ${id} AND ap.organization_id IN (${kept}))`
          : undefined,
        visibleTo(db, reader),
      ),
    )
    .orderBy(desc(agreements.updatedAt), desc(id))
    .limit(WORKSPACE_LIMIT + 1);
  return {
    items: rows.slice(0, WORKSPACE_LIMIT).map(({ agreement: { facts: counted, ...summary } }) => ({
      ...summary,
      facts: counted,
      toDos: toDosOf(counted),
    })),
    truncated: rows.length > WORKSPACE_LIMIT,
  };
}
