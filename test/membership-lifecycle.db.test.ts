import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../src/db/client.ts';
import { type As, setUpTestApp } from './helpers/app.ts';
import { countRows, createCity, createNetworkWithCouncil, createPerson } from './helpers/fixtures.ts';

const ctx = setUpTestApp();

interface MembershipView {
  id: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  fee: { amountMinor: number; currency: string; period: string } | null;
  allowedActions: string[];
}
interface MembershipDetailView extends MembershipView {
  history: Array<{
    action: string;
    fromStatus: string | null;
    toStatus: string;
    decisionId: string | null;
    meetingId: string | null;
    reason: string | null;
    effectiveOn: string;
  }>;
  dues: Array<{ period: string; amountMinor: number; currency: string; paidOn: string | null }> | null;
}
interface Problem {
  status: number;
  code: string;
  field?: string;
}

const ids = {} as Record<'a' | 'b' | 'c' | 'd' | 'network' | 'council', string>;
const as = {} as Record<'officerA' | 'officerB' | 'officerC' | 'officerD' | 'secretariat', As>;

const call = async (
  who: As,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) => ctx.request({ as: who, method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

/** Sends a write and expects it to succeed with `status`, returning its answer. */
async function ok<T>(
  who: As,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  status = 200,
): Promise<T> {
  const response = await call(who, method, url, payload);
  expect(response.statusCode, response.body).toBe(status);
  return response.data as T;
}

/** Sends a write expected to be refused with `status`, and checks it left every table as it was. */
async function refused(
  who: As,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload: unknown,
  status: number,
): Promise<Problem> {
  const before = await tableCounts();
  const response = await call(who, method, url, payload);
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(await tableCounts()).toEqual(before);
  return JSON.parse(response.body) as Problem;
}

async function tableCounts() {
  const [row] = await selectRows<Record<string, string>>(
    ctx.database.db,
    sql`SELECT
      (SELECT count(*) FROM memberships) AS memberships,
      (SELECT count(*) FROM membership_transitions) AS steps,
      (SELECT count(*) FROM membership_dues) AS dues,
      (SELECT count(*) FROM membership_dues WHERE paid_on IS NOT NULL) AS paid,
      (SELECT count(*) FROM decisions) AS decisions,
      (SELECT count(*) FROM network_rules) AS rules,
      (SELECT string_agg(status, ',' ORDER BY id) FROM memberships) AS statuses`,
  );
  return { ...(await countRows(ctx)), ...row };
}

async function apply(officer: As, member: string, extra: Record<string, unknown> = {}) {
  const applied = await ok<MembershipView>(
    officer,
    'POST',
    '/api/memberships',
    { organizationId: ids.network, memberOrganizationId: member, role: 'member', ...extra },
    201,
  );
  expect(applied.status).toBe('applied');
  return applied;
}

beforeAll(async () => {
  ids.a = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.b = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  ids.c = (await createCity(ctx, 'Tombouctou', 'ML')).id;
  ids.d = (await createCity(ctx, 'Banjul', 'GM')).id;
  Object.assign(ids, await createNetworkWithCouncil(ctx, []));
  as.officerA = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.a }]);
  as.officerB = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.b }]);
  as.officerC = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.c }]);
  as.officerD = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.d }]);
  as.secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
});

