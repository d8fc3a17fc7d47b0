import { eq, inArray } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Principal, Rule, ScopeFacts } from '../accounts/policy.ts';
import { agreementParties } from '../agreements/tables.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { memberships } from '../people/tables.ts';

/** Which organizations a request acts for, read from its path or body. */
type ScopeOf = (db: Database, request: FastifyRequest) => Promise<string[]>;

export interface RoutePolicy {
  rule: Rule;
  scope?: ScopeOf;
  /** Why, in a few words: shown in the generated policy table. */
  note: string;
}

// Authorization reads the input before validation, so it trusts nothing in it: ids that are not
// UUIDs name no organization.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (values: unknown[]): string[] =>
  values.filter((value): value is string => typeof value === 'string' && UUID.test(value));
const params = (request: FastifyRequest) => (request.params ?? {}) as Record<string, unknown>;
const body = (request: FastifyRequest): Record<string, unknown> =>
  request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};

const partiesOfAgreementInPath: ScopeOf = async (db, request) => {
  const [agreementId] = uuids([params(request).id]);
  if (!agreementId) return [];
  const rows = await db
    .select({ organizationId: agreementParties.organizationId })
    .from(agreementParties)
    .where(eq(agreementParties.agreementId, agreementId));
  return rows.flatMap((row) => (row.organizationId ? [row.organizationId] : []));
};
const partiesInBody: ScopeOf = async (_db, request) => {
  const parties = body(request).parties;
  return Array.isArray(parties)
    ? uuids(parties.map((party) => (party as { organizationId?: unknown } | null)?.organizationId))
    : [];
};
const organizationInPath: ScopeOf = async (_db, request) => uuids([params(request).id]);
const organizationInBody: ScopeOf = async (_db, request) => uuids([body(request).organizationId]);

const PUBLIC: RoutePolicy = { rule: { kind: 'public' }, note: 'public registry' };
const SIGNED_IN: RoutePolicy = { rule: { kind: 'signed_in' }, note: 'own account' };
const CONTRIBUTOR: RoutePolicy = { rule: { kind: 'contributor' }, note: 'any signed-in role' };
const ADMIN: RoutePolicy = { rule: { kind: 'platform_admin' }, note: 'platform admin' };
const actFor = (scope: ScopeOf, note: string): RoutePolicy => ({ rule: { kind: 'act_for' }, scope, note });
const FOR_AGREEMENT = actFor(
  partiesOfAgreementInPath,
  'officer of a party, or secretariat of a network of all parties',
);

/**
 * Every route of the API and who may call it. A route missing here is refused (and a test fails),
 * so adding a route means deciding its policy.
 */
export const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  'GET /api/health': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /api/docs/*': PUBLIC,
  'GET /api/export': PUBLIC,
  'GET /api/audit': SIGNED_IN,

  'POST /api/auth/sign-in': PUBLIC,
  'POST /api/auth/sign-out': PUBLIC,
  'GET /api/auth/me': SIGNED_IN,
  'POST /api/auth/password-reset': PUBLIC,
  'POST /api/auth/password-reset/confirm': PUBLIC,
  'GET /api/auth/sessions': SIGNED_IN,
  'DELETE /api/auth/sessions/:id': SIGNED_IN,
  'GET /api/auth/two-factor': SIGNED_IN,
  'POST /api/auth/two-factor/setup': SIGNED_IN,
  'POST /api/auth/two-factor/enable': SIGNED_IN,
  'POST /api/auth/two-factor/disable': SIGNED_IN,
  'POST /api/auth/two-factor/recovery-codes': SIGNED_IN,
  'POST /api/auth/password': SIGNED_IN,
  'POST /api/tokens': SIGNED_IN,
  'GET /api/tokens': SIGNED_IN,
  'DELETE /api/tokens/:id': SIGNED_IN,

  'GET /api/places': PUBLIC,
  'GET /api/places/:id': PUBLIC,
  'POST /api/places': CONTRIBUTOR,

  'GET /api/organizations': PUBLIC,
  'GET /api/organizations/:id': PUBLIC,
  'GET /api/organizations/:id/posts': PUBLIC,
  'POST /api/organizations': CONTRIBUTOR,
  'PATCH /api/organizations/:id': actFor(
    organizationInPath,
    'officer of it, or secretariat of a network it belongs to',
  ),

  'GET /api/people': PUBLIC,
  'GET /api/people/:id': PUBLIC,
  'POST /api/people': CONTRIBUTOR,
  'PATCH /api/people/:id': CONTRIBUTOR,
  'POST /api/posts': actFor(organizationInBody, 'officer of the organization, or secretariat of its network'),
  'GET /api/memberships': PUBLIC,
  'POST /api/memberships': actFor(
    organizationInBody,
    'officer of the organization, or secretariat of the network',
  ),
  'POST /api/memberships/:id/sources': CONTRIBUTOR,

  'GET /api/agreements': PUBLIC,
  'GET /api/agreements/:id': PUBLIC,
  'POST /api/agreements': actFor(
    partiesInBody,
    'officer of a party, or secretariat of a network of all parties',
  ),
  'PATCH /api/agreements/:id': FOR_AGREEMENT,
  'POST /api/agreements/:id/transitions': FOR_AGREEMENT,
  'POST /api/agreements/:id/parts': FOR_AGREEMENT,
  'PATCH /api/agreements/:id/parts/:partId': FOR_AGREEMENT,
  'POST /api/agreements/:id/parts/:partId/signatories': FOR_AGREEMENT,
  'POST /api/agreements/:id/approvals': FOR_AGREEMENT,
  'POST /api/agreements/:id/sources': FOR_AGREEMENT,
  'POST /api/agreements/:id/documents': FOR_AGREEMENT,
  'GET /api/agreements/:id/documents/:documentId': PUBLIC,
  'GET /api/approval-policies': PUBLIC,
  'PUT /api/approval-policies/:countryCode': ADMIN,

  'GET /api/networks': PUBLIC,
  'GET /api/networks/:id': PUBLIC,

  'GET /api/events': PUBLIC,
  'GET /api/events/:id': PUBLIC,
  'POST /api/events': CONTRIBUTOR,
  'POST /api/events/:id/sources': CONTRIBUTOR,

  'GET /api/sources': PUBLIC,
  'GET /api/sources/:id': PUBLIC,
  'POST /api/sources': CONTRIBUTOR,
};

/** The policy of a route as Fastify registered it (HEAD follows GET; the reference pages share one entry). */
export function policyFor(method: string, url: string): RoutePolicy | undefined {
  const verb = method === 'HEAD' ? 'GET' : method;
  if (url === '/api/docs' || url.startsWith('/api/docs/')) return ROUTE_POLICIES[`${verb} /api/docs/*`];
  return ROUTE_POLICIES[`${verb} ${url}`];
}

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
