import type { FastifyRequest } from 'fastify';
import type { Rule } from '../accounts/policy.ts';
import { partyOrganizationsOf, partyOrganizationsOfCorrection } from '../agreements/scope.ts';
import type { Database } from '../db/client.ts';
import { organizerOfEvent } from '../events/events.ts';
import { bodyOfMeeting, bodyOfMotion, bodyOfVote } from '../governance/governance.ts';
import { organizationOfRequest } from '../matchmaking/board.ts';

/**
 * Which organizations a request acts for, read from its path or body. What a record's parties are
 * is the area's to say (a reference here, the query there): this table only reads the request.
 */
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
  return agreementId ? partyOrganizationsOf(db, agreementId) : [];
};
const partiesOfCorrectionInPath: ScopeOf = async (db, request) => {
  const [correctionId] = uuids([params(request).id]);
  return correctionId ? partyOrganizationsOfCorrection(db, correctionId) : [];
};
const partiesInBody: ScopeOf = async (_db, request) => {
  const parties = body(request).parties;
  return Array.isArray(parties)
    ? uuids(parties.map((party) => (party as { organizationId?: unknown } | null)?.organizationId))
    : [];
};
const organizationInPath: ScopeOf = async (_db, request) => uuids([params(request).id]);
const organizationOfRequestInPath: ScopeOf = async (db, request) => {
  const [requestId] = uuids([params(request).id]);
  return requestId ? organizationOfRequest(db, requestId) : [];
};
const organizerOfEventInPath: ScopeOf = async (db, request) => {
  const [eventId] = uuids([params(request).id]);
  return eventId ? organizerOfEvent(db, eventId) : [];
};
const bodyOfMeetingInPath: ScopeOf = async (db, request) => {
  const [meetingId] = uuids([params(request).id]);
  return meetingId ? bodyOfMeeting(db, meetingId) : [];
};
const bodyOfMotionInPath: ScopeOf = async (db, request) => {
  const [motionId] = uuids([params(request).id]);
  return motionId ? bodyOfMotion(db, motionId) : [];
};
const bodyOfVoteInPath: ScopeOf = async (db, request) => {
  const [voteId] = uuids([params(request).id]);
  return voteId ? bodyOfVote(db, voteId) : [];
};
const organizationInBody: ScopeOf = async (_db, request) => uuids([body(request).organizationId]);

const PUBLIC: RoutePolicy = { rule: { kind: 'public' }, note: 'public registry' };
const ENTRY: RoutePolicy = {
  rule: { kind: 'public' },
  note: 'way into an account (throttled where it can be abused)',
};
const AUDIT: RoutePolicy = {
  rule: { kind: 'signed_in' },
  note: 'a record’s history when the reader may read the record; an actor’s history for platform admins',
};
const WEB_APP: RoutePolicy = { rule: { kind: 'public' }, note: 'the web application' };
const SIGNED_IN: RoutePolicy = { rule: { kind: 'signed_in' }, note: 'their own account only' };
const CONTRIBUTOR: RoutePolicy = { rule: { kind: 'contributor' }, note: 'any signed-in role' };
const PRESS_REVIEW: RoutePolicy = {
  rule: { kind: 'press_review' },
  note: 'platform admin or reviewer: decides what enters the registry from the press',
};
const INVITE: RoutePolicy = {
  rule: { kind: 'invite' },
  note: 'platform admin, or a network secretariat (for roles in its network)',
};
const ADMIN: RoutePolicy = { rule: { kind: 'platform_admin' }, note: 'platform admin' };
const actFor = (scope: ScopeOf, note: string): RoutePolicy => ({ rule: { kind: 'act_for' }, scope, note });
const SECRETARIAT_OF_BODY = 'secretariat of the body’s network, or platform admin';
const FOR_BODY = actFor(organizationInPath, SECRETARIAT_OF_BODY);
const FOR_MEETING = actFor(bodyOfMeetingInPath, SECRETARIAT_OF_BODY);
const FOR_MOTION = actFor(bodyOfMotionInPath, SECRETARIAT_OF_BODY);
const FOR_VOTE = actFor(bodyOfVoteInPath, SECRETARIAT_OF_BODY);
const FOR_AGREEMENT = actFor(
  partiesOfAgreementInPath,
  'officer of a party, or secretariat of a network of all parties',
);

// Officers of a party pass this rule too; the use case lets only those above the parties decide.
const FOR_CORRECTION = actFor(
  partiesOfCorrectionInPath,
  'secretariat of a network of all parties, or platform admin; never its proposer',
);

