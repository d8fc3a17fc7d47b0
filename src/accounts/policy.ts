/**
 * Who may do what, as plain rules. Every route names one rule in http/route-policies.ts; this
 * module decides, given who asks and the facts about the records concerned.
 */
export const SCOPED_ROLES = [
  'network_secretariat',
  'council_member',
  'municipal_officer',
  'reviewer',
] as const;
export type ScopedRole = (typeof SCOPED_ROLES)[number];

export interface Grant {
  role: ScopedRole;
  scopeId: string;
}

/** The signed-in user as authorization sees them; null is the public. */
export interface Principal {
  userId: string;
  isPlatformAdmin: boolean;
  grants: Grant[];
}

export type Rule =
  /** Anyone, signed in or not. */
  | { kind: 'public' }
  /** Any signed-in user (their own account and sessions). */
  | { kind: 'signed_in' }
  /** Signed in with a role: the people who maintain the registry. */
  | { kind: 'contributor' }
  | { kind: 'platform_admin' }
  /** Acting for organizations: an officer of one of them, or the secretariat of a network all of them belong to. */
  | { kind: 'act_for' }
  /** Inviting people: platform admins and network secretariats. */
  | { kind: 'invite' }
  /** Deciding what enters the registry from the press: platform admins and reviewers (whom admins name). */
  | { kind: 'press_review' };

