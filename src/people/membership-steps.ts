/**
 * The steps of a membership, in the database: each through membership-lifecycle.ts's table, with
 * the decision taking it checked against the network's rules (networks/admission-rules.ts), and
 * kept in the membership's history in the same transaction. Governance carries out a decision's
 * effect through `changeMembershipStatus` too.
 */
import { eq } from 'drizzle-orm';
import { canActFor, type Principal, speaksFor } from '../accounts/policy.ts';
import { factsOfOrganization, personOfUser, scopeFacts } from '../accounts/scopes.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { decisions, meetings, voteEvents } from '../governance/tables.ts';
import { assertDecisionFits, type CitedDecision } from '../networks/admission-rules.ts';
import { networkOfBody, networkRulesOf } from '../networks/network-rules.ts';
import { organizations } from '../organizations/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate, assertDateOrder } from '../shared/dates.ts';
import { NotFoundError, ValidationError } from '../shared/errors.ts';
import { type Citation, listCitations } from '../sources/sources.ts';
import type { Fee } from './fees.ts';
import {
  assertMembershipTransition,
  assertTransitionDetails,
  isOrganizationsWord,
  type MembershipAction,
  membershipKind,
} from './membership-lifecycle.ts';
import type { Membership } from './schemas.ts';
import { memberships, membershipTransitions } from './tables.ts';

/** A membership as stored, before it is told to a reader (see people.ts's withMembershipActions). */
export type MembershipRecord = Omit<Membership, 'allowedActions'>;

export const today = () => new Date().toISOString().slice(0, 10);

export function feeColumns(fee: Fee | null) {
  return {
    feeAmountMinor: fee?.amountMinor ?? null,
    feeCurrency: fee?.currency ?? null,
    feePeriod: fee?.period ?? null,
  };
}

export function feeOf(row: typeof memberships.$inferSelect): Fee | null {
  return row.feeAmountMinor !== null && row.feeCurrency && row.feePeriod
    ? { amountMinor: Number(row.feeAmountMinor), currency: row.feeCurrency, period: row.feePeriod }
    : null;
}

/** A membership as told: its fee as one value, without the row's bookkeeping. */
export function membershipFromRow(
  row: typeof memberships.$inferSelect,
  sources: Citation[],
): MembershipRecord {
  return {
    id: row.id,
    organizationId: row.organizationId,
    personId: row.personId,
    memberOrganizationId: row.memberOrganizationId,
    postId: row.postId,
    role: row.role,
    label: row.label,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    fee: feeOf(row),
    sources,
  };
}

/**
 * Which sides of a membership the actor speaks for. Between two organizations, each side is the
 * organization's own officers (or, for a network, its own secretariat). For a person's post, the
 * organization side is whoever acts for the organization, and the member side the person themselves
 * (the account linked to them).
 */
export async function sidesOf(
  tx: Database,
  actingAs: ActingAs,
  membership: MembershipSides,
): Promise<{ organization: boolean; member: boolean; admin: boolean }> {
  const principal = actingAs.principal;
  if (principal === undefined) return { organization: true, member: true, admin: true };
  if (!principal) return { organization: false, member: false, admin: false };
  return sidesActedFor(principal, membership, {
    self: membership.personId ? await personOfUser(tx, principal.userId) : null,
    networksOf: membership.memberOrganizationId
      ? new Map()
      : (await scopeFacts(tx, [membership.organizationId])).networksOf,
  });
}

export interface MembershipSides {
  organizationId: string;
  personId?: string | null;
  memberOrganizationId?: string | null;
}

/**
 * sidesOf once the facts are read: the person the principal's account is, and the networks of the
 * organizations of people's posts.
 */
export function sidesActedFor(
  principal: Principal,
  membership: MembershipSides,
  known: { self: string | null; networksOf: ReadonlyMap<string, readonly string[]> },
): { organization: boolean; member: boolean; admin: boolean } {
  if (principal.isPlatformAdmin) return { organization: true, member: true, admin: true };
  // Joining an organization to another needs the consent of each, in person: a secretariat acts
  // for its members' records, but neither admits others into them nor joins them to anything.
  const organization = membership.memberOrganizationId
    ? speaksFor(principal, membership.organizationId)
    : canActFor(
        principal,
        factsOfOrganization(membership.organizationId, known.networksOf.get(membership.organizationId) ?? []),
      );
  const member = membership.memberOrganizationId
    ? speaksFor(principal, membership.memberOrganizationId)
    : Boolean(membership.personId) && known.self === membership.personId;
  return { organization, member, admin: false };
}

/** A step of a membership as asked: the action, the day it takes effect, why, and the decision taking it. */
export interface MembershipChange {
  action: MembershipAction;
  /** The day it starts (accept) or ends; `effectiveOn` says the same, and wins. */
  on?: string | null;
  effectiveOn?: string | null;
  reason?: string | null;
  decisionId?: string | null;
}