describe('a member’s lifecycle, where the secretariat admits', () => {
  it('admits, suspends with a reason, reinstates and lets the member leave, keeping each step', async () => {
    const membership = await apply(as.officerA, ids.a);
    const url = `/api/memberships/${membership.id}/transitions`;
    // Only the network's side admits.
    expect((await refused(as.officerA, 'POST', url, { action: 'accept' }, 403)).status).toBe(403);
    const admitted = await ok<MembershipView>(as.secretariat, 'POST', url, {
      action: 'accept',
      effectiveOn: '2026-01-10',
    });
    expect(admitted).toMatchObject({ status: 'active', startDate: '2026-01-10' });
    expect(admitted.allowedActions).toEqual(expect.arrayContaining(['suspend', 'exclude']));
    expect(admitted.allowedActions).not.toContain('leave');

    // A suspension says why, and is the network's to decide; a failed step leaves no trace.
    const noReason = await refused(as.secretariat, 'POST', url, { action: 'suspend' }, 422);
    expect(noReason).toMatchObject({ code: 'membership.reason_required', field: '/reason' });
    await refused(as.officerA, 'POST', url, { action: 'suspend', reason: 'Self-suspension' }, 403);
    await refused(as.secretariat, 'POST', url, { action: 'reinstate' }, 409);
    const suspended = await ok<MembershipView>(as.secretariat, 'POST', url, {
      action: 'suspend',
      reason: 'Dues unpaid for three years',
    });
    expect(suspended.status).toBe('suspended');
    const seenByMember = await ok<MembershipView[]>(
      as.officerA,
      'GET',
      `/api/memberships?memberOrganization=${ids.a}`,
    );
    expect(seenByMember.find((row) => row.id === membership.id)?.allowedActions.sort()).toEqual([
      'addCitation',
      'leave',
    ]);
    expect((await ok<MembershipView>(as.secretariat, 'POST', url, { action: 'reinstate' })).status).toBe(
      'active',
    );

    // Leaving takes effect the day it is said, not one still to come.
    const early = await refused(
      as.officerA,
      'POST',
      url,
      { action: 'leave', effectiveOn: '2999-01-01' },
      422,
    );
    expect(early.field).toBe('/effectiveOn');
    const left = await ok<MembershipView>(as.officerA, 'POST', url, {
      action: 'leave',
      effectiveOn: '2026-06-30',
    });
    expect(left).toMatchObject({ status: 'left', endDate: '2026-06-30' });
    await refused(as.secretariat, 'POST', url, { action: 'reinstate' }, 409);
    await refused(as.secretariat, 'POST', url, { action: 'exclude', reason: 'Too late' }, 409);

    const detail = await ok<MembershipDetailView>(as.officerA, 'GET', `/api/memberships/${membership.id}`);
    expect(detail.history.map((row) => [row.action, row.fromStatus, row.toStatus])).toEqual([
      ['create', null, 'applied'],
      ['accept', 'applied', 'active'],
      ['suspend', 'active', 'suspended'],
      ['reinstate', 'suspended', 'active'],
      ['leave', 'active', 'left'],
    ]);
    expect(detail.history[2]!.reason).toBe('Dues unpaid for three years');
    expect(detail.history[4]!.effectiveOn).toBe('2026-06-30');
    // The public reads the steps, not the reasons nor the dues.
    const publicDetail = await ok<MembershipDetailView>('public', 'GET', `/api/memberships/${membership.id}`);
    expect(publicDetail.history.map((row) => row.reason)).toEqual([null, null, null, null, null]);
    expect(publicDetail.dues).toBeNull();
    expect(publicDetail.allowedActions).toEqual([]);
  });

  it('lets the network exclude a suspended member, and keeps a person’s post to accepting and ending', async () => {
    const membership = await apply(as.officerD, ids.d);
    const url = `/api/memberships/${membership.id}/transitions`;
    await ok(as.secretariat, 'POST', url, { action: 'accept' });
    await ok(as.secretariat, 'POST', url, { action: 'suspend', reason: 'Charter breached' });
    const excluded = await ok<MembershipView>(as.secretariat, 'POST', url, {
      action: 'exclude',
      reason: 'Charter breached again',
    });
    expect(excluded.status).toBe('excluded');
    expect(excluded.endDate).not.toBeNull();
    await refused(as.officerD, 'POST', url, { action: 'leave' }, 409);

    const person = (await createPerson(ctx, 'Moulay Hamdi Ould Errachid')).id;
    const post = await ok<MembershipView>(
      'admin',
      'POST',
      '/api/memberships',
      { organizationId: ids.a, personId: person, role: 'mayor' },
      201,
    );
    expect(post.allowedActions).toContain('end');
    expect(post.allowedActions).not.toContain('suspend');
    await refused(
      'admin',
      'POST',
      `/api/memberships/${post.id}/transitions`,
      { action: 'suspend', reason: 'x' },
      409,
    );
  });

  it('gives an individual expert in the network a member’s steps: admitted, suspended, reinstated, excluded', async () => {
    const expert = (await createPerson(ctx, 'Mohamed Salem Ould Salek')).id;
    const applied = await ok<MembershipView>(
      as.secretariat,
      'POST',
      '/api/memberships',
      { organizationId: ids.network, personId: expert, role: 'expert' },
      201,
    );
    // Recorded by the network's side alone: the expert is invited, and is a member once they accept.
    expect(applied.status).toBe('invited');
    const url = `/api/memberships/${applied.id}/transitions`;
    const accepted = await ok<MembershipView>('admin', 'POST', url, { action: 'accept' });
    expect(accepted.status).toBe('active');
    const suspended = await ok<MembershipView>(as.secretariat, 'POST', url, {
      action: 'suspend',
      reason: 'Mandate under review',
    });
    expect(suspended.status).toBe('suspended');
    expect(suspended.allowedActions).toEqual(expect.arrayContaining(['reinstate', 'exclude']));
    await ok(as.secretariat, 'POST', url, { action: 'reinstate' });
    const excluded = await ok<MembershipView>(as.secretariat, 'POST', url, {
      action: 'exclude',
      reason: 'No longer an expert of the network',
    });
    expect(excluded.status).toBe('excluded');
    const detail = await ok<MembershipDetailView>(as.secretariat, 'GET', `/api/memberships/${applied.id}`);
    expect(detail.history.map((step) => step.action)).toEqual([
      'create',
      'accept',
      'suspend',
      'reinstate',
      'exclude',
    ]);
  });
});