/** Facts the decision needs about the organizations a request touches. */
export interface ScopeFacts {
  /** The organizations concerned (parties of an agreement, the organization edited…). */
  organizationIds: string[];
  /** For each of them, the networks it belongs to (or is, or whose body it is). */
  networksOf: ReadonlyMap<string, readonly string[]>;
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

export function decide(rule: Rule, principal: Principal | null, facts?: ScopeFacts): Decision {
  if (rule.kind === 'public') return 'allow';
  if (!principal) return 'unauthenticated';
  if (principal.isPlatformAdmin) return 'allow';
  switch (rule.kind) {
    case 'signed_in':
      return 'allow';
    case 'contributor':
      return principal.grants.length > 0 ? 'allow' : 'forbidden';
    case 'platform_admin':
      return 'forbidden';
    case 'invite':
      return mayInvite(principal) ? 'allow' : 'forbidden';
    case 'press_review':
      return principal.grants.some((grant) => grant.role === 'reviewer') ? 'allow' : 'forbidden';
    case 'act_for':
      return canActFor(principal, facts ?? { organizationIds: [], networksOf: new Map() })
        ? 'allow'
        : 'forbidden';
  }
}

/**
 * An officer acts for their own organization when it is one of those concerned; a secretariat
 * acts for a network's records only when every organization concerned belongs to that network.
 */
export function canActFor(principal: Principal, facts: ScopeFacts): boolean {
  if (principal.isPlatformAdmin) return true;
  const ids = facts.organizationIds;
  if (ids.length === 0) return false;
  const officerOf = new Set(
    principal.grants.filter((grant) => grant.role === 'municipal_officer').map((grant) => grant.scopeId),
  );
  if (ids.some((id) => officerOf.has(id))) return true;
  const secretariatOf = principal.grants
    .filter((grant) => grant.role === 'network_secretariat')
    .map((grant) => grant.scopeId);
  return secretariatOf.some((network) =>
    ids.every((id) => id === network || (facts.networksOf.get(id) ?? []).includes(network)),
  );
}

/**
 * Contact details (email, phone) of a mayor or officer are for the people they work with: a
 * platform admin, a signed-in user who shares a network with them (through memberships both sides
 * confirmed), and whoever may write them.
 */
export function canSeeContactDetails(
  principal: Principal | null,
  viewerNetworks: ReadonlySet<string>,
  personNetworks: ReadonlySet<string>,
  mayWrite = false,
): boolean {
  if (!principal) return false;
  if (principal.isPlatformAdmin || mayWrite) return true;
  for (const network of personNetworks) if (viewerNetworks.has(network)) return true;
  return false;
}

/**
 * Whether the principal speaks for this organization itself — as its own officer, or as the
 * secretariat of the network it is — which consent needs: a network's secretariat acts for its
 * members' records but does not join them to anything on their behalf.
 */
export function speaksFor(principal: Principal, organizationId: string): boolean {
  return (
    principal.isPlatformAdmin ||
    principal.grants.some(
      (grant) =>
        grant.scopeId === organizationId &&
        (grant.role === 'municipal_officer' || grant.role === 'network_secretariat'),
    )
  );
}

/**
 * Who may change a person's record: anyone maintaining the registry (any role) corrects a name; a
 * person without a role only their own record (the person their account is linked to).
 */
export function canEditPerson(
  principal: Principal | null,
  personId: string,
  principalPersonId: string | null,
): boolean {
  if (!principal) return false;
  return principal.isPlatformAdmin || principal.grants.length > 0 || principalPersonId === personId;
}

/**
 * Contact details are written by the person themselves (the account linked to them), an officer of
 * an organization they hold a confirmed post in now, or a platform admin — not by anyone who can
 * edit the registry, and not by an organization that merely recorded the person as its own.
 */
export function canWriteContactDetails(
  principal: Principal | null,
  person: { id: string; organizations: ReadonlySet<string> },
  principalPersonId: string | null,
): boolean {
  if (!principal) return false;
  if (principal.isPlatformAdmin || principalPersonId === person.id) return true;
  return principal.grants.some(
    (grant) => grant.role === 'municipal_officer' && person.organizations.has(grant.scopeId),
  );
}

/**
 * Who must sign in with a second factor: platform admins (and, once solidarity funds exist, whoever
 * can move fund money). Until they turn it on, those powers stay off — they can still sign in, set
 * it up and use the rights any member has.
 */
export function requiresTwoFactor(account: { isPlatformAdmin: boolean }): boolean {
  return account.isPlatformAdmin;
}

/** Platform-admin rights, in force only with two-factor sign-in on. */
export function adminRightsInForce(account: {
  isPlatformAdmin: boolean;
  twoFactorEnabled: boolean;
}): boolean {
  return account.isPlatformAdmin && account.twoFactorEnabled;
}

/** Roles a network secretariat may hand out, within its own network; reviewers are named by admins. */
const SECRETARIAT_MAY_GRANT: readonly ScopedRole[] = [
  'network_secretariat',
  'council_member',
  'municipal_officer',
];

/**
 * Who may invite whom: a platform admin anyone, with any roles; a network secretariat people who
 * will hold roles in its own network only (the network itself, its bodies, its member organizations).
 * `networksOf` gives, for each scope of the invitation, the networks it belongs to.
 */
export function canInvite(
  principal: Principal | null,
  invitation: { grants: readonly Grant[]; platformAdmin: boolean },
  networksOf: ReadonlyMap<string, readonly string[]>,
): boolean {
  if (!principal) return false;
  if (principal.isPlatformAdmin) return true;
  if (invitation.platformAdmin || invitation.grants.length === 0) return false;
  const runs = principal.grants
    .filter((grant) => grant.role === 'network_secretariat')
    .map((grant) => grant.scopeId);
  return invitation.grants.every(
    (grant) =>
      SECRETARIAT_MAY_GRANT.includes(grant.role) &&
      runs.some(
        (network) =>
          grant.scopeId === network ||
          // Another secretariat for a member would run that member's own admissions: not the network's to give.
          (grant.role !== 'network_secretariat' && (networksOf.get(grant.scopeId) ?? []).includes(network)),
      ),
  );
}

/** Who may send invitations at all (the exact roles offered are checked with canInvite). */
export function mayInvite(principal: Principal): boolean {
  return principal.isPlatformAdmin || principal.grants.some((grant) => grant.role === 'network_secretariat');
}

/** Records of the public registry, whose history any signed-in member may read. */
const REGISTRY_RECORDS = [
  'organization',
  'person',
  'place',
  'event',
  'membership',
  'post',
  'approval_policy',
];

/**
 * Whose history a signed-in person may read: everything for a platform admin; their own account;
 * registry records; an agreement or a source they may read ('if_readable'). Accounts, sessions, tokens and
 * invitations of others stay private.
 */
export function auditAccess(
  principal: Principal,
  entityType: string,
  entityId: string,
): 'allow' | 'if_readable' | 'forbidden' {
  if (principal.isPlatformAdmin) return 'allow';
  if (entityType === 'user' && entityId === principal.userId) return 'allow';
  if (REGISTRY_RECORDS.includes(entityType)) return 'allow';
  // A source is as open as the records citing it (see sources/visibility.ts).
  if (entityType === 'agreement' || entityType === 'source') return 'if_readable';
  return 'forbidden';
}
