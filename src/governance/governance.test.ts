import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../shared/errors.ts';
import { type Attendance, meetingDay, quorumState, seatedOn, validateAttendance } from './attendance.ts';
import {
  assertMayOpenVote,
  assertMeetingTransition,
  assertVoteTransition,
  MEETING_ACTIONS,
  MEETING_STATUSES,
  type MeetingAction,
  type MeetingStatus,
  openMeetingActions,
} from './lifecycle.ts';
import { type BodyRules, DEFAULT_BODY_RULES, quorumRequired, validateBodyRules } from './rules.ts';
import { assertMayCast, ballotsOpenTo, countChoices, validateShowOfHands, voteResult } from './voting.ts';

const withProxies = (max: number): BodyRules => ({
  ...DEFAULT_BODY_RULES,
  proxiesAllowed: true,
  maxProxiesPerMember: max,
});
const present = (personId: string): Attendance => ({ personId, status: 'present', proxyHolderId: null });
const proxy = (personId: string, holder: string): Attendance => ({
  personId,
  status: 'proxy',
  proxyHolderId: holder,
});
const other = (personId: string, status: 'excused' | 'absent'): Attendance => ({
  personId,
  status,
  proxyHolderId: null,
});

/** Everyone the tests name holds a seat, unless a test says otherwise. */
const ALL = new Set(['a', 'b', 'c', 'd', 'e', 'x']);
const without = (...people: string[]) => new Set([...ALL].filter((person) => !people.includes(person)));

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  return undefined;
}

describe('body rules', () => {
  it('computes the quorum as a count or as a fraction of the seats rounded up', () => {
    expect(quorumRequired({ kind: 'count', count: 5 }, 12)).toBe(5);
    expect(quorumRequired({ kind: 'fraction', numerator: 1, denominator: 2 }, 13)).toBe(7);
    expect(quorumRequired({ kind: 'fraction', numerator: 1, denominator: 2 }, 12)).toBe(6);
    expect(quorumRequired({ kind: 'fraction', numerator: 2, denominator: 3 }, 12)).toBe(8);
    expect(quorumRequired({ kind: 'fraction', numerator: 1, denominator: 2 }, 0)).toBe(1);
  });

  it('refuses incoherent rules naming the field', () => {
    const rules = DEFAULT_BODY_RULES;
    expect(fieldOf(() => validateBodyRules({ ...rules, quorum: { kind: 'count', count: 0 } }, 10))).toBe(
      '/quorum/count',
    );
    expect(fieldOf(() => validateBodyRules({ ...rules, quorum: { kind: 'count', count: 11 } }, 10))).toBe(
      '/quorum/count',
    );
    expect(
      fieldOf(() =>
        validateBodyRules({ ...rules, quorum: { kind: 'fraction', numerator: 3, denominator: 2 } }, 10),
      ),
    ).toBe('/quorum/numerator');
    expect(
      fieldOf(() =>
        validateBodyRules({ ...rules, quorum: { kind: 'fraction', numerator: 1, denominator: 0 } }, 10),
      ),
    ).toBe('/quorum/denominator');
    expect(fieldOf(() => validateBodyRules({ ...rules, maxProxiesPerMember: 2 }, 10))).toBe(
      '/maxProxiesPerMember',
    );
    expect(fieldOf(() => validateBodyRules({ ...rules, proxiesAllowed: true }, 10))).toBe(
      '/maxProxiesPerMember',
    );
    expect(validateBodyRules(withProxies(2), 10)).toEqual(withProxies(2));
  });
});