describe('a network whose council admits by resolution', () => {
  const members: Array<{ as: As; personId: string }> = [];
  let meetingId = '';
  let agendaItemId = '';

  async function adoptedVote(adopt: boolean) {
    const motion = await ok<{ motions: Array<{ id: string }> }>(
      as.secretariat,
      'POST',
      `/api/meetings/${meetingId}/motions`,
      { agendaItemId, text: { en: 'Admit the applicant as a member' } },
      201,
    );
    const vote = await ok<{ id: string }>(
      as.secretariat,
      'POST',
      `/api/motions/${motion.motions.at(-1)!.id}/votes`,
      { method: 'roll_call' },
      201,
    );
    for (const member of members) {
      await ok(member.as, 'POST', `/api/votes/${vote.id}/ballots`, { choice: adopt ? 'yes' : 'no' }, 201);
    }
    const closed = await ok<{ result: { outcome: string } }>(
      as.secretariat,
      'POST',
      `/api/votes/${vote.id}/close`,
    );
    expect(closed.result.outcome).toBe(adopt ? 'adopted' : 'rejected');
    return vote.id;
  }

  beforeAll(async () => {
    await ok(as.secretariat, 'PUT', `/api/bodies/${ids.council}/governance`, {
      rules: {
        quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
        ordinaryMajority: 'simple',
        specialMajority: 'two_thirds',
        proxiesAllowed: false,
        maxProxiesPerMember: 0,
      },
      seats: [{ category: 'elected_officials', label: { en: 'Elected officials' }, count: 2 }],
    });
    const governance = await ok<{ seats: Array<{ id: string }> }>(
      'public',
      'GET',
      `/api/bodies/${ids.council}/governance`,
    );
    for (const name of ['Fatimetou Mint Ahmed', 'Mamadou Diallo']) {
      const person = await createPerson(ctx, name);
      const account = await ctx.signInAs([{ role: 'council_member', scopeId: ids.council }]);
      const me = await ok<{ user: { id: string } }>(account, 'GET', '/api/auth/me');
      await ok('admin', 'PUT', `/api/users/${me.user.id}/person`, { personId: person.id }, 204);
      await ok(
        as.secretariat,
        'POST',
        `/api/bodies/${ids.council}/mandates`,
        { seatId: governance.seats[0]!.id, personId: person.id, startDate: '2024-01-01' },
        201,
      );
      members.push({ as: account, personId: person.id });
    }
    const meeting = await ok<{ id: string }>(
      as.secretariat,
      'POST',
      `/api/bodies/${ids.council}/meetings`,
      {
        title: { en: 'Coordination Council', ar: 'مجلس التنسيق' },
        mode: 'in_person',
        startsAt: '2026-03-01T10:00:00Z',
        timezone: 'Africa/Casablanca',
        place: 'Smara',
      },
      201,
    );
    meetingId = meeting.id;
    const item = await ok<{ agenda: Array<{ id: string }> }>(
      as.secretariat,
      'POST',
      `/api/meetings/${meetingId}/agenda-items`,
      { title: { en: 'Admissions' } },
      201,
    );
    agendaItemId = item.agenda[0]!.id;
    await ok(as.secretariat, 'POST', `/api/meetings/${meetingId}/transitions`, { action: 'convene' });
    for (const member of members) {
      await ok(as.secretariat, 'PUT', `/api/meetings/${meetingId}/attendance/${member.personId}`, {
        status: 'present',
      });
    }
  });

  it('keeps the rules for the secretariat to read and change, naming a body of the network only', async () => {
    const url = `/api/networks/${ids.network}/rules`;
    expect(await ok(as.secretariat, 'GET', url)).toMatchObject({ admissionBy: 'secretariat', version: 0 });
    expect((await call('public', 'GET', url)).statusCode).toBe(401);
    expect((await call(as.officerA, 'GET', url)).statusCode).toBe(403);
    await refused(as.officerA, 'PUT', url, { admissionBy: 'body', admissionBodyId: ids.council }, 403);
    const missing = await refused(as.secretariat, 'PUT', url, { admissionBy: 'body' }, 422);
    expect(missing.field).toBe('/admissionBodyId');
    const foreign = await refused(
      as.secretariat,
      'PUT',
      url,
      { admissionBy: 'body', admissionBodyId: ids.a },
      422,
    );
    expect(foreign).toMatchObject({ code: 'network_rules.body_not_of_network', field: '/admissionBodyId' });
    expect(
      await ok(as.secretariat, 'PUT', url, { admissionBy: 'body', admissionBodyId: ids.council }),
    ).toMatchObject({ admissionBy: 'body', admissionBodyId: ids.council, version: 1 });
  });

  it('admits a member only by the council’s adopted decision, which carries itself out', async () => {
    const membership = await apply(as.officerB, ids.b, {
      fee: { amountMinor: 150000, currency: 'EUR', period: 'yearly' },
    });
    const url = `/api/memberships/${membership.id}/transitions`;
    // The secretariat cannot admit on its own word: a decision of the council is needed.
    const alone = await refused(as.secretariat, 'POST', url, { action: 'accept' }, 422);
    expect(alone).toMatchObject({ code: 'membership.decision_required', field: '/decisionId' });
    const unknown = await refused(
      as.secretariat,
      'POST',
      url,
      { action: 'accept', decisionId: '00000000-0000-4000-8000-000000000000' },
      422,
    );
    expect(unknown.field).toBe('/decisionId');
    // The advertised actions still offer it: the rights allow it, the decision is what is missing.
    expect(
      (await ok<MembershipDetailView>(as.secretariat, 'GET', `/api/memberships/${membership.id}`))
        .allowedActions,
    ).toContain('accept');

    // A decision on a rejected motion acts on nothing.
    const rejected = await adoptedVote(false);
    const onRejected = await refused(
      as.secretariat,
      'POST',
      `/api/meetings/${meetingId}/decisions`,
      {
        text: { en: 'Ivry-sur-Seine is admitted' },
        voteEventId: rejected,
        entityType: 'membership',
        entityId: membership.id,
        effect: 'admit_member',
      },
      409,
    );
    expect(onRejected.field).toBe('/voteEventId');
    // A decision naming a record that does not exist is refused.
    const nowhere = await refused(
      as.secretariat,
      'POST',
      `/api/meetings/${meetingId}/decisions`,
      {
        text: { en: 'Nobody is admitted' },
        entityType: 'membership',
        entityId: '00000000-0000-4000-8000-000000000000',
      },
      422,
    );
    expect(nowhere).toMatchObject({ code: 'governance.entity_not_found', field: '/entityId' });
    const wrongKind = await refused(
      as.secretariat,
      'POST',
      `/api/meetings/${meetingId}/decisions`,
      {
        text: { en: 'Smara is admitted' },
        entityType: 'organization',
        entityId: ids.a,
        effect: 'admit_member',
      },
      422,
    );
    expect(wrongKind.field).toBe('/entityType');

    const adopted = await adoptedVote(true);
    const meeting = await ok<{
      decisions: Array<{
        id: string;
        effect: string | null;
        appliedAt: string | null;
        entityId: string | null;
      }>;
    }>(
      as.secretariat,
      'POST',
      `/api/meetings/${meetingId}/decisions`,
      {
        text: { en: 'Ivry-sur-Seine is admitted as a member of the Club' },
        voteEventId: adopted,
        entityType: 'membership',
        entityId: membership.id,
        effect: 'admit_member',
      },
      201,
    );
    const decision = meeting.decisions.find((row) => row.entityId === membership.id)!;
    expect(decision.effect).toBe('admit_member');
    expect(decision.appliedAt).not.toBeNull();
    const detail = await ok<MembershipDetailView>('public', 'GET', `/api/memberships/${membership.id}`);
    expect(detail.status).toBe('active');
    expect(detail.fee).toEqual({ amountMinor: 150000, currency: 'EUR', period: 'yearly' });
    expect(detail.history.at(-1)).toMatchObject({
      action: 'accept',
      decisionId: decision.id,
      meetingId,
    });
    // The network's members now list Ivry.
    const network = await ok<{ members: Array<{ organization: { id: string } | null }> }>(
      'public',
      'GET',
      `/api/networks/${ids.network}`,
    );
    expect(network.members.map((member) => member.organization?.id)).toContain(ids.b);

    // Suspending needs a decision too, and one that suspends: the admission does not.
    const noDecision = await refused(as.secretariat, 'POST', url, { action: 'suspend', reason: 'Dues' }, 422);
    expect(noDecision.field).toBe('/decisionId');
    const otherEffect = await refused(
      as.secretariat,
      'POST',
      url,
      { action: 'suspend', reason: 'Dues', decisionId: decision.id },
      422,
    );
    expect(otherEffect).toMatchObject({ code: 'membership.decision_other_effect', field: '/decisionId' });
    // The member leaves on its own word, whatever the rules.
    expect((await ok<MembershipView>(as.officerB, 'POST', url, { action: 'leave' })).status).toBe('left');
  });

  it('carries out a suspension the council decided without a vote, citing the decision', async () => {
    const membership = await apply(as.officerC, ids.c);
    const admit = await ok<{
      decisions: Array<{ id: string; entityId: string | null; appliedAt: string | null }>;
    }>(
      as.secretariat,
      'POST',
      `/api/meetings/${meetingId}/decisions`,
      {
        text: { fr: 'Tombouctou est admise' },
        entityType: 'membership',
        entityId: membership.id,
        effect: 'admit_member',
      },
      201,
    );
    expect(admit.decisions.find((row) => row.entityId === membership.id)?.appliedAt).not.toBeNull();
    const suspended = await ok<{ decisions: Array<{ effect: string | null; appliedAt: string | null }> }>(
      as.secretariat,
      'POST',
      `/api/meetings/${meetingId}/decisions`,
      {
        text: { en: 'Timbuktu is suspended for unpaid dues' },
        entityType: 'membership',
        entityId: membership.id,
        effect: 'suspend_member',
      },
      201,
    );
    expect(suspended.decisions.at(-1)).toMatchObject({ effect: 'suspend_member' });
    const detail = await ok<MembershipDetailView>(as.officerC, 'GET', `/api/memberships/${membership.id}`);
    expect(detail.status).toBe('suspended');
    expect(detail.history.at(-1)).toMatchObject({
      action: 'suspend',
      reason: 'Timbuktu is suspended for unpaid dues',
      meetingId,
    });
    // A decision carried out once is not cited again.
    const again = await refused(
      as.secretariat,
      'POST',
      `/api/memberships/${membership.id}/transitions`,
      { action: 'reinstate', decisionId: detail.history.at(-1)!.decisionId },
      422,
    );
    expect(again.field).toBe('/decisionId');
    // Back to the secretariat's word: no decision is needed.
    await ok(as.secretariat, 'PUT', `/api/networks/${ids.network}/rules`, { admissionBy: 'secretariat' });
    expect(
      (
        await ok<MembershipView>(as.secretariat, 'POST', `/api/memberships/${membership.id}/transitions`, {
          action: 'reinstate',
        })
      ).status,
    ).toBe('active');
  });
});