/**
 * Takes a step of a membership through its lifecycle: the side a request waits for accepts it;
 * either side declines it or ends it; between organizations, the organization (a network's
 * secretariat) suspends, reinstates or excludes the member, and the member leaves. The network's
 * word on a member cites the decision taking it where the network's rules give it to a body
 * (admission-rules.ts). The step is kept in the membership's history, in the same transaction.
 */
export async function changeMembershipStatus(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  change: MembershipChange,
  options: { decisionField?: string } = {},
): Promise<MembershipRecord> {
  const [current] = await tx.select().from(memberships).where(eq(memberships.id, id)).for('update');
  if (!current) throw new NotFoundError('membership.not_found', { id });
  const dateField = change.effectiveOn != null ? '/effectiveOn' : '/on';
  const effectiveOn = change.effectiveOn ?? change.on ?? null;
  assertDate(effectiveOn ?? undefined, dateField);
  const [joined] = await tx
    .select({ kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.id, current.organizationId));
  const kind = membershipKind(current, joined?.kind === 'network');
  const to = assertMembershipTransition(
    current.status,
    change.action,
    await sidesOf(tx, actingAs, current),
    kind,
  );
  assertTransitionDetails(change.action, change);
  const organizationsWord = isOrganizationsWord(current.status, change.action, kind);
  const decisionField = options.decisionField ?? '/decisionId';
  if (change.decisionId || (organizationsWord && kind === 'member')) {
    const decision = change.decisionId ? await citedDecision(tx, change.decisionId) : null;
    assertDecisionFits({
      action: change.action,
      organizationsWord: organizationsWord && kind === 'member',
      membershipId: id,
      networkId: current.organizationId,
      rules: await networkRulesOf(tx, current.organizationId),
      decision,
      decisionCited: Boolean(change.decisionId),
      field: decisionField,
    });
  }
  const day = today();
  // Leaving, excluding and ending take the membership's rights away at once, and a suspension
  // holds them back at once: each is recorded on the day it happens (or later, back-dated).
  if (change.action !== 'accept' && effectiveOn && effectiveOn > day) {
    throw new ValidationError('membership.end_in_future', { date: effectiveOn }, dateField);
  }
  const dates =
    change.action === 'end' || change.action === 'leave' || change.action === 'exclude'
      ? { endDate: effectiveOn ?? day }
      : change.action === 'accept' && effectiveOn
        ? { startDate: effectiveOn }
        : {};
  assertDateOrder(dates.startDate ?? current.startDate, dates.endDate ?? current.endDate, dateField);
  const [row] = await tx
    .update(memberships)
    .set({ status: to, ...dates, updatedAt: new Date() })
    .where(eq(memberships.id, id))
    .returning();
  const reason = change.reason?.trim() || null;
  await tx.insert(membershipTransitions).values({
    membershipId: id,
    fromStatus: current.status,
    toStatus: to,
    action: change.action,
    decisionId: change.decisionId ?? null,
    reason,
    effectiveOn: effectiveOn ?? day,
    actor: actingAs.actor,
  });
  if (change.decisionId) {
    await tx.update(decisions).set({ appliedAt: new Date() }).where(eq(decisions.id, change.decisionId));
  }
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'membership',
    entityId: id,
    before: { status: current.status, startDate: current.startDate, endDate: current.endDate },
    after: {
      status: to,
      startDate: row!.startDate,
      endDate: row!.endDate,
      action: change.action,
      ...(reason ? { reason } : {}),
      ...(change.decisionId ? { decisionId: change.decisionId } : {}),
    },
  });
  const citations = await listCitations(tx, 'membership', [id]);
  return membershipFromRow(row!, citations.get(id) ?? []);
}

/** The facts about a decision a step cites, for admission-rules.ts; null when there is none. */
export async function citedDecision(db: Database, decisionId: string): Promise<CitedDecision | null> {
  const [found] = await db
    .select({
      id: decisions.id,
      bodyId: meetings.bodyId,
      entityType: decisions.entityType,
      entityId: decisions.entityId,
      effect: decisions.effect,
      motionId: decisions.motionId,
      voteOutcome: voteEvents.outcome,
      appliedAt: decisions.appliedAt,
    })
    .from(decisions)
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .leftJoin(voteEvents, eq(voteEvents.id, decisions.voteEventId))
    .where(eq(decisions.id, decisionId))
    .for('update', { of: decisions });
  if (!found) return null;
  return {
    id: found.id,
    bodyId: found.bodyId,
    networkId: await networkOfBody(db, found.bodyId),
    entityType: found.entityType,
    entityId: found.entityId,
    effect: found.effect,
    hasMotion: found.motionId !== null,
    voteOutcome: (found.voteOutcome as CitedDecision['voteOutcome']) ?? null,
    appliedAt: found.appliedAt,
  };
}
