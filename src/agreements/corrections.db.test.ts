import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectData, expectProblem } from '../../test/helpers/api-client.ts';
import { type As, setUpTestApp } from '../../test/helpers/app.ts';
import { countRows, createCity, createNetworkWithCouncil } from '../../test/helpers/fixtures.ts';
import { auditLog } from '../audit/tables.ts';
import { latestToday } from './plausibility.ts';

// Dates of signature are checked when recorded, and a signed one is corrected by two people: an
// officer of a party proposes, someone above the parties confirms.

const ctx = setUpTestApp();
const ids = {} as Record<'ivry' | 'mejik' | 'outside' | 'network', string>;
const as = {} as Record<
  'officerIvry' | 'officerMejik' | 'officerOutside' | 'secretariat' | 'otherSecretariat',
  As
>;
/** The first day that is still to come everywhere on Earth. */
let tomorrow = '';

beforeAll(async () => {
  ids.ivry = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  ids.mejik = (await createCity(ctx, 'Mejik', 'EH')).id;
  ids.outside = (await createCity(ctx, 'Agadez', 'NE')).id;
  ids.network = (await createNetworkWithCouncil(ctx, [ids.ivry, ids.mejik])).network;
  const other = (await createNetworkWithCouncil(ctx, [ids.ivry, ids.outside], 'Other club')).network;
  as.officerIvry = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.ivry }]);
  as.officerMejik = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.mejik }]);
  as.officerOutside = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.outside }]);
  as.secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
  as.otherSecretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: other }]);
  const next = new Date(`${latestToday()}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  tomorrow = next.toISOString().slice(0, 10);
});

/** A signed protocol between Ivry and Mejik, its one part signed on `signedOn`, for five years. */
async function signedProtocol(signedOn = '2021-02-15', publishedOn = '2021-03-01') {
  return expectData(
    ctx.api.POST('/api/agreements', {
      body: {
        type: 'friendship_cooperation_protocol',
        title: { fr: 'Protocole d’amitié Ivry–Mejik' },
        parties: [{ organizationId: ids.ivry }, { organizationId: ids.mejik }],
        status: 'signed',
        termMonths: 60,
        parts: [{ signedOn }],
        sources: [
          {
            source: { kind: 'press_article', title: 'Ivry signe avec Mejik', publishedOn, language: 'fr' },
          },
        ],
      },
    }),
    201,
  );
}

describe('dates of signature', () => {
  it('refuses a signature in the future, naming the field, in the reader’s language', async () => {
    const before = await countRows(ctx);
    const problem = await expectProblem(
      ctx.api.POST('/api/agreements', {
        headers: { 'accept-language': 'fr' },
        body: {
          type: 'twinning',
          title: { fr: 'Jumelage' },
          parties: [{ organizationId: ids.ivry }, { organizationId: ids.mejik }],
          status: 'signed',
          parts: [{ signedOn: '2031-02-15' }],
        },
      }),
      422,
    );
    expect(problem.code).toBe('date.signed_in_future');
    expect(problem.field).toBe('/parts/0/signedOn');
    expect(problem.detail).toBe(
      'Une signature ne peut pas être datée dans le futur : le 2031-02-15 n’est pas encore arrivé',
    );
    expect(await countRows(ctx)).toEqual(before);
  });

  it('takes a signature dated today, refuses one dated tomorrow everywhere', async () => {
    await signedProtocol(latestToday(), latestToday());
    const problem = await expectProblem(
      ctx.api.POST('/api/agreements', {
        headers: { 'accept-language': 'ar' },
        body: {
          type: 'twinning',
          title: { fr: 'Jumelage' },
          parties: [{ organizationId: ids.ivry }, { organizationId: ids.mejik }],
          status: 'signed',
          parts: [{ signedOn: tomorrow }],
        },
      }),
      422,
    );
    expect(problem.detail).toContain('لا يمكن أن يكون تاريخ التوقيع في المستقبل');
  });

  it('refuses a part signed before the part recorded ahead of it', async () => {
    const created = await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'twinning',
          title: { fr: 'Jumelage en deux volets' },
          parties: [{ organizationId: ids.ivry }, { organizationId: ids.mejik }],
          status: 'partially_signed',
          parts: [{ signedOn: '2015-06-01' }, { kind: 'further_part' }],
        },
      }),
      201,
    );
    const problem = await expectProblem(
      ctx.api.PATCH('/api/agreements/{id}/parts/{partId}', {
        params: { path: { id: created.id, partId: created.parts[1]!.id } },
        body: { signedOn: '2015-04-01' },
      }),
      422,
    );
    expect(problem.code).toBe('part.signed_before_earlier_part');
    expect(problem.field).toBe('/signedOn');
    const signed = await expectData(
      ctx.api.PATCH('/api/agreements/{id}/parts/{partId}', {
        params: { path: { id: created.id, partId: created.parts[1]!.id } },
        body: { signedOn: '2015-09-12' },
      }),
      200,
    );
    expect(signed.status).toBe('signed');
    expect(signed.warnings).toBeUndefined();
  });

  it('accepts a date far from its source’s, with a warning in the answer', async () => {
    const created = await expectData(
      ctx.api.POST('/api/agreements', {
        headers: { 'accept-language': 'fr' },
        body: {
          type: 'twinning',
          title: { fr: 'Jumelage ancien' },
          parties: [{ organizationId: ids.ivry }, { organizationId: ids.mejik }],
          status: 'signed',
          parts: [{ signedOn: '2012-02-15' }],
          sources: [
            {
              source: {
                kind: 'press_article',
                title: 'Un article',
                publishedOn: '2024-03-10',
                language: 'fr',
              },
            },
          ],
        },
      }),
      201,
    );
    expect(created.warnings).toEqual([
      {
        code: 'date.far_from_source',
        field: '/parts/0/signedOn',
        message:
          'Le volet 1 est daté du 2012-02-15, à plus de deux ans de la publication de sa source (2024-03-10) : vérifiez la date',
      },
    ]);
    // A reading is not a write: it points nothing out.
    const read = await expectData(
      ctx.api.GET('/api/agreements/{id}', { params: { path: { id: created.id } } }),
      200,
    );
    expect(read.warnings).toBeUndefined();
  });
});

describe('a correction of a signed date', () => {
  it('is proposed by an officer, refused to the proposer and to those below, and applied once a secretariat confirms', async () => {
    const agreement = await signedProtocol('2021-02-15');
    expect(agreement).toMatchObject({ startsOn: '2021-02-15', endsOn: '2026-02-15' });
    const partId = agreement.parts[0]!.id;
    const officer = ctx.apiAs(as.officerIvry);
    const propose = (body: { value: string; reason: string }, client = officer) =>
      client.POST('/api/agreements/{id}/corrections', {
        params: { path: { id: agreement.id } },
        body: { partId, field: 'signedOn', ...body },
      });

    // Direct edits of a signed part stay refused: the correction is the way.
    await expectProblem(
      ctx.apiAs(as.officerIvry).PATCH('/api/agreements/{id}/parts/{partId}', {
        params: { path: { id: agreement.id, partId } },
        body: { signedOn: '2020-02-15' },
      }),
      409,
    );
    expect((await expectProblem(propose({ value: '2020-02-15', reason: '   ' }), 422)).field).toBe('/reason');
    expect((await expectProblem(propose({ value: '2020-02-15', reason: '' }), 422)).field).toBe('/reason');
    expect((await expectProblem(propose({ value: tomorrow, reason: 'typo' }), 422)).field).toBe('/value');
    expect((await expectProblem(propose({ value: '2021-02-15', reason: 'same' }), 422)).code).toBe(
      'correction.unchanged',
    );
    await expectProblem(propose({ value: '2020-02-15', reason: 'typo' }, ctx.apiAs(as.officerOutside)), 403);

    const proposed = await expectData(
      propose({ value: '2020-02-15', reason: 'The minutes of the council say 15 February 2020' }),
      201,
    );
    expect(proposed).toMatchObject({
      status: 'proposed',
      fromValue: '2021-02-15',
      toValue: '2020-02-15',
      partNumber: 1,
      actions: { decide: false, withdraw: true },
    });
    // One open proposal per value.
    expect((await expectProblem(propose({ value: '2019-02-15', reason: 'other' }), 409)).code).toBe(
      'correction.pending_exists',
    );

    const decide = (client: ReturnType<typeof ctx.apiAs>, path: '/api/corrections/{id}/confirm') =>
      client.POST(path, { params: { path: { id: proposed.id } }, body: {} });
    expect((await expectProblem(decide(officer, '/api/corrections/{id}/confirm'), 403)).code).toBe(
      'correction.own_proposal',
    );
    expect(
      (await expectProblem(decide(ctx.apiAs(as.officerMejik), '/api/corrections/{id}/confirm'), 403)).code,
    ).toBe('correction.not_a_decider');
    await expectProblem(decide(ctx.apiAs(as.otherSecretariat), '/api/corrections/{id}/confirm'), 403);
    await expectProblem(decide(ctx.apiAs('public'), '/api/corrections/{id}/confirm'), 401);

    // Until it is confirmed, the public reads the recorded value and no correction.
    const publicRead = ctx.apiAs('public');
    expect(
      await expectData(
        publicRead.GET('/api/agreements/{id}/corrections', { params: { path: { id: agreement.id } } }),
        200,
      ),
    ).toEqual([]);
    const seenBySecretariat = await expectData(
      ctx
        .apiAs(as.secretariat)
        .GET('/api/agreements/{id}/corrections', { params: { path: { id: agreement.id } } }),
      200,
    );
    expect(seenBySecretariat.map((each) => each.actions)).toEqual([{ decide: true, withdraw: false }]);

    const confirmed = await expectData(
      ctx.apiAs(as.secretariat).POST('/api/corrections/{id}/confirm', {
        params: { path: { id: proposed.id } },
        body: { note: 'Checked against the minutes' },
      }),
      200,
    );
    expect(confirmed).toMatchObject({ status: 'confirmed', decisionNote: 'Checked against the minutes' });
    expect(confirmed.decidedBy?.id).toBeTruthy();
    expect(confirmed.decidedBy?.id).not.toBe(confirmed.proposedBy?.id);

    const corrected = await expectData(
      publicRead.GET('/api/agreements/{id}', { params: { path: { id: agreement.id } } }),
      200,
    );
    expect(corrected).toMatchObject({ signedOn: '2020-02-15', startsOn: '2020-02-15', endsOn: '2025-02-15' });
    expect(corrected.parts[0]!.signedOn).toBe('2020-02-15');
    expect(corrected.status).toBe('signed');
    const history = await expectData(
      publicRead.GET('/api/agreements/{id}/corrections', { params: { path: { id: agreement.id } } }),
      200,
    );
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      fromValue: '2021-02-15',
      toValue: '2020-02-15',
      reason: 'The minutes of the council say 15 February 2020',
      status: 'confirmed',
      actions: { decide: false, withdraw: false },
    });
    expect(history[0]!.proposedBy?.name).toBeTruthy();

    // Decided once: a second decision is a conflict.
    expect((await expectProblem(decide(ctx.api, '/api/corrections/{id}/confirm'), 409)).code).toBe(
      'correction.transition_not_allowed',
    );

    const audited = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, proposed.id));
    expect(audited.map((entry) => entry.action)).toEqual(['create', 'transition']);
  });

  it('can be rejected, or withdrawn by its proposer only, leaving the date as it was', async () => {
    const agreement = await signedProtocol('2022-05-10', '2022-05-20');
    const partId = agreement.parts[0]!.id;
    const proposeAs = (client: ReturnType<typeof ctx.apiAs>, value: string) =>
      expectData(
        client.POST('/api/agreements/{id}/corrections', {
          params: { path: { id: agreement.id } },
          body: { partId, field: 'signedOn', value, reason: 'Misread' },
        }),
        201,
      );
    const first = await proposeAs(ctx.apiAs(as.officerMejik), '2022-05-01');
    const rejected = await expectData(
      ctx.api.POST('/api/corrections/{id}/reject', {
        params: { path: { id: first.id } },
        body: { note: 'No' },
      }),
      200,
    );
    expect(rejected.status).toBe('rejected');

    const second = await proposeAs(ctx.apiAs(as.officerMejik), '2022-05-02');
    expect(
      (
        await expectProblem(
          ctx.apiAs(as.officerIvry).POST('/api/corrections/{id}/withdraw', {
            params: { path: { id: second.id } },
            body: {},
          }),
          403,
        )
      ).code,
    ).toBe('correction.withdrawn_by_proposer');
    await expectData(
      ctx.apiAs(as.officerMejik).POST('/api/corrections/{id}/withdraw', {
        params: { path: { id: second.id } },
        body: {},
      }),
      200,
    );

    // An admin who proposes does not confirm their own proposal either.
    const third = await proposeAs(ctx.api, '2022-05-03');
    expect(
      (
        await expectProblem(
          ctx.api.POST('/api/corrections/{id}/confirm', { params: { path: { id: third.id } }, body: {} }),
          403,
        )
      ).code,
    ).toBe('correction.own_proposal');

    const read = await expectData(
      ctx.api.GET('/api/agreements/{id}', { params: { path: { id: agreement.id } } }),
      200,
    );
    expect(read.parts[0]!.signedOn).toBe('2022-05-10');
    // The public sees only what was confirmed; those who act for it see every proposal.
    const listed = (client: ReturnType<typeof ctx.apiAs>) =>
      expectData(
        client.GET('/api/agreements/{id}/corrections', { params: { path: { id: agreement.id } } }),
        200,
      );
    expect(await listed(ctx.apiAs('public'))).toEqual([]);
    expect((await listed(ctx.apiAs(as.officerIvry))).map((each) => each.status)).toEqual([
      'rejected',
      'withdrawn',
      'proposed',
    ]);
  });

  it('refuses a correction of a part not signed, or of an agreement one does not act for', async () => {
    const created = await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'twinning',
          title: { fr: 'Projet' },
          parties: [{ organizationId: ids.ivry }, { organizationId: ids.mejik }],
        },
      }),
      201,
    );
    const body = {
      partId: created.parts[0]!.id,
      field: 'signedOn' as const,
      value: '2020-01-01',
      reason: 'x',
    };
    expect(
      (
        await expectProblem(
          ctx.api.POST('/api/agreements/{id}/corrections', { params: { path: { id: created.id } }, body }),
          409,
        )
      ).code,
    ).toBe('correction.part_not_signed');
    await expectProblem(
      ctx.apiAs(as.officerOutside).POST('/api/agreements/{id}/corrections', {
        params: { path: { id: created.id } },
        body,
      }),
      403,
    );
  });
});
