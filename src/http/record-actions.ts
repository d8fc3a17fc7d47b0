import {
  canActFor,
  canEditPerson,
  canInvite,
  canWriteContactDetails,
  decide,
  type Principal,
  type ScopeFacts,
  speaksFor,
} from '../accounts/policy.ts';
import { ROUTE_POLICIES } from './route-policies.ts';

/*
 * What a reader may do with a record they read, told with the record (`allowedActions`), so pages
 * offer only what a save would accept. Each action is a write route: it is advertised when that
 * route's own rule (route-policies.ts) lets the reader through for the record's facts, and the use
 * case's check on the record, the same function of accounts/policy.ts, agrees. Nothing here is a
 * rule of its own: a rule changed there changes what is advertised.
 */

/** Whether the route's rule lets the principal through, the record's organizations being `facts`. */
function routeAllows(route: string, principal: Principal, facts?: ScopeFacts): boolean {
  const policy = ROUTE_POLICIES[route];
  if (!policy) throw new Error(`no route policy for ${route}`);
  return decide(policy.rule, principal, facts) === 'allow';
}

/** Every write to an agreement and its route; the use case checks acting for the parties on the record (writes.ts). */
export const AGREEMENT_ACTIONS = {
  update: 'PATCH /api/agreements/:id',
  transition: 'POST /api/agreements/:id/transitions',
  addPart: 'POST /api/agreements/:id/parts',
  updatePart: 'PATCH /api/agreements/:id/parts/:partId',
  addSignatory: 'POST /api/agreements/:id/parts/:partId/signatories',
  approve: 'POST /api/agreements/:id/approvals',
  addDocument: 'POST /api/agreements/:id/documents',
  withdrawDocument: 'POST /api/agreements/:id/documents/:documentId/withdrawal',
  addCitation: 'POST /api/agreements/:id/sources',
  withdrawCitation: 'POST /api/agreements/:id/sources/:citationId/withdrawal',
  proposeCorrection: 'POST /api/agreements/:id/corrections',
} as const satisfies Record<string, string>;

export type AgreementAction = keyof typeof AGREEMENT_ACTIONS;

/** What the principal may do with an agreement they read, its parties and their networks being `parties`. */
export function agreementActions(
  principal: Principal | null | undefined,
  parties: ScopeFacts,
): AgreementAction[] {
  if (!principal) return [];
  const actsFor = canActFor(principal, parties);
  return (Object.keys(AGREEMENT_ACTIONS) as AgreementAction[]).filter(
    (action) => actsFor && routeAllows(AGREEMENT_ACTIONS[action], principal, parties),
  );
}

/** The writes to an organization: editing it, giving it posts. */
export const ORGANIZATION_ACTIONS = {
  update: 'PATCH /api/organizations/:id',
  addPost: 'POST /api/posts',
} as const satisfies Record<string, string>;

export type OrganizationAction = keyof typeof ORGANIZATION_ACTIONS;

/** The writes that manage a network: inviting people to its roles, admitting members, giving it bodies. */
export const NETWORK_ACTIONS = {
  ...ORGANIZATION_ACTIONS,
  inviteMember: 'POST /api/invitations',
  manageMembers: 'POST /api/memberships',
  manageBodies: 'POST /api/organizations',
} as const satisfies Record<string, string>;

export type NetworkAction = keyof typeof NETWORK_ACTIONS;

/**
 * What the principal may do with an organization, `facts` being the organization alone and the
 * networks it belongs to (what the routes' scope reads for it).
 */
export function organizationActions(
  principal: Principal | null | undefined,
  facts: ScopeFacts,
): OrganizationAction[] {
  if (!principal) return [];
  return (Object.keys(ORGANIZATION_ACTIONS) as OrganizationAction[]).filter((action) =>
    routeAllows(ORGANIZATION_ACTIONS[action], principal, facts),
  );
}

/** What the principal may do with an organization of this kind: a network's are managed too. */
export function actionsOnOrganization(
  principal: Principal | null | undefined,
  kind: string,
  facts: ScopeFacts,
): Array<OrganizationAction | NetworkAction> {
  return kind === 'network' ? networkActions(principal, facts) : organizationActions(principal, facts);
}

