import { beforeAll, describe, expect, it } from 'vitest';
import { problemOf } from './helpers/api-client.ts';
import { type As, setUpTestApp } from './helpers/app.ts';
import { countRows, createNetworkWithCouncil, createPerson } from './helpers/fixtures.ts';

const ctx = setUpTestApp();

interface MeetingView {
  id: string;
  status: string;
  agenda: Array<{ id: string }>;
  quorum: { counted: number; required: number; reached: boolean; represented: number };
  motions: Array<{ id: string; votes: Array<{ id: string }> }>;
  decisions: Array<{ entityType: string | null; entityId: string | null }>;
}
interface VoteView {
  status: string;
  result: { yes: number; no: number; abstain: number; outcome: string | null; quorumReached: boolean };
  ballots: Array<{ memberId: string; mode: string }> | null;
  myBallot: { choice: string; mode: string } | null;
  mayVoteFor: Array<{ memberId: string; mode: string }>;
}

let council = '';
let secretariat: As;
const members: Array<{ as: As; personId: string }> = [];

const call = async (as: As, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  ctx.request({ as, method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

const RULES = {
  quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
  ordinaryMajority: 'simple',
  specialMajority: 'two_thirds',
  proxiesAllowed: true,
  maxProxiesPerMember: 1,
};

async function convenedMeeting(startsAt: string) {
  const created = await call(secretariat, 'POST', `/api/bodies/${council}/meetings`, {
    title: { en: 'Coordination Council', fr: 'Conseil de coordination', ar: 'مجلس التنسيق' },
    mode: 'hybrid',
    startsAt,
    timezone: 'Africa/Dakar',
    place: 'Dakar',
    url: 'https://meet.example.org/council',
  });
  expect(created.statusCode, created.body).toBe(201);
  const meeting = created.data as MeetingView;
  const item = await call(secretariat, 'POST', `/api/meetings/${meeting.id}/agenda-items`, {
    title: { en: 'Admission of Ivry-sur-Seine', fr: 'Admission d’Ivry-sur-Seine' },
  });
  expect(item.statusCode, item.body).toBe(201);
  const convened = await call(secretariat, 'POST', `/api/meetings/${meeting.id}/transitions`, {
    action: 'convene',
  });
  expect(convened.statusCode, convened.body).toBe(200);
  return { id: meeting.id, agendaItemId: (item.data as MeetingView).agenda[0]!.id };
}

async function openVoteOn(meetingId: string, agendaItemId: string, method = 'roll_call') {
  const motion = await call(secretariat, 'POST', `/api/meetings/${meetingId}/motions`, {
    agendaItemId,
    text: { en: 'Admit Ivry-sur-Seine as a member' },
  });
  expect(motion.statusCode, motion.body).toBe(201);
  const motionId = (motion.data as MeetingView).motions.at(-1)!.id;
  const vote = await call(secretariat, 'POST', `/api/motions/${motionId}/votes`, { method });
  expect(vote.statusCode, vote.body).toBe(201);
  return (vote.data as { id: string }).id;
}

/** A signed-in account holding the council_member role on the council, linked to a new person. */
async function councilMember(name: string) {
  const person = await createPerson(ctx, name);
  const as = await ctx.signInAs([{ role: 'council_member', scopeId: council }]);
  const me = (await ctx.request({ as, method: 'GET', url: '/api/auth/me' })).data as {
    user: { id: string };
  };
  const linked = await ctx.request({
    method: 'PUT',
    url: `/api/users/${me.user.id}/person`,
    payload: { personId: person.id },
  });
  expect(linked.statusCode).toBe(204);
  return { as, personId: person.id };
}

/** Gives the person a seat on the council from `startDate` (to `endDate`). */
async function seat(personId: string, startDate = '2024-01-01', endDate?: string) {
  const governance = (await call('public', 'GET', `/api/bodies/${council}/governance`)).data as {
    seats: Array<{ id: string }>;
  };
  const mandate = await call(secretariat, 'POST', `/api/bodies/${council}/mandates`, {
    seatId: governance.seats[0]!.id,
    personId,
    startDate,
    ...(endDate ? { endDate } : {}),
  });
  expect(mandate.statusCode, mandate.body).toBe(201);
}

beforeAll(async () => {
  ({ council } = await createNetworkWithCouncil(ctx, []));
  const networkId = (
    (await ctx.request({ method: 'GET', url: `/api/organizations/${council}` })).data as { parentId: string }
  ).parentId;
  secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: networkId }]);
  for (const name of ['Fatimetou Mint Ahmed', 'Mamadou Diallo', 'Claire Martin', 'Ahmed Salem']) {
    members.push(await councilMember(name));
  }
  const set = await call(secretariat, 'PUT', `/api/bodies/${council}/governance`, {
    rules: RULES,
    seats: [{ category: 'elected_officials', label: { en: 'Elected officials' }, count: 4 }],
  });
  expect(set.statusCode, set.body).toBe(200);
});