describe('quorum from attendance', () => {
  it('counts the present and those represented by a proxy, never the excused or absent', () => {
    const attendance = [
      present('a'),
      present('b'),
      proxy('c', 'a'),
      other('d', 'excused'),
      other('e', 'absent'),
    ];
    const state = quorumState(attendance, withProxies(1), 6, ALL);
    expect(state).toMatchObject({
      present: 2,
      represented: 1,
      excused: 1,
      absent: 1,
      counted: 3,
      required: 3,
    });
    expect(state.reached).toBe(true);
    expect(quorumState(attendance.slice(0, 2), withProxies(1), 6, ALL).reached).toBe(false);
  });

  it('does not count proxies beyond the number a member may hold, nor held by someone absent', () => {
    const attendance = [present('a'), proxy('b', 'a'), proxy('c', 'a'), proxy('d', 'a'), proxy('e', 'x')];
    const state = quorumState(attendance, withProxies(2), 10, ALL);
    expect(state).toMatchObject({ present: 1, represented: 2, proxiesNotCounted: 2, counted: 3 });
  });

  it('counts no proxy when the rules allow none', () => {
    const state = quorumState([present('a'), proxy('b', 'a')], DEFAULT_BODY_RULES, 4, ALL);
    expect(state).toMatchObject({
      represented: 0,
      proxiesNotCounted: 1,
      counted: 1,
      required: 2,
      reached: false,
    });
  });

  it('refuses a proxy entry without holder, to oneself, or under rules without proxies', () => {
    expect(fieldOf(() => validateAttendance(proxy('a', 'b'), DEFAULT_BODY_RULES, ALL))).toBe('/status');
    expect(
      fieldOf(() => validateAttendance({ ...proxy('a', 'b'), proxyHolderId: null }, withProxies(1), ALL)),
    ).toBe('/proxyHolderId');
    expect(fieldOf(() => validateAttendance(proxy('a', 'a'), withProxies(1), ALL))).toBe('/proxyHolderId');
    expect(
      fieldOf(() => validateAttendance({ ...present('a'), proxyHolderId: 'b' }, withProxies(1), ALL)),
    ).toBe('/proxyHolderId');
  });
});

describe('vote results', () => {
  const counts = (yes: number, no: number, abstain: number) => ({ yes, no, abstain });

  it('simple majority: more yes than no, abstentions not counted, a tie rejected', () => {
    expect(voteResult(counts(3, 2, 10), 'simple', true).outcome).toBe('adopted');
    expect(voteResult(counts(3, 3, 0), 'simple', true).outcome).toBe('rejected');
    expect(voteResult(counts(3, 2, 10), 'simple', true).cast).toBe(5);
  });

  it('absolute majority: more than half of the votes cast, abstentions included', () => {
    expect(voteResult(counts(3, 2, 0), 'absolute', true).outcome).toBe('adopted');
    expect(voteResult(counts(3, 2, 1), 'absolute', true).outcome).toBe('rejected');
    expect(voteResult(counts(4, 2, 1), 'absolute', true)).toMatchObject({ outcome: 'adopted', yesNeeded: 4 });
    expect(voteResult(counts(2, 2, 0), 'absolute', true).outcome).toBe('rejected');
  });

  it('two-thirds: at least two thirds of the votes cast, abstentions included', () => {
    expect(voteResult(counts(6, 3, 0), 'two_thirds', true).outcome).toBe('adopted');
    expect(voteResult(counts(6, 3, 1), 'two_thirds', true).outcome).toBe('rejected');
    expect(voteResult(counts(5, 3, 0), 'two_thirds', true).outcome).toBe('rejected');
  });

  it('decides nothing without the quorum', () => {
    expect(voteResult(counts(9, 0, 0), 'simple', false).outcome).toBe('no_quorum');
    expect(voteResult(counts(0, 0, 0), 'simple', true).outcome).toBe('rejected');
  });

  it('counts choices', () => {
    expect(countChoices(['yes', 'no', 'yes', 'abstain'])).toEqual(counts(2, 1, 1));
  });
});

describe('casting a vote', () => {
  const attendance = [present('a'), present('b'), proxy('c', 'a'), proxy('d', 'a'), other('e', 'absent')];
  const base = {
    voteStatus: 'open' as const,
    method: 'roll_call' as const,
    alreadyVoted: new Set<string>(),
    attendance,
    rules: withProxies(1),
    seated: ALL,
  };

  it('lets a member present vote in person and a proxy holder vote for the member they represent', () => {
    expect(assertMayCast({ ...base, memberId: 'a', castById: 'a' })).toBe('in_person');
    expect(assertMayCast({ ...base, memberId: 'c', castById: 'a' })).toBe('proxy');
  });

  it('refuses a second vote and a vote after the close with a conflict', () => {
    expect(() =>
      assertMayCast({ ...base, alreadyVoted: new Set(['a']), memberId: 'a', castById: 'a' }),
    ).toThrow(ConflictError);
    expect(() => assertMayCast({ ...base, voteStatus: 'closed', memberId: 'a', castById: 'a' })).toThrow(
      ConflictError,
    );
    expect(() => assertMayCast({ ...base, method: 'show_of_hands', memberId: 'a', castById: 'a' })).toThrow(
      ConflictError,
    );
  });

  it('refuses an absent member, an uncounted proxy and a vote for someone else', () => {
    expect(() => assertMayCast({ ...base, memberId: 'e', castById: 'e' })).toThrow(ForbiddenError);
    expect(() => assertMayCast({ ...base, memberId: 'd', castById: 'a' })).toThrow(ForbiddenError);
    expect(() => assertMayCast({ ...base, memberId: 'b', castById: 'a' })).toThrow(ForbiddenError);
  });

  it('takes show-of-hands counts no larger than the members present or represented', () => {
    expect(validateShowOfHands({ yes: 2, no: 1, abstain: 0 }, 3)).toEqual({ yes: 2, no: 1, abstain: 0 });
    expect(fieldOf(() => validateShowOfHands({ yes: 3, no: 1, abstain: 0 }, 3))).toBe('/yes');
    expect(fieldOf(() => validateShowOfHands({ yes: 1, no: -1, abstain: 0 }, 3))).toBe('/no');
  });
});