/** What the principal may do with a network: an organization's actions, and managing it. */
export function networkActions(principal: Principal | null | undefined, facts: ScopeFacts): NetworkAction[] {
  if (!principal) return [];
  const [network] = facts.organizationIds;
  if (!network) return [];
  const management: Record<Exclude<NetworkAction, OrganizationAction>, boolean> = {
    // Inviting someone to run the network itself: what invitations.ts asks of canInvite.
    inviteMember:
      routeAllows(NETWORK_ACTIONS.inviteMember, principal) &&
      canInvite(
        principal,
        { grants: [{ role: 'network_secretariat', scopeId: network }], platformAdmin: false },
        facts.networksOf,
      ),
    // The network's side of a membership, and a body placed under it: the network's own officers
    // or secretariat (people.ts's sidesOf, organizations.ts's assertMayPlaceUnder).
    manageMembers: routeAllows(NETWORK_ACTIONS.manageMembers, principal) && speaksFor(principal, network),
    manageBodies: routeAllows(NETWORK_ACTIONS.manageBodies, principal) && speaksFor(principal, network),
  };
  return [
    ...organizationActions(principal, facts),
    ...(Object.keys(management) as Array<keyof typeof management>).filter((action) => management[action]),
  ];
}

/** The writes to a person's record: their name and details, their email and phone. */
export const PERSON_ACTIONS = {
  update: 'PATCH /api/people/:id',
  updateContactDetails: 'PATCH /api/people/:id',
} as const satisfies Record<string, string>;

export type PersonAction = keyof typeof PERSON_ACTIONS;

/**
 * What the principal may do with a person's record, `self` being the person their account is and
 * `organizations` those the person holds a confirmed post in (what people.ts's updatePerson reads).
 */
export function personActions(
  principal: Principal | null | undefined,
  person: { id: string; organizations: ReadonlySet<string> },
  self: string | null,
): PersonAction[] {
  if (!principal || !routeAllows(PERSON_ACTIONS.update, principal)) return [];
  if (!canEditPerson(principal, person.id, self)) return [];
  return canWriteContactDetails(principal, person, self) ? ['update', 'updateContactDetails'] : ['update'];
}

/** The writes to a membership: a step of its lifecycle, citing a source. */
export const MEMBERSHIP_ROUTES = {
  transition: 'POST /api/memberships/:id/transitions',
  addCitation: 'POST /api/memberships/:id/sources',
  manageDues: 'POST /api/memberships/:id/dues',
} as const satisfies Record<string, string>;

/**
 * What the principal may do with a membership: the lifecycle's steps open to the sides they act for
 * (`steps`, from membership-lifecycle.ts's table), named as the transition's action, and citing a source.
 */
export function membershipActions(
  principal: Principal | null | undefined,
  steps: readonly string[],
  organizationSide = false,
): string[] {
  if (!principal) return [];
  return [
    ...(routeAllows(MEMBERSHIP_ROUTES.transition, principal) ? steps : []),
    ...(routeAllows(MEMBERSHIP_ROUTES.addCitation, principal) ? ['addCitation'] : []),
    // Its fee and dues: the organization's side (people.ts's assertOrganizationSide).
    ...(organizationSide && routeAllows(MEMBERSHIP_ROUTES.manageDues, principal) ? ['manageDues'] : []),
  ];
}

/** The writes to an event: changing or cancelling it (for its organizer), citing a source (any contributor). */
export const EVENT_ACTIONS = {
  update: 'PATCH /api/events/:id',
  cancel: 'POST /api/events/:id/cancel',
  addCitation: 'POST /api/events/:id/sources',
} as const satisfies Record<string, string>;

export type EventAction = keyof typeof EVENT_ACTIONS;

/**
 * What the principal may do with an event, `organizer` being its organizer and the networks it
 * belongs to (what the routes' scope reads for it): cancelling only while it is planned.
 */
export function eventActions(
  principal: Principal | null | undefined,
  status: string,
  organizer?: ScopeFacts,
): EventAction[] {
  if (!principal) return [];
  return (Object.keys(EVENT_ACTIONS) as EventAction[]).filter(
    (action) =>
      (action !== 'cancel' || status === 'planned') &&
      routeAllows(EVENT_ACTIONS[action], principal, organizer),
  );
}