describe('body rules and seats', () => {
  it('keeps the rules and seats, gives each holder a seat and shows vacancies', async () => {
    const governance = (await call('public', 'GET', `/api/bodies/${council}/governance`)).data as {
      rules: typeof RULES;
      seatCount: number;
      seats: Array<{ id: string; vacant: number }>;
      vacantPosts: string[];
    };
    expect(governance.rules).toEqual(RULES);
    expect(governance.seatCount).toBe(4);
    const mandate = await call(secretariat, 'POST', `/api/bodies/${council}/mandates`, {
      seatId: governance.seats[0]!.id,
      personId: members[0]!.personId,
      post: 'chair',
      startDate: '2024-01-01',
    });
    expect(mandate.statusCode, mandate.body).toBe(201);
    const after = mandate.data as typeof governance;
    expect(after.seats[0]!.vacant).toBe(3);
    expect(after.vacantPosts).toEqual(['vice_chair', 'secretary', 'treasurer']);
  });

  it('refuses invalid rules naming the field, changing nothing', async () => {
    const before = await countRows(ctx);
    const bad = await call(secretariat, 'PUT', `/api/bodies/${council}/governance`, {
      rules: { ...RULES, quorum: { kind: 'fraction', numerator: 3, denominator: 2 } },
      seats: [{ category: 'elected_officials', count: 4 }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body).toContain('/rules/quorum/numerator');
    const tooMany = await call(secretariat, 'PUT', `/api/bodies/${council}/governance`, {
      rules: { ...RULES, quorum: { kind: 'count', count: 9 } },
      seats: [{ category: 'elected_officials', count: 4 }],
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.body).toContain('/rules/quorum/count');
    expect(await countRows(ctx)).toEqual(before);
  });

  it('lets only the network’s secretariat set them', async () => {
    const response = await call(members[0]!.as, 'PUT', `/api/bodies/${council}/governance`, {
      rules: RULES,
      seats: [{ category: 'elected_officials', count: 4 }],
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('a meeting and its vote', () => {
  beforeAll(async () => {
    // Every member holds a seat (the first one as chair, from the test above when it ran).
    const governance = (await call('public', 'GET', `/api/bodies/${council}/governance`)).data as {
      seats: Array<{ holders: Array<{ personId: string }> }>;
    };
    const holders = new Set(governance.seats.flatMap((row) => row.holders.map((holder) => holder.personId)));
    for (const member of members) if (!holders.has(member.personId)) await seat(member.personId);
  });

  it('computes the quorum live, counts one vote per member, refuses a second vote and a vote after close', async () => {
    const [a, b, c, d] = members;
    const { id, agendaItemId } = await convenedMeeting('2026-03-01T10:00:00Z');
    const attend = (personId: string, status: string, proxyHolderId?: string) =>
      call(secretariat, 'PUT', `/api/meetings/${id}/attendance/${personId}`, { status, proxyHolderId });
    expect(((await attend(a!.personId, 'present')).data as MeetingView).quorum).toMatchObject({
      counted: 1,
      required: 2,
      reached: false,
    });
    await attend(b!.personId, 'present');
    const withProxy = (await attend(c!.personId, 'proxy', a!.personId)).data as MeetingView;
    expect(withProxy.quorum).toMatchObject({ counted: 3, represented: 1, reached: true });
    // A second proxy to the same holder is beyond the one allowed: not counted.
    const beyond = (await attend(d!.personId, 'proxy', a!.personId)).data as MeetingView;
    expect(beyond.quorum).toMatchObject({ counted: 3, represented: 1 });
    const selfProxy = await attend(d!.personId, 'proxy', d!.personId);
    expect(selfProxy.statusCode).toBe(422);
    expect(selfProxy.body).toContain('/proxyHolderId');

    const voteId = await openVoteOn(id, agendaItemId);
    const cast = (who: As, choice: string, memberId?: string) =>
      call(who, 'POST', `/api/votes/${voteId}/ballots`, { choice, ...(memberId ? { memberId } : {}) });
    expect((await cast(a!.as, 'yes')).statusCode).toBe(201);
    expect((await cast(a!.as, 'yes', c!.personId)).statusCode).toBe(201);
    const twice = await cast(a!.as, 'no');
    expect(twice.statusCode).toBe(409);
    expect(twice.headers['content-type']).toContain('application/problem+json');
    // The uncounted proxy, and someone voting for another without a proxy, are refused.
    expect((await cast(a!.as, 'yes', d!.personId)).statusCode).toBe(403);
    expect((await cast(b!.as, 'no', d!.personId)).statusCode).toBe(403);
    expect((await cast(secretariat, 'yes')).statusCode).toBe(403);
    expect((await cast(b!.as, 'no')).statusCode).toBe(201);

    // Each member's vote for the body's members; only the totals for the public.
    const seen = (await call(d!.as, 'GET', `/api/votes/${voteId}`)).data as VoteView;
    expect(seen.ballots?.map((ballot) => ballot.mode).sort()).toEqual(['in_person', 'in_person', 'proxy']);
    const publicView = (await call('public', 'GET', `/api/votes/${voteId}`)).data as VoteView;
    expect(publicView.ballots).toBeNull();
    expect(publicView.result).toMatchObject({ yes: 2, no: 1, abstain: 0, outcome: null });

    // The meeting cannot be marked held while a vote is open.
    expect(
      (await call(secretariat, 'POST', `/api/meetings/${id}/transitions`, { action: 'hold' })).statusCode,
    ).toBe(409);
    const closed = await call(secretariat, 'POST', `/api/votes/${voteId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.data as VoteView).result).toMatchObject({
      yes: 2,
      no: 1,
      outcome: 'adopted',
      quorumReached: true,
    });
    expect((await cast(d!.as, 'no')).statusCode).toBe(409);
    expect((await call(secretariat, 'POST', `/api/votes/${voteId}/close`)).statusCode).toBe(409);

    const decision = await call(secretariat, 'POST', `/api/meetings/${id}/decisions`, {
      text: { en: 'Ivry-sur-Seine is admitted as a member of the Club' },
      voteEventId: voteId,
      entityType: 'organization',
      entityId: council,
    });
    expect(decision.statusCode, decision.body).toBe(201);
    expect((decision.data as MeetingView).decisions[0]).toMatchObject({ entityType: 'organization' });

    // Held, then its minutes approved at a later meeting of the council.
    expect(
      (await call(secretariat, 'POST', `/api/meetings/${id}/transitions`, { action: 'hold' })).statusCode,
    ).toBe(200);
    expect(
      (await call(secretariat, 'PUT', `/api/meetings/${id}/minutes`, { text: { en: 'The council met.' } }))
        .statusCode,
    ).toBe(200);
    const tooEarly = await call(secretariat, 'POST', `/api/meetings/${id}/transitions`, {
      action: 'approve_minutes',
      approvedAtMeetingId: id,
    });
    expect(tooEarly.statusCode).toBe(422);
    const next = await convenedMeeting('2026-06-01T10:00:00Z');
    const approved = await call(secretariat, 'POST', `/api/meetings/${id}/transitions`, {
      action: 'approve_minutes',
      approvedAtMeetingId: next.id,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((approved.data as MeetingView).status).toBe('minutes_approved');
  });

  it('says a vote taken without the quorum decides nothing', async () => {
    const { id, agendaItemId } = await convenedMeeting('2026-09-01T10:00:00Z');
    await call(secretariat, 'PUT', `/api/meetings/${id}/attendance/${members[0]!.personId}`, {
      status: 'present',
    });
    const voteId = await openVoteOn(id, agendaItemId);
    expect(
      (await call(members[0]!.as, 'POST', `/api/votes/${voteId}/ballots`, { choice: 'yes' })).statusCode,
    ).toBe(201);
    const closed = (await call(secretariat, 'POST', `/api/votes/${voteId}/close`)).data as VoteView;
    expect(closed.result).toMatchObject({ yes: 1, quorumReached: false, outcome: 'no_quorum' });
  });

  it('takes a show of hands recorded by the secretary, no more hands than members counted', async () => {
    const { id, agendaItemId } = await convenedMeeting('2026-10-01T10:00:00Z');
    for (const member of members.slice(0, 3)) {
      await call(secretariat, 'PUT', `/api/meetings/${id}/attendance/${member.personId}`, {
        status: 'present',
      });
    }
    const voteId = await openVoteOn(id, agendaItemId, 'show_of_hands');
    expect(
      (await call(members[0]!.as, 'POST', `/api/votes/${voteId}/ballots`, { choice: 'yes' })).statusCode,
    ).toBe(409);
    const tooMany = await call(secretariat, 'PUT', `/api/votes/${voteId}/show-of-hands`, {
      yes: 3,
      no: 1,
      abstain: 0,
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.body).toContain('/yes');
    expect(
      (await call(secretariat, 'PUT', `/api/votes/${voteId}/show-of-hands`, { yes: 1, no: 1, abstain: 1 }))
        .statusCode,
    ).toBe(200);
    const closed = (await call(secretariat, 'POST', `/api/votes/${voteId}/close`)).data as VoteView;
    // A tie under the simple majority is rejected.
    expect(closed.result).toMatchObject({ yes: 1, no: 1, abstain: 1, outcome: 'rejected' });
  });
});

describe('only seated members vote', () => {
  it('lists a guest at the meeting without counting them, and refuses the vote of a member without a seat that day', async () => {
    const [a, b] = members;
    // A council member by role with no mandate, and one whose mandate ended the day before the meeting.
    const unseated = await councilMember('Invited Observer');
    const former = await councilMember('Former Member');
    await seat(former.personId, '2024-01-01', '2027-02-28');
    const { id, agendaItemId } = await convenedMeeting('2027-03-01T10:00:00Z');
    const attend = (personId: string, status: string, proxyHolderId?: string) =>
      call(secretariat, 'PUT', `/api/meetings/${id}/attendance/${personId}`, { status, proxyHolderId });
    expect((await attend(a!.personId, 'present')).statusCode).toBe(200);
    expect((await attend(unseated.personId, 'present')).statusCode).toBe(200);
    const listed = (await attend(former.personId, 'present')).data as MeetingView & {
      attendance: Array<{ personId: string; seated: boolean }>;
      quorum: { guests: number };
    };
    // Three present, one seated: a quorum of two seats out of four is not reached.
    expect(listed.quorum).toMatchObject({ present: 1, guests: 2, counted: 1, required: 2, reached: false });
    expect(Object.fromEntries(listed.attendance.map((row) => [row.personId, row.seated]))).toEqual({
      [a!.personId]: true,
      [unseated.personId]: false,
      [former.personId]: false,
    });

    // A proxy is given by a seated member to a seated member: neither a guest's nor to a guest.
    const before = await countRows(ctx);
    const fromGuest = await attend(unseated.personId, 'proxy', a!.personId);
    expect(fromGuest.statusCode).toBe(422);
    expect(problemOf(fromGuest)).toMatchObject({
      code: 'governance.proxy_giver_not_seated',
      field: '/status',
    });
    const toGuest = await attend(b!.personId, 'proxy', former.personId);
    expect(toGuest.statusCode).toBe(422);
    expect(problemOf(toGuest)).toMatchObject({
      code: 'governance.proxy_holder_not_seated',
      field: '/proxyHolderId',
    });
    expect(await countRows(ctx)).toEqual(before);

    const voteId = await openVoteOn(id, agendaItemId);
    for (const guest of [unseated, former]) {
      const refused = await call(guest.as, 'POST', `/api/votes/${voteId}/ballots`, { choice: 'yes' });
      expect(refused.statusCode).toBe(403);
      expect(problemOf(refused).code).toBe('governance.not_seated');
      expect(((await call(guest.as, 'GET', `/api/votes/${voteId}`)).data as VoteView).mayVoteFor).toEqual([]);
    }
    // In the readers' languages.
    const inFrench = await ctx.request({
      as: unseated.as,
      method: 'POST',
      url: `/api/votes/${voteId}/ballots`,
      headers: { 'accept-language': 'fr' },
      payload: { choice: 'yes' },
    });
    expect(problemOf(inFrench).detail).toContain('siège');
    const inArabic = await ctx.request({
      as: unseated.as,
      method: 'POST',
      url: `/api/votes/${voteId}/ballots`,
      headers: { 'accept-language': 'ar' },
      payload: { choice: 'yes' },
    });
    expect(problemOf(inArabic).detail).toContain('مقعدًا');

    // A seated person acting without the council member role on the body is refused too.
    const withoutRole = await ctx.signInAs([]);
    const me = (await ctx.request({ as: withoutRole, method: 'GET', url: '/api/auth/me' })).data as {
      user: { id: string };
    };
    const seatedWithoutRole = await createPerson(ctx, 'Seated Without Role');
    await seat(seatedWithoutRole.id);
    const linked = await ctx.request({
      method: 'PUT',
      url: `/api/users/${me.user.id}/person`,
      payload: { personId: seatedWithoutRole.id },
    });
    expect(linked.statusCode).toBe(204);
    await attend(seatedWithoutRole.id, 'present');
    const noRole = await call(withoutRole, 'POST', `/api/votes/${voteId}/ballots`, { choice: 'yes' });
    expect(noRole.statusCode).toBe(403);
    expect(problemOf(noRole).code).toBe('governance.not_a_member');

    expect((await call(a!.as, 'POST', `/api/votes/${voteId}/ballots`, { choice: 'yes' })).statusCode).toBe(
      201,
    );
    const closed = (await call(secretariat, 'POST', `/api/votes/${voteId}/close`)).data as VoteView;
    expect(closed.result).toMatchObject({ yes: 1, no: 0, abstain: 0 });
  });
});

describe('who sees each member’s vote', () => {
  it('shows each vote to the body’s members and its secretariat, the totals to everyone, and each reader what they may still cast', async () => {
    const [a, b, c] = members;
    const { id, agendaItemId } = await convenedMeeting('2027-04-01T10:00:00Z');
    for (const member of [a!, b!]) {
      await call(secretariat, 'PUT', `/api/meetings/${id}/attendance/${member.personId}`, {
        status: 'present',
      });
    }
    await call(secretariat, 'PUT', `/api/meetings/${id}/attendance/${c!.personId}`, {
      status: 'proxy',
      proxyHolderId: a!.personId,
    });
    const voteId = await openVoteOn(id, agendaItemId);
    const voteOf = async (as: As) => {
      const meeting = (await call(as, 'GET', `/api/meetings/${id}`)).data as {
        motions: Array<{ votes: Array<VoteView & { id: string }> }>;
      };
      const inMeeting = meeting.motions.flatMap((motion) => motion.votes).find((vote) => vote.id === voteId)!;
      const alone = (await call(as, 'GET', `/api/votes/${voteId}`)).data as VoteView;
      // The meeting's answer and the vote's own say the same to the same reader.
      expect(inMeeting).toEqual(alone);
      return alone;
    };
    expect((await voteOf(a!.as)).mayVoteFor).toEqual([
      { memberId: a!.personId, mode: 'in_person' },
      { memberId: c!.personId, mode: 'proxy' },
    ]);
    expect((await voteOf(b!.as)).mayVoteFor).toEqual([{ memberId: b!.personId, mode: 'in_person' }]);
    // c gave their proxy: they do not vote in person.
    expect((await voteOf(c!.as)).mayVoteFor).toEqual([]);

    expect((await call(a!.as, 'POST', `/api/votes/${voteId}/ballots`, { choice: 'yes' })).statusCode).toBe(
      201,
    );
    expect(
      (await call(a!.as, 'POST', `/api/votes/${voteId}/ballots`, { choice: 'no', memberId: c!.personId }))
        .statusCode,
    ).toBe(201);
    const byA = await voteOf(a!.as);
    expect(byA.myBallot).toEqual({ choice: 'yes', mode: 'in_person' });
    expect(byA.mayVoteFor).toEqual([]);
    expect((await voteOf(c!.as)).myBallot).toEqual({ choice: 'no', mode: 'proxy' });

    const members3 = (await voteOf(b!.as)).ballots;
    expect(members3?.map((ballot) => ballot.memberId).sort()).toEqual([a!.personId, c!.personId].sort());
    expect((await voteOf(secretariat)).ballots).toHaveLength(2);
    const noRole = await ctx.signInAs([]);
    for (const reader of ['public' as const, noRole]) {
      const seen = await voteOf(reader);
      expect(seen.ballots).toBeNull();
      expect(seen.myBallot).toBeNull();
      expect(seen.mayVoteFor).toEqual([]);
      expect(seen.result).toMatchObject({ yes: 1, no: 1, abstain: 0 });
    }
    expect((await call(secretariat, 'POST', `/api/votes/${voteId}/close`)).statusCode).toBe(200);
    expect((await voteOf(b!.as)).mayVoteFor).toEqual([]);
  });
});