describe('fees and dues', () => {
  let membershipId = '';
  let officer: As = 'public';
  beforeAll(async () => {
    const member = (await createCity(ctx, 'Dakhla', 'EH')).id;
    const membership = await ok<MembershipView>(
      'admin',
      'POST',
      '/api/memberships',
      { organizationId: ids.network, memberOrganizationId: member, role: 'member' },
      201,
    );
    membershipId = membership.id;
    officer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: member }]);
  });

  it('refuses a fee that is not a whole amount in an ISO 4217 currency, naming the field', async () => {
    const create = (fee: unknown) =>
      refused(
        as.officerC,
        'POST',
        '/api/memberships',
        { organizationId: ids.network, memberOrganizationId: ids.c, role: 'member', fee },
        422,
      );
    expect((await create({ amountMinor: 1000, currency: 'XYZ', period: 'yearly' })).field).toBe(
      '/fee/currency',
    );
    expect((await create({ amountMinor: 1000, currency: 'eur', period: 'yearly' })).field).toBe(
      '/fee/currency',
    );
    expect((await create({ amountMinor: -1, currency: 'EUR', period: 'yearly' })).field).toBe(
      '/fee/amountMinor',
    );
    expect((await create({ amountMinor: 10.5, currency: 'EUR', period: 'yearly' })).field).toBe(
      '/fee/amountMinor',
    );
    expect((await create({ amountMinor: 1000, currency: 'EUR', period: 'weekly' })).field).toBe(
      '/fee/period',
    );
    expect((await create({ amountMinor: 1000, currency: 'EUR' })).field).toBe('/fee/period');
  });

  it('lets the network’s side set the fee and keep the dues, and the member read them', async () => {
    const url = `/api/memberships/${membershipId}`;
    // Without a fee, dues say their amount and currency.
    const noAmount = await refused(as.secretariat, 'POST', `${url}/dues`, { period: '2026' }, 422);
    expect(noAmount.field).toBe('/amountMinor');
    await refused(officer, 'PATCH', url, { fee: { amountMinor: 1, currency: 'EUR', period: 'yearly' } }, 403);
    const withFee = await ok<MembershipView>(as.secretariat, 'PATCH', url, {
      fee: { amountMinor: 120000, currency: 'MAD', period: 'quarterly' },
    });
    expect(withFee.fee).toEqual({ amountMinor: 120000, currency: 'MAD', period: 'quarterly' });

    const wrongPeriod = await refused(as.secretariat, 'POST', `${url}/dues`, { period: '2026' }, 422);
    expect(wrongPeriod).toMatchObject({ code: 'dues.period_invalid', field: '/period' });
    expect((await refused(as.secretariat, 'POST', `${url}/dues`, { period: '2026-13' }, 422)).field).toBe(
      '/period',
    );
    expect(
      (await refused(as.secretariat, 'POST', `${url}/dues`, { period: '2026-Q1', currency: 'ABC' }, 422))
        .field,
    ).toBe('/currency');
    await refused(officer, 'POST', `${url}/dues`, { period: '2026-Q1' }, 403);
    const dues = await ok<MembershipDetailView>(
      as.secretariat,
      'POST',
      `${url}/dues`,
      { period: '2026-Q1' },
      201,
    );
    expect(dues.dues).toEqual([{ period: '2026-Q1', amountMinor: 120000, currency: 'MAD', paidOn: null }]);
    await ok(as.secretariat, 'POST', `${url}/dues`, { period: '2026-Q2', amountMinor: 60000 }, 201);
    expect((await refused(as.secretariat, 'POST', `${url}/dues`, { period: '2026-Q1' }, 409)).field).toBe(
      '/period',
    );

    const pay = `${url}/dues/2026-Q1/payment`;
    expect((await refused(as.secretariat, 'POST', pay, { paidOn: '2999-01-01' }, 422)).field).toBe('/paidOn');
    expect((await refused(as.secretariat, 'POST', pay, { paidOn: '2026-02-30' }, 422)).field).toBe('/paidOn');
    await refused(officer, 'POST', pay, { paidOn: '2026-01-15' }, 403);
    await refused(as.secretariat, 'POST', `${url}/dues/2027-Q1/payment`, { paidOn: '2026-01-15' }, 404);
    const paid = await ok<MembershipDetailView>(as.secretariat, 'POST', pay, { paidOn: '2026-01-15' });
    expect(paid.dues?.map((row) => [row.period, row.paidOn])).toEqual([
      ['2026-Q1', '2026-01-15'],
      ['2026-Q2', null],
    ]);
    await refused(as.secretariat, 'POST', pay, { paidOn: '2026-01-16' }, 409);
    // A payment recorded by mistake is taken back.
    await refused(officer, 'DELETE', pay, undefined, 403);
    const unpaid = await ok<MembershipDetailView>(as.secretariat, 'DELETE', pay);
    expect(unpaid.dues?.[0]?.paidOn).toBeNull();
    await refused(as.secretariat, 'DELETE', pay, undefined, 409);

    // The member's officers read the dues; others do not.
    const read = await ok<MembershipDetailView>(officer, 'GET', url);
    expect(read.dues?.map((row) => row.amountMinor)).toEqual([120000, 60000]);
    expect((await ok<MembershipDetailView>(as.officerB, 'GET', url)).dues).toBeNull();
    // The fee can be removed.
    expect((await ok<MembershipView>(as.secretariat, 'PATCH', url, { fee: null })).fee).toBeNull();
  });
});