describe('majority edge cases', () => {
  const counts = (yes: number, no: number, abstain: number) => ({ yes, no, abstain });
  const outcomes = (yes: number, no: number, abstain: number) =>
    (['simple', 'absolute', 'two_thirds'] as const).map(
      (majority) => voteResult(counts(yes, no, abstain), majority, true).outcome,
    );

  it('rejects a tie under every majority, abstentions or not', () => {
    expect(outcomes(4, 4, 0)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(outcomes(4, 4, 3)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(voteResult(counts(4, 4, 0), 'simple', true).yesNeeded).toBe(5);
  });

  it('weighs abstentions as nothing under the simple majority and as a no under the others', () => {
    // The same 5 yes and 4 no: two abstentions turn the absolute and two-thirds majorities against it.
    expect(outcomes(5, 4, 0)).toEqual(['adopted', 'adopted', 'rejected']);
    expect(outcomes(5, 4, 2)).toEqual(['adopted', 'rejected', 'rejected']);
    // 6 yes, 2 no: one abstention keeps two thirds (6 of 9), a second one loses them (6 of 10).
    expect(outcomes(6, 2, 1)).toEqual(['adopted', 'adopted', 'adopted']);
    expect(outcomes(6, 2, 2)).toEqual(['adopted', 'adopted', 'rejected']);
    // Only abstentions: nothing adopted whatever the rule.
    expect(outcomes(0, 0, 5)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(voteResult(counts(1, 0, 9), 'simple', true)).toMatchObject({ outcome: 'adopted', cast: 1 });
    expect(voteResult(counts(1, 0, 9), 'absolute', true)).toMatchObject({ outcome: 'rejected', cast: 10 });
  });

  it('adopts at exactly two thirds and rejects one vote short of them', () => {
    expect(voteResult(counts(2, 1, 0), 'two_thirds', true)).toMatchObject({
      outcome: 'adopted',
      yesNeeded: 2,
    });
    expect(voteResult(counts(4, 2, 0), 'two_thirds', true)).toMatchObject({
      outcome: 'adopted',
      yesNeeded: 4,
    });
    expect(voteResult(counts(8, 3, 1), 'two_thirds', true)).toMatchObject({
      outcome: 'adopted',
      yesNeeded: 8,
    });
    expect(voteResult(counts(7, 3, 1), 'two_thirds', true)).toMatchObject({
      outcome: 'rejected',
      yesNeeded: 8,
    });
    // Half exactly is not an absolute majority.
    expect(voteResult(counts(5, 4, 1), 'absolute', true)).toMatchObject({
      outcome: 'rejected',
      yesNeeded: 6,
    });
  });

  it('decides nothing without the quorum, even unanimous, under every majority', () => {
    for (const majority of ['simple', 'absolute', 'two_thirds'] as const) {
      expect(voteResult(counts(7, 0, 0), majority, false)).toMatchObject({
        outcome: 'no_quorum',
        quorumReached: false,
      });
    }
  });
});

describe('who holds a seat', () => {
  it('takes the meeting’s day in its own time zone', () => {
    expect(meetingDay('2026-03-01T23:30:00Z', 'Asia/Tokyo')).toBe('2026-03-02');
    expect(meetingDay('2026-03-01T03:00:00Z', 'America/New_York')).toBe('2026-02-28');
    expect(meetingDay(new Date('2026-03-01T10:00:00Z'), 'Africa/Dakar')).toBe('2026-03-01');
  });

  it('seats those whose mandate is in force that day, its first and last days included', () => {
    const mandates = [
      { personId: 'a', startDate: '2024-01-01', endDate: null },
      { personId: 'b', startDate: '2026-03-01', endDate: '2026-12-31' },
      { personId: 'c', startDate: '2020-01-01', endDate: '2026-03-01' },
      { personId: 'd', startDate: '2020-01-01', endDate: '2026-02-28' },
      { personId: 'e', startDate: '2026-03-02', endDate: null },
    ];
    expect([...seatedOn(mandates, '2026-03-01')].sort()).toEqual(['a', 'b', 'c']);
    expect([...seatedOn(mandates, '2026-03-02')].sort()).toEqual(['a', 'b', 'e']);
  });

  it('lists a guest without counting them toward the quorum', () => {
    const attendance = [present('a'), present('guest'), other('b', 'absent'), other('visitor', 'excused')];
    const state = quorumState(attendance, DEFAULT_BODY_RULES, 4, new Set(['a', 'b']));
    expect(state).toMatchObject({ present: 1, absent: 1, excused: 0, guests: 2, counted: 1, required: 2 });
    expect(state.reached).toBe(false);
    // Measured on the body's seats, vacant ones included: two seated members of four seats reach half.
    const both = quorumState([present('a'), present('b'), present('guest')], DEFAULT_BODY_RULES, 4, ALL);
    expect(both).toMatchObject({ counted: 2, guests: 1, reached: true });
  });

  it('counts a proxy only from a seated member to another seated member present', () => {
    const attendance = [
      present('a'),
      present('guest'),
      proxy('b', 'guest'),
      proxy('c', 'a'),
      proxy('x', 'a'),
    ];
    const state = quorumState(attendance, withProxies(2), 6, new Set(['a', 'b', 'c']));
    // b's proxy is held by a guest, x holds no seat: only c is represented.
    expect(state).toMatchObject({ present: 1, represented: 1, proxiesNotCounted: 1, guests: 2, counted: 2 });
  });

  it('refuses to record a proxy given by someone without a seat, or held by someone without one', () => {
    const seated = new Set(['a', 'b']);
    expect(fieldOf(() => validateAttendance(proxy('guest', 'a'), withProxies(1), seated))).toBe('/status');
    expect(fieldOf(() => validateAttendance(proxy('a', 'guest'), withProxies(1), seated))).toBe(
      '/proxyHolderId',
    );
    expect(validateAttendance(proxy('a', 'b'), withProxies(1), seated)).toEqual(proxy('a', 'b'));
    expect(validateAttendance(present('guest'), withProxies(1), seated)).toEqual(present('guest'));
  });
});

describe('only seated members vote', () => {
  const attendance = [present('a'), present('b'), present('guest'), proxy('c', 'a'), proxy('d', 'b')];
  const base = {
    voteStatus: 'open' as const,
    method: 'roll_call' as const,
    alreadyVoted: new Set<string>(),
    attendance,
    rules: withProxies(1),
    seated: ALL,
  };
  const codeOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ConflictError || error instanceof ForbiddenError) return error.code;
      throw error;
    }
    return undefined;
  };

  it('refuses a member present who holds no seat on the meeting’s day', () => {
    expect(codeOf(() => assertMayCast({ ...base, memberId: 'guest', castById: 'guest' }))).toBe(
      'governance.not_seated',
    );
    expect(codeOf(() => assertMayCast({ ...base, seated: without('b'), memberId: 'b', castById: 'b' }))).toBe(
      'governance.not_seated',
    );
    expect(assertMayCast({ ...base, memberId: 'b', castById: 'b' })).toBe('in_person');
  });

  it('refuses the vote of a member without a seat cast through their proxy', () => {
    expect(codeOf(() => assertMayCast({ ...base, seated: without('c'), memberId: 'c', castById: 'a' }))).toBe(
      'governance.not_seated',
    );
    expect(assertMayCast({ ...base, memberId: 'c', castById: 'a' })).toBe('proxy');
  });

  it('refuses a proxy held by someone without a seat', () => {
    expect(codeOf(() => assertMayCast({ ...base, seated: without('a'), memberId: 'c', castById: 'a' }))).toBe(
      'governance.no_proxy',
    );
  });

  it('refuses a proxy beyond the number one member may hold, and any proxy when the rules allow none', () => {
    const crowded = [present('a'), proxy('b', 'a'), proxy('c', 'a'), proxy('d', 'a')];
    const rules = withProxies(2);
    expect(assertMayCast({ ...base, attendance: crowded, rules, memberId: 'c', castById: 'a' })).toBe(
      'proxy',
    );
    expect(
      codeOf(() => assertMayCast({ ...base, attendance: crowded, rules, memberId: 'd', castById: 'a' })),
    ).toBe('governance.no_proxy');
    expect(
      codeOf(() => assertMayCast({ ...base, rules: DEFAULT_BODY_RULES, memberId: 'c', castById: 'a' })),
    ).toBe('governance.no_proxy');
  });

  it('says a closed vote is closed before anything else', () => {
    expect(
      codeOf(() => assertMayCast({ ...base, voteStatus: 'closed', memberId: 'guest', castById: 'guest' })),
    ).toBe('governance.vote_closed');
  });

  it('offers a reader exactly the votes they may cast', () => {
    expect(ballotsOpenTo({ ...base, castById: 'a' })).toEqual([
      { memberId: 'a', mode: 'in_person' },
      { memberId: 'c', mode: 'proxy' },
    ]);
    expect(ballotsOpenTo({ ...base, alreadyVoted: new Set(['a']), castById: 'a' })).toEqual([
      { memberId: 'c', mode: 'proxy' },
    ]);
    expect(ballotsOpenTo({ ...base, castById: 'guest' })).toEqual([]);
    expect(ballotsOpenTo({ ...base, castById: 'e' })).toEqual([]);
    expect(ballotsOpenTo({ ...base, voteStatus: 'closed', castById: 'a' })).toEqual([]);
    expect(ballotsOpenTo({ ...base, method: 'show_of_hands', castById: 'a' })).toEqual([]);
  });
});

