/**
 * Votes: who may cast one, and the result the body's majority rule and quorum give. Plain rules, no I/O.
 *
 * The majority rules, as implemented here:
 * - simple: adopted when yes > no. Abstentions are not counted at all (as if not cast); a tie is rejected.
 * - absolute: adopted when yes > half of the votes cast, abstentions included — so an abstention
 *   weighs like a no ("more than half of the members voting").
 * - two_thirds: adopted when yes ≥ two thirds of the votes cast, abstentions included.
 * Whatever the majority, a vote taken without the quorum decides nothing: its outcome is `no_quorum`.
 *
 * Who votes: only members holding a seat on the body on the meeting's day, in person when present,
 * or through a proxy given to another seated member present, as attendance.ts counts proxies (at most
 * maxProxiesPerMember each, only when the rules allow proxies). A guest recorded at the meeting never votes.
 */
import { ConflictError, ForbiddenError, ValidationError } from '../shared/errors.ts';
import { type Attendance, countedProxies } from './attendance.ts';
import type { BodyRules, MajorityRule } from './rules.ts';

export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export const VOTE_METHODS = ['roll_call', 'show_of_hands'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

export const BALLOT_MODES = ['in_person', 'proxy'] as const;
export type BallotMode = (typeof BALLOT_MODES)[number];

export interface Counts {
  yes: number;
  no: number;
  abstain: number;
}

export type Outcome = 'adopted' | 'rejected' | 'no_quorum';

export interface VoteResult extends Counts {
  majority: MajorityRule;
  /** Votes that count toward the majority under this rule. */
  cast: number;
  /** Yes votes needed for adoption. */
  yesNeeded: number;
  quorumReached: boolean;
  outcome: Outcome;
}

export function countChoices(choices: readonly VoteChoice[]): Counts {
  const counts: Counts = { yes: 0, no: 0, abstain: 0 };
  for (const choice of choices) counts[choice] += 1;
  return counts;
}

/** The fewest yes votes that adopt, under `majority`, given the counts. */
export function yesNeeded(majority: MajorityRule, counts: Counts): number {
  switch (majority) {
    case 'simple':
      return counts.no + 1;
    case 'absolute':
      return Math.floor((counts.yes + counts.no + counts.abstain) / 2) + 1;
    case 'two_thirds':
      return Math.max(1, Math.ceil(((counts.yes + counts.no + counts.abstain) * 2) / 3));
  }
}

export function voteResult(counts: Counts, majority: MajorityRule, quorumReached: boolean): VoteResult {
  const cast = majority === 'simple' ? counts.yes + counts.no : counts.yes + counts.no + counts.abstain;
  const needed = yesNeeded(majority, counts);
  const outcome: Outcome = !quorumReached ? 'no_quorum' : counts.yes >= needed ? 'adopted' : 'rejected';
  return { ...counts, majority, cast, yesNeeded: needed, quorumReached, outcome };
}

/**
 * How `castById` may cast the vote of member `memberId`: in person when they are the member, seated
 * and present; by proxy when the member, seated, gave them a proxy that counts (so they are seated
 * and present too, see attendance.ts). Refused when the vote is closed (409), when it is taken by show
 * of hands (409), when the member holds no seat on the meeting's day (403), when the member has voted
 * already (409), or when the caster may not vote for the member (403).
 */
export function assertMayCast(input: {
  voteStatus: 'open' | 'closed';
  method: VoteMethod;
  alreadyVoted: ReadonlySet<string>;
  attendance: readonly Attendance[];
  rules: BodyRules;
  /** Who holds a seat on the body on the meeting's day (attendance.ts, seatedOn). */
  seated: ReadonlySet<string>;
  memberId: string;
  castById: string;
}): BallotMode {
  if (input.voteStatus !== 'open') throw new ConflictError('governance.vote_closed');
  if (input.method !== 'roll_call') throw new ConflictError('governance.vote_by_show_of_hands', '/choice');
  if (!input.seated.has(input.memberId)) {
    throw new ForbiddenError(
      'governance.not_seated',
      input.castById === input.memberId ? undefined : '/memberId',
    );
  }
  if (input.alreadyVoted.has(input.memberId)) throw new ConflictError('governance.already_voted');
  const entry = input.attendance.find((a) => a.personId === input.memberId);
  if (input.castById === input.memberId) {
    if (entry?.status !== 'present') throw new ForbiddenError('governance.not_present');
    return 'in_person';
  }
  if (
    entry?.status === 'proxy' &&
    entry.proxyHolderId === input.castById &&
    countedProxies(input.attendance, input.rules, input.seated).has(input.memberId)
  ) {
    return 'proxy';
  }
  throw new ForbiddenError('governance.no_proxy', '/memberId');
}

/**
 * The votes `castById` may cast now, by the same rule as assertMayCast: their own first, then those
 * of the members whose counted proxy they hold; empty once they have cast them or the vote is closed.
 */
export function ballotsOpenTo(input: {
  voteStatus: 'open' | 'closed';
  method: VoteMethod;
  alreadyVoted: ReadonlySet<string>;
  attendance: readonly Attendance[];
  rules: BodyRules;
  seated: ReadonlySet<string>;
  castById: string;
}): Array<{ memberId: string; mode: BallotMode }> {
  const candidates = [
    input.castById,
    ...input.attendance
      .filter((a) => a.status === 'proxy' && a.proxyHolderId === input.castById)
      .map((a) => a.personId),
  ];
  const open: Array<{ memberId: string; mode: BallotMode }> = [];
  for (const memberId of candidates) {
    try {
      open.push({ memberId, mode: assertMayCast({ ...input, memberId }) });
    } catch (error) {
      if (!(error instanceof ConflictError || error instanceof ForbiddenError)) throw error;
    }
  }
  return open;
}

/**
 * Counts the secretary records from a show of hands: whole numbers, together no more than the
 * members present or represented.
 */
export function validateShowOfHands(counts: Counts, counted: number): Counts {
  for (const choice of VOTE_CHOICES) {
    if (!Number.isInteger(counts[choice]) || counts[choice] < 0) {
      throw new ValidationError('governance.count_invalid', `/${choice}`);
    }
  }
  if (counts.yes + counts.no + counts.abstain > counted) {
    throw new ValidationError('governance.hands_exceed_attendance', { counted }, '/yes');
  }
  return counts;
}
