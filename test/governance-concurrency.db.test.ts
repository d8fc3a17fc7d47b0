import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, grantRole } from '../src/accounts/accounts.ts';
import { selectRows } from '../src/db/client.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { problemOf } from './helpers/api-client.ts';
import { type As, setUpTestApp, TEST_PASSWORD } from './helpers/app.ts';
import { testEngine } from './helpers/database.ts';
import { createNetworkWithCouncil, createPerson } from './helpers/fixtures.ts';

/*
 * Ballots arriving at once, through the HTTP API, each request in its own transaction on the pool
 * (ten PostgreSQL connections: the requests really run side by side and wait on each other's locks).
 * castVote and closeVote both lock the vote event's row first and castVote reads its status again
 * under the lock, so ballots and a close are taken one after the other: every ballot is counted once,
 * a member's second ballot is refused, and a close keeps exactly the votes stored before it.
 * On PGlite (one connection) the same requests are taken one transaction at a time: the outcomes
 * asked are the same, the race is PostgreSQL's.
 */
const ctx = setUpTestApp();
const CROWD = 50;

let council = '';
let secretariat: As;
let meetingId = '';
let agendaItemId = '';
const crowd: Array<{ as: As; personId: string }> = [];
/** One member signed in from several sessions at once (say a phone and a laptop). */
let twoSessions: { sessions: As[]; personId: string };

const call = async (as: As, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  ctx.request({ as, method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

/** A council member linked to a new person, holding a seat, signed in `sessions` times. */
async function seatedMember(name: string, seatId: string, sessions = 1) {
  const person = await createPerson(ctx, name);
  const email = `member-${randomBytes(5).toString('hex')}@test.example`;
  const userId = await inTransaction(ctx.database.db, async (tx) => {
    const user = await createUser(
      tx,
      { actor: 'test' },
      { email, displayName: name, password: TEST_PASSWORD },
    );
    await grantRole(tx, { actor: 'test' }, { userId: user.id, role: 'council_member', scopeId: council });
    return user.id;
  });
  const linked = await ctx.request({
    method: 'PUT',
    url: `/api/users/${userId}/person`,
    payload: { personId: person.id },
  });
  expect(linked.statusCode, linked.body).toBe(204);
  const mandate = await call(secretariat, 'POST', `/api/bodies/${council}/mandates`, {
    seatId,
    personId: person.id,
    startDate: '2024-01-01',
  });
  expect(mandate.statusCode, mandate.body).toBe(201);
  const cookies: As[] = [];
  for (let index = 0; index < sessions; index += 1) {
    const signedIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: TEST_PASSWORD },
    });
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    cookies.push({ cookie: String(signedIn.headers['set-cookie']).split(';')[0]! });
  }
  return { sessions: cookies, personId: person.id };
}

async function openVote() {
  const motion = await call(secretariat, 'POST', `/api/meetings/${meetingId}/motions`, {
    agendaItemId,
    text: { en: 'Admit Ivry-sur-Seine as a member' },
  });
  expect(motion.statusCode, motion.body).toBe(201);
  const motionId = (motion.data as { motions: Array<{ id: string }> }).motions.at(-1)!.id;
  const vote = await call(secretariat, 'POST', `/api/motions/${motionId}/votes`, { method: 'roll_call' });
  expect(vote.statusCode, vote.body).toBe(201);
  return (vote.data as { id: string }).id;
}

const ballot = (as: As, voteId: string, choice: string) =>
  call(as, 'POST', `/api/votes/${voteId}/ballots`, { choice });

/** What the database holds: the votes stored, by choice, and the counts kept on the vote event. */
async function stored(voteId: string) {
  const [votes] = await selectRows<{ yes: number; no: number; abstain: number; members: number }>(
    ctx.database.db,
    sql`SELECT count(*) FILTER (WHERE choice = 'yes')::int AS yes,
               count(*) FILTER (WHERE choice = 'no')::int AS no,
               count(*) FILTER (WHERE choice = 'abstain')::int AS abstain,
               count(DISTINCT member_id)::int AS members
          FROM votes WHERE vote_event_id = ${voteId}`,
  );
  const [kept] = await selectRows<{ yes: number | null; no: number | null; abstain: number | null }>(
    ctx.database.db,
    sql`SELECT yes, no, abstain FROM vote_events WHERE id = ${voteId}`,
  );
  return { votes: votes!, kept: kept! };
}