/**
 * Every route of the API and who may call it. A route missing here is refused (and a test fails),
 * so adding a route means deciding its policy.
 */
export const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  'GET /api/health': PUBLIC,
  'GET /api/health/ready': PUBLIC,
  'GET /api/health/live': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /api/docs/*': PUBLIC,
  'GET /api/export': PUBLIC,
  'GET /api/audit': AUDIT,
  'GET /api/admin/backup': {
    rule: { kind: 'platform_admin' },
    note: 'platform admin: every record, private ones too',
  },

  'POST /api/auth/sign-in': ENTRY,
  'POST /api/auth/sign-out': ENTRY,
  'GET /api/auth/me': SIGNED_IN,
  'POST /api/auth/password-reset': ENTRY,
  'POST /api/auth/password-reset/confirm': ENTRY,
  'GET /api/auth/sessions': SIGNED_IN,
  'DELETE /api/auth/sessions/:id': SIGNED_IN,
  'GET /api/auth/two-factor': SIGNED_IN,
  'POST /api/auth/two-factor/setup': SIGNED_IN,
  'POST /api/auth/two-factor/enable': SIGNED_IN,
  'POST /api/auth/two-factor/disable': SIGNED_IN,
  'POST /api/auth/two-factor/recovery-codes': SIGNED_IN,
  'POST /api/auth/password': SIGNED_IN,
  'POST /api/auth/email': SIGNED_IN,
  'POST /api/auth/email/confirm': ENTRY,
  'POST /api/auth/invitation': ENTRY,
  'POST /api/auth/sign-up': ENTRY,
  'POST /api/invitations': INVITE,
  'GET /api/invitations': INVITE,
  'DELETE /api/invitations/:id': INVITE,
  'GET /api/users': ADMIN,
  'POST /api/users/:id/roles': ADMIN,
  'PUT /api/users/:id/person': ADMIN,
  'DELETE /api/users/:id/roles/:grantId': ADMIN,
  'POST /api/users/:id/disable': ADMIN,
  'POST /api/users/:id/enable': ADMIN,
  'POST /api/tokens': SIGNED_IN,
  'GET /api/tokens': SIGNED_IN,
  'DELETE /api/tokens/:id': SIGNED_IN,

  // Governance of a network's bodies: the secretariat keeps the records; members vote.
  'GET /api/bodies/:id/governance': PUBLIC,
  'PUT /api/bodies/:id/governance': FOR_BODY,
  'POST /api/bodies/:id/mandates': FOR_BODY,
  'GET /api/bodies/:id/meetings': PUBLIC,
  'POST /api/bodies/:id/meetings': FOR_BODY,
  'GET /api/meetings/:id': {
    rule: { kind: 'public' },
    note: 'agenda, attendance, quorum and vote totals for all; each member’s vote for the body’s members and its secretariat',
  },
  'POST /api/meetings/:id/transitions': FOR_MEETING,
  'POST /api/meetings/:id/agenda-items': FOR_MEETING,
  'PUT /api/meetings/:id/attendance/:personId': FOR_MEETING,
  'PUT /api/meetings/:id/minutes': FOR_MEETING,
  'POST /api/meetings/:id/motions': FOR_MEETING,
  'POST /api/meetings/:id/decisions': FOR_MEETING,
  'GET /api/meetings/:id/invitations': actFor(
    bodyOfMeetingInPath,
    'secretariat of the body’s network, or platform admin: who was invited by email and whether it reached them',
  ),
  'POST /api/meetings/:id/invitations': FOR_MEETING,
  'POST /api/motions/:id/votes': FOR_MOTION,
  'GET /api/votes/:id': {
    rule: { kind: 'public' },
    note: 'totals and result for all; each member’s vote for the body’s members and its secretariat',
  },
  'POST /api/votes/:id/close': FOR_VOTE,
  'PUT /api/votes/:id/show-of-hands': FOR_VOTE,
  'POST /api/votes/:id/ballots': {
    rule: { kind: 'signed_in' },
    note: 'a council member of the body holding a seat on the meeting’s day, present, for themselves or for a seated member whose counted proxy they hold',
  },

  'GET /api/places': PUBLIC,
  'GET /api/places/:id': PUBLIC,
  'POST /api/places': CONTRIBUTOR,

  'GET /api/organizations': PUBLIC,
  'GET /api/organizations/export': PUBLIC,
  'GET /api/organizations/:id': PUBLIC,
  'GET /api/organizations/:id/posts': PUBLIC,
  'POST /api/organizations': CONTRIBUTOR,
  'PATCH /api/organizations/:id': actFor(
    organizationInPath,
    'officer of it, or secretariat of a network it belongs to',
  ),

  'GET /api/people': PUBLIC,
  'GET /api/people/export': PUBLIC,
  'GET /api/people/:id': PUBLIC,
  'POST /api/people': CONTRIBUTOR,
  'PATCH /api/people/:id': {
    rule: { kind: 'signed_in' },
    note: 'any signed-in role, or the person themselves; contact details only the person, an officer of an organization they hold a confirmed post in, or an admin',
  },
  'POST /api/posts': actFor(organizationInBody, 'officer of the organization, or secretariat of its network'),
  'GET /api/memberships': PUBLIC,
  'POST /api/memberships': {
    rule: { kind: 'contributor' },
    note: 'either side of it: an officer of the member applies, whoever acts for the organization invites or records; it counts once the other side accepts',
  },
  'POST /api/memberships/:id/transitions': {
    rule: { kind: 'signed_in' },
    note: 'the side a request waits for accepts it; either side declines it or ends the membership; the organization’s side suspends, reinstates or excludes a member (citing the decision where the network’s rules say a body decides), the member leaves',
  },
  'POST /api/memberships/:id/sources': CONTRIBUTOR,
  'GET /api/memberships/:id': {
    rule: { kind: 'public' },
    note: 'public registry; its dues and the reasons of its steps for those acting for either side',
  },
  'PATCH /api/memberships/:id': {
    rule: { kind: 'contributor' },
    note: 'its fee: the organization’s side (a network’s secretariat)',
  },
  'POST /api/memberships/:id/dues': {
    rule: { kind: 'contributor' },
    note: 'the organization’s side (a network’s secretariat)',
  },
  'POST /api/memberships/:id/dues/:period/payment': {
    rule: { kind: 'contributor' },
    note: 'the organization’s side (a network’s secretariat)',
  },
  'DELETE /api/memberships/:id/dues/:period/payment': {
    rule: { kind: 'contributor' },
    note: 'the organization’s side (a network’s secretariat): a payment recorded by mistake',
  },

  'GET /api/agreements': PUBLIC,
  'GET /api/agreements/export': PUBLIC,
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
  'POST /api/agreements/:id/documents/:documentId/withdrawal': FOR_AGREEMENT,
  'POST /api/agreements/:id/sources/:citationId/withdrawal': FOR_AGREEMENT,
  'GET /api/workspace/agreements': {
    rule: { kind: 'signed_in' },
    note: 'the agreements of the organizations and networks they work for, as far as they may read them',
  },
  'GET /api/agreements/:id/documents/:documentId': PUBLIC,
  'GET /api/agreements/:id/corrections': {
    rule: { kind: 'public' },
    note: 'confirmed corrections for whoever reads the agreement; the others for those who act for it',
  },
  'POST /api/agreements/:id/corrections': FOR_AGREEMENT,
  'POST /api/corrections/:id/confirm': FOR_CORRECTION,
  'POST /api/corrections/:id/reject': FOR_CORRECTION,
  'POST /api/corrections/:id/withdraw': actFor(
    partiesOfCorrectionInPath,
    'its proposer, or a platform admin',
  ),
  'GET /api/approval-policies': PUBLIC,
  'PUT /api/approval-policies/:countryCode': ADMIN,

  'GET /api/search': PUBLIC,
  'GET /api/figures': PUBLIC,
  'GET /api/links': PUBLIC,
  'GET /api/networks': PUBLIC,
  'GET /api/networks/export': PUBLIC,
  'GET /api/networks/:id': PUBLIC,
  'GET /api/networks/:id/declarations': PUBLIC,
  'GET /api/networks/:id/rules': actFor(organizationInPath, 'secretariat of the network, or platform admin'),
  'PUT /api/networks/:id/rules': actFor(organizationInPath, 'secretariat of the network, or platform admin'),
  'GET /api/networks/:id/popolo': {
    rule: { kind: 'public' },
    note: 'the public record and vote totals for all; each member’s vote for the body’s members and its secretariat',
  },
  'GET /api/agreements/:id/declarations': PUBLIC,
  'POST /api/agreements/:id/declarations/:networkId/transitions': {
    rule: { kind: 'signed_in' },
    note: 'the network’s secretariat validates or returns a declared agreement; the member that declared it declares it again',
  },

  'GET /api/organizations/:id/partner-suggestions': {
    rule: { kind: 'public' },
    note: 'public registry; only the agreements the reader may read count',
  },
  'GET /api/partner-requests': {
    rule: { kind: 'public' },
    note: 'public requests for all; members-only ones for members of the authority’s networks and those who act for it',
  },
  'GET /api/partner-requests/:id': {
    rule: { kind: 'public' },
    note: 'as the board; its answers only for those who act for the request or for the answering authority',
  },
  'POST /api/partner-requests': actFor(
    organizationInBody,
    'an officer of the local authority (a secretariat passes the rule, the use case asks for an officer)',
  ),
  'POST /api/partner-requests/:id/answers': actFor(
    organizationInBody,
    'an officer of the answering authority, never the requester’s own',
  ),
  'POST /api/partner-requests/:id/transitions': actFor(
    organizationOfRequestInPath,
    'an officer of the requesting authority, or secretariat of a network it belongs to',
  ),

  // A name a list of twinnings wrote: what the import left is for those who maintain the registry to
  // see; settling it records agreements between any local authorities, so it is the platform's.
  'GET /api/import-reviews': {
    rule: { kind: 'contributor' },
    note: 'any signed-in role: the names an import left for review',
  },
  'GET /api/import-reviews/:id': {
    rule: { kind: 'contributor' },
    note: 'any signed-in role: the names an import left for review',
  },
  'POST /api/import-reviews/:id/resolve': {
    rule: { kind: 'platform_admin' },
    note: 'platform admin: settling a name records twinnings between any local authorities',
  },
  'POST /api/import-reviews/:id/dismiss': {
    rule: { kind: 'platform_admin' },
    note: 'platform admin: the pairs a dismissed name holds are not imported',
  },

  // The press: any contributor submits an article and follows the queue; what enters the registry
  // from it (agreements between local authorities anywhere) is decided by admins and reviewers.
  'POST /api/press/articles': CONTRIBUTOR,
  'POST /api/press/articles/files': CONTRIBUTOR,
  'GET /api/press/articles': CONTRIBUTOR,
  'GET /api/press/articles/:id': CONTRIBUTOR,
  'PUT /api/press/proposals/:id/draft': PRESS_REVIEW,
  'POST /api/press/proposals/:id/accept': PRESS_REVIEW,
  'POST /api/press/proposals/:id/merge': PRESS_REVIEW,
  'POST /api/press/proposals/:id/reject': PRESS_REVIEW,

  'GET /api/events': PUBLIC,
  'GET /api/events/export': PUBLIC,
  'GET /api/events/:id': PUBLIC,
  'POST /api/events': CONTRIBUTOR,
  'POST /api/events/:id/sources': CONTRIBUTOR,
  'PATCH /api/events/:id': actFor(
    organizerOfEventInPath,
    'officer of its organizer, or secretariat of a network the organizer belongs to',
  ),
  'POST /api/events/:id/cancel': actFor(
    organizerOfEventInPath,
    'officer of its organizer, or secretariat of a network the organizer belongs to',
  ),
  'GET /api/networks/:id/calendar.ics': PUBLIC,
  'GET /api/organizations/:id/calendar.ics': PUBLIC,
  'GET /api/people/:id/calendar.ics': PUBLIC,

  'GET /api/imports/agreements': {
    rule: { kind: 'signed_in' },
    note: 'whether the reader may import twinning lists',
  },
  // An import creates local authorities and agreements anywhere in the registry, on behalf of no
  // party: the platform's administrators do it (a network secretariat sends its list to them).
  'POST /api/imports/agreements/files': {
    rule: { kind: 'platform_admin' },
    note: 'platform admin: imports write across the whole registry',
  },
  'POST /api/imports/agreements': {
    rule: { kind: 'platform_admin' },
    note: 'platform admin, on a file they sent: imports write across the whole registry',
  },
  'GET /api/jobs/:id': {
    rule: { kind: 'signed_in' },
    note: 'the account that queued it, or a platform admin',
  },
  'POST /api/jobs/:id/cancel': {
    rule: { kind: 'signed_in' },
    note: 'the account that queued it, or a platform admin',
  },

  'GET /api/sources': PUBLIC,
  'GET /api/sources/:id': PUBLIC,
  'POST /api/sources': CONTRIBUTOR,
};

/** The policy of a route as Fastify registered it (HEAD follows GET; the reference pages share one entry). */
export function policyFor(method: string, url: string): RoutePolicy | undefined {
  const verb = method === 'HEAD' ? 'GET' : method;
  // The web application's pages and files are public; what they show comes from the API, which checks.
  if (!url.startsWith('/api') && verb === 'GET') return WEB_APP;
  if (url === '/api/docs' || url.startsWith('/api/docs/')) return ROUTE_POLICIES[`${verb} /api/docs/*`];
  return ROUTE_POLICIES[`${verb} ${url}`];
}