describe('meeting and vote lifecycles', () => {
  const EXPECTED: Record<MeetingStatus, Partial<Record<MeetingAction, MeetingStatus>>> = {
    draft: { convene: 'convened', cancel: 'cancelled' },
    convened: { hold: 'held', cancel: 'cancelled' },
    held: { approve_minutes: 'minutes_approved' },
    minutes_approved: {},
    cancelled: {},
  };
  const meeting = (status: MeetingStatus, id = 'm1', startsAt = '2026-03-01T10:00:00Z') => ({
    id,
    bodyId: 'council',
    status,
    startsAt,
  });
  const later = meeting('convened', 'm2', '2026-06-01T10:00:00Z');
  const pairs = MEETING_STATUSES.flatMap((status) =>
    MEETING_ACTIONS.map((action) => [status, action] as const),
  );

  it.each(pairs)('%s, %s: only as the table says', (status, action) => {
    const expected = EXPECTED[status][action];
    const run = () => assertMeetingTransition({ meeting: meeting(status), action, approvedAt: later });
    if (expected) expect(run()).toBe(expected);
    else expect(run).toThrow(ConflictError);
    expect(openMeetingActions(status).includes(action)).toBe(expected !== undefined);
  });

  it('approves minutes only at a later meeting of the same body', () => {
    const held = meeting('held');
    expect(() => assertMeetingTransition({ meeting: held, action: 'approve_minutes' })).toThrow(
      ValidationError,
    );
    for (const approvedAt of [
      held,
      meeting('convened', 'm0', '2026-01-01T10:00:00Z'),
      { ...later, bodyId: 'bureau' },
      { ...later, status: 'draft' as const },
    ]) {
      expect(
        fieldOf(() => assertMeetingTransition({ meeting: held, action: 'approve_minutes', approvedAt })),
      ).toBe('/approvedAtMeetingId');
    }
  });

  it('holds a meeting only once its votes are closed, and opens votes only while it is convened', () => {
    expect(() =>
      assertMeetingTransition({ meeting: meeting('convened'), action: 'hold', openVotes: 1 }),
    ).toThrow(ConflictError);
    expect(() => assertMayOpenVote('convened')).not.toThrow();
    expect(() => assertMayOpenVote('draft')).toThrow(ConflictError);
    expect(() => assertMayOpenVote('held')).toThrow(ConflictError);
  });

  it('closes an open vote once', () => {
    expect(assertVoteTransition('open', 'close')).toBe('closed');
    expect(() => assertVoteTransition('closed', 'close')).toThrow(ConflictError);
  });
});