beforeAll(async () => {
  ({ council } = await createNetworkWithCouncil(ctx, []));
  const networkId = (
    (await ctx.request({ method: 'GET', url: `/api/organizations/${council}` })).data as { parentId: string }
  ).parentId;
  secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: networkId }]);
  const governance = await call(secretariat, 'PUT', `/api/bodies/${council}/governance`, {
    rules: {
      quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
      ordinaryMajority: 'simple',
      specialMajority: 'two_thirds',
      proxiesAllowed: false,
      maxProxiesPerMember: 0,
    },
    seats: [{ category: 'elected_officials', label: { en: 'Elected officials' }, count: CROWD + 1 }],
  });
  expect(governance.statusCode, governance.body).toBe(200);
  const seatId = (governance.data as { seats: Array<{ id: string }> }).seats[0]!.id;
  const created = await call(secretariat, 'POST', `/api/bodies/${council}/meetings`, {
    title: { en: 'Coordination Council' },
    mode: 'in_person',
    startsAt: '2026-11-01T10:00:00Z',
    timezone: 'Africa/Dakar',
    place: 'Dakar',
  });
  expect(created.statusCode, created.body).toBe(201);
  meetingId = (created.data as { id: string }).id;
  const item = await call(secretariat, 'POST', `/api/meetings/${meetingId}/agenda-items`, {
    title: { en: 'Admission of Ivry-sur-Seine' },
  });
  agendaItemId = (item.data as { agenda: Array<{ id: string }> }).agenda[0]!.id;
  const convened = await call(secretariat, 'POST', `/api/meetings/${meetingId}/transitions`, {
    action: 'convene',
  });
  expect(convened.statusCode, convened.body).toBe(200);
  for (let index = 0; index < CROWD; index += 1) {
    const member = await seatedMember(`Member ${index}`, seatId);
    crowd.push({ as: member.sessions[0]!, personId: member.personId });
  }
  twoSessions = await seatedMember('Member on two devices', seatId, 2);
  for (const personId of [...crowd.map((member) => member.personId), twoSessions.personId]) {
    const present = await call(secretariat, 'PUT', `/api/meetings/${meetingId}/attendance/${personId}`, {
      status: 'present',
    });
    expect(present.statusCode, present.body).toBe(200);
  }
});

describe(`ballots arriving at once (${testEngine()})`, () => {
  it('counts exactly one vote for each of 50 members voting together', async () => {
    const voteId = await openVote();
    const choiceOf = (index: number) => (['yes', 'yes', 'no', 'abstain'] as const)[index % 4]!;
    const answers = await Promise.all(
      crowd.map((member, index) => ballot(member.as, voteId, choiceOf(index))),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(crowd.map(() => 201));
    const expected = { yes: 26, no: 12, abstain: 12 };
    const { votes } = await stored(voteId);
    expect(votes).toEqual({ ...expected, members: CROWD });
    const totals = (await call('public', 'GET', `/api/votes/${voteId}`)).data as {
      result: { yes: number; no: number; abstain: number };
    };
    expect(totals.result).toMatchObject(expected);
    const closed = await call(secretariat, 'POST', `/api/votes/${voteId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await stored(voteId)).kept).toEqual(expected);
  });

  it('takes one ballot of a member voting from two sessions at once, and refuses the others', async () => {
    const voteId = await openVote();
    const attempts = Array.from({ length: 10 }, (_, index) =>
      ballot(twoSessions.sessions[index % 2]!, voteId, index % 2 === 0 ? 'yes' : 'no'),
    );
    const answers = await Promise.all(attempts);
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(9);
    for (const refused of answers.filter((answer) => answer.statusCode === 409)) {
      expect(problemOf(refused).code).toBe('governance.already_voted');
    }
    const { votes } = await stored(voteId);
    expect(votes.members).toBe(1);
    expect(votes.yes + votes.no + votes.abstain).toBe(1);
    // The vote kept is the one whose answer said so.
    const accepted = answers.findIndex((answer) => answer.statusCode === 201);
    expect(votes[accepted % 2 === 0 ? 'yes' : 'no']).toBe(1);
    await call(secretariat, 'POST', `/api/votes/${voteId}/close`);
  });

  it('keeps, when a vote is closed while ballots arrive, exactly the votes stored, and refuses the late ones as closed', async () => {
    const voteId = await openVote();
    const answers: Array<Awaited<ReturnType<typeof call>>> = [];
    let closing: Promise<Awaited<ReturnType<typeof call>>> | undefined;
    let next = 0;
    // A steady stream of ballots, six in flight at any time as members press the button one after
    // another; the secretary closes the vote once a fifth of them have been sent.
    const lane = async () => {
      while (next < CROWD) {
        const index = next;
        next += 1;
        if (index === CROWD / 5) closing = call(secretariat, 'POST', `/api/votes/${voteId}/close`);
        answers.push(await ballot(crowd[index]!.as, voteId, index % 3 === 0 ? 'no' : 'yes'));
      }
    };
    await Promise.all(Array.from({ length: 6 }, lane));
    const closed = await closing!;
    expect(closed.statusCode, closed.body).toBe(200);
    // A ballot sent once the close has answered is refused as closed, whatever else happened.
    const late = await ballot(twoSessions.sessions[0]!, voteId, 'yes');
    const refused = [...answers, late].filter((answer) => answer.statusCode !== 201);
    for (const answer of refused) {
      expect(answer.statusCode, answer.body).toBe(409);
      expect(problemOf(answer).code).toBe('governance.vote_closed');
    }
    const accepted = answers.filter((answer) => answer.statusCode === 201).length;
    expect(accepted + refused.length).toBe(CROWD + 1);
    // The close was taken in turn while ballots still arrived, not starved until they had all landed
    // (as it is when a ballot does not lock the vote: the lock its vote's key takes lets the ballots
    // pass before the close's).
    expect(accepted).toBeLessThan(CROWD);
    const { votes, kept } = await stored(voteId);
    expect(votes.members).toBe(accepted);
    expect(kept).toEqual({ yes: votes.yes, no: votes.no, abstain: votes.abstain });
    const result = (closed.data as { result: { yes: number; no: number; abstain: number } }).result;
    expect({ yes: result.yes, no: result.no, abstain: result.abstain }).toEqual(kept);
  });
});
