import { beforeAll, describe, expect, it } from 'vitest';
import { answerOf, expectData, expectProblem } from '../../test/helpers/api-client.ts';
import { type As, setUpTestApp } from '../../test/helpers/app.ts';
import { countRows, createCity, MINIMAL_PDF, multipartBody } from '../../test/helpers/fixtures.ts';

// Withdrawing a document or a citation of an agreement, and the workspace's list of agreements
// with what each still needs.

const ctx = setUpTestApp();
const ids = {} as Record<'ivry' | 'mejik' | 'smara', string>;
const officers = {} as Record<'ivry' | 'smara', As>;

beforeAll(async () => {
  ids.ivry = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  ids.mejik = (await createCity(ctx, 'Mejik', 'EH')).id;
  ids.smara = (await createCity(ctx, 'Smara', 'EH')).id;
  officers.ivry = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.ivry }]);
  officers.smara = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.smara }]);
});

async function agreementOf(parties: string[], title: string) {
  return expectData(
    ctx.api.POST('/api/agreements', {
      body: {
        type: 'friendship_cooperation_protocol',
        title: { fr: title },
        parties: parties.map((organizationId) => ({ organizationId })),
      },
    }),
    201,
  );
}

async function withSourceAndDocument(title: string) {
  const agreement = await agreementOf([ids.ivry, ids.mejik], title);
  const cited = await expectData(
    ctx.api.POST('/api/agreements/{id}/sources', {
      params: { path: { id: agreement.id } },
      body: { source: { kind: 'press_article', title: 'Le Travailleur', language: 'fr' }, quote: 'signé' },
    }),
    201,
  );
  const upload = await ctx.request({
    method: 'POST',
    url: `/api/agreements/${agreement.id}/documents`,
    ...multipartBody({ language: 'fr' }, { name: 'protocole.pdf', content: MINIMAL_PDF }),
  });
  const document = answerOf(upload, { path: '/api/agreements/{id}/documents', method: 'post', status: 201 });
  return { agreement, citationId: cited.id, documentId: document.id };
}

const readAs = (as: As, id: string) =>
  expectData(ctx.apiAs(as).GET('/api/agreements/{id}', { params: { path: { id } } }), 200);

describe('withdrawing a citation or a document', () => {
  it('keeps a withdrawn citation, with who, when and why, for the editors, and takes it off public pages', async () => {
    const { agreement, citationId } = await withSourceAndDocument('Protocole Ivry – Mejik');
    const answer = await expectData(
      ctx.apiAs(officers.ivry).POST('/api/agreements/{id}/sources/{citationId}/withdrawal', {
        params: { path: { id: agreement.id, citationId } },
        body: { reason: 'L’article parle d’un autre accord' },
      }),
      200,
    );
    expect(answer.sources[0]?.withdrawal).toMatchObject({ reason: 'L’article parle d’un autre accord' });
    expect(answer.sources[0]?.withdrawal?.by).toBeTruthy();
    expect(answer.version).toBeGreaterThan(agreement.version);
    expect((await readAs(officers.ivry, agreement.id)).sources).toHaveLength(1);
    expect((await readAs('public', agreement.id)).sources).toEqual([]);
    const trail = await ctx.request({ method: 'GET', url: `/api/audit?entity=citation&id=${citationId}` });
    expect(trail.body).toContain('L’article parle d’un autre accord');
  });

  it('withdraws a document once; the public neither sees nor downloads it', async () => {
    const { agreement, documentId } = await withSourceAndDocument('Convention Ivry – Mejik');
    const withdraw = (reason: string, as: As = officers.ivry) =>
      ctx.apiAs(as).POST('/api/agreements/{id}/documents/{documentId}/withdrawal', {
        params: { path: { id: agreement.id, documentId } },
        body: { reason },
      });
    const answer = await expectData(withdraw('Brouillon non signé'), 200);
    expect(answer.documents[0]?.withdrawal?.reason).toBe('Brouillon non signé');
    expect((await readAs('public', agreement.id)).documents).toEqual([]);
    const download = await ctx.request({
      method: 'GET',
      url: `/api/agreements/${agreement.id}/documents/${documentId}`,
      as: 'public',
    });
    expect(download.statusCode).toBe(404);
    const before = await countRows(ctx);
    expect((await expectProblem(withdraw('Encore'), 409)).code).toBe('withdrawal.already_withdrawn');
    expect(await countRows(ctx)).toEqual(before);
  });

  it('keeps what was withdrawn from readers who do not act for the agreement, and out of the open export', async () => {
    const { agreement, citationId, documentId } = await withSourceAndDocument('Charte Ivry – Mejik');
    const reason = 'Retiré pour le test de l’export';
    for (const path of [
      `/api/agreements/${agreement.id}/sources/${citationId}/withdrawal`,
      `/api/agreements/${agreement.id}/documents/${documentId}/withdrawal`,
    ]) {
      const withdrawn = await ctx.request({
        method: 'POST',
        url: path,
        payload: { reason },
        as: officers.ivry,
      });
      expect(withdrawn.statusCode, path).toBe(200);
    }
    // Signed in, but for another city: reads the agreement as the public does.
    const stranger = await readAs(officers.smara, agreement.id);
    expect(stranger.sources).toEqual([]);
    expect(stranger.documents).toEqual([]);
    const download = await ctx.request({
      method: 'GET',
      url: `/api/agreements/${agreement.id}/documents/${documentId}`,
      as: officers.smara,
    });
    expect(download.statusCode).toBe(404);
    const own = await ctx.request({
      method: 'GET',
      url: `/api/agreements/${agreement.id}/documents/${documentId}`,
      as: officers.ivry,
    });
    expect(own.statusCode).toBe(200);
    const exported = await ctx.request({ method: 'GET', url: '/api/export', as: 'public' });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain(agreement.id);
    expect(exported.body).not.toContain(citationId);
    expect(exported.body).not.toContain(documentId);
    expect(exported.body).not.toContain(reason);
  });

  it('opens no source to the public through a withdrawn citation', async () => {
    const { agreement, citationId } = await withSourceAndDocument('Pacte Ivry – Mejik');
    const cited = await readAs(officers.ivry, agreement.id);
    const sourceId = cited.sources[0]!.source.id;
    const closed = await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'friendship_cooperation_protocol',
          title: { fr: 'Accord réservé Ivry – Mejik' },
          parties: [{ organizationId: ids.ivry }, { organizationId: ids.mejik }],
          visibility: 'restricted',
        },
      }),
      201,
    );
    await expectData(
      ctx.api.POST('/api/agreements/{id}/sources', {
        params: { path: { id: closed.id } },
        body: { sourceId, quote: 'réservé' },
      }),
      201,
    );
    const seen = async () =>
      (await ctx.request({ method: 'GET', url: '/api/sources?limit=100', as: 'public' }))
        .json()
        .items.map((source: { id: string }) => source.id);
    expect(await seen()).toContain(sourceId);
    const withdrawn = await ctx.request({
      method: 'POST',
      url: `/api/agreements/${agreement.id}/sources/${citationId}/withdrawal`,
      payload: { reason: 'L’article ne parle pas de cet accord' },
      as: officers.ivry,
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(await seen()).not.toContain(sourceId);
  });

  it('refuses a withdrawal without a reason, or by someone who does not act for a party, writing nothing', async () => {
    const { agreement, citationId, documentId } = await withSourceAndDocument('Accord Ivry – Mejik');
    const elsewhere = await agreementOf([ids.smara, ids.mejik], 'Smara – Mejik');
    const before = await countRows(ctx);
    const blank = await expectProblem(
      ctx.apiAs(officers.ivry).POST('/api/agreements/{id}/sources/{citationId}/withdrawal', {
        params: { path: { id: agreement.id, citationId } },
        body: { reason: '   ' },
      }),
      422,
    );
    expect(blank.field ?? blank.errors?.[0]?.field).toBe('/reason');
    const missing = await ctx.request({
      method: 'POST',
      url: `/api/agreements/${agreement.id}/documents/${documentId}/withdrawal`,
      payload: {},
      as: officers.ivry,
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('/reason');
    const stranger = await ctx
      .apiAs(officers.smara)
      .POST('/api/agreements/{id}/documents/{documentId}/withdrawal', {
        params: { path: { id: agreement.id, documentId } },
        body: { reason: 'Pas le nôtre' },
      });
    expect(stranger.response.status).toBe(403);
    const wrongRecord = await ctx
      .apiAs('admin')
      .POST('/api/agreements/{id}/sources/{citationId}/withdrawal', {
        params: { path: { id: elsewhere.id, citationId } },
        body: { reason: 'Une citation d’un autre accord' },
      });
    expect(wrongRecord.response.status).toBe(404);
    expect(await countRows(ctx)).toEqual(before);
  });
});

describe('the workspace’s agreements', () => {
  it('lists the agreements of the officer’s organizations with what each needs, and no one else’s', async () => {
    const draft = await agreementOf([ids.ivry, ids.mejik], 'Projet Ivry – Mejik');
    const complete = await withSourceAndDocument('Jumelage Ivry – Mejik');
    const smaras = await agreementOf([ids.smara, ids.mejik], 'Smara – Mejik, à part');
    const mine = await expectData(ctx.apiAs(officers.ivry).GET('/api/workspace/agreements'), 200);
    const byId = new Map(mine.items.map((item) => [item.id, item]));
    expect(byId.get(draft.id)?.toDos).toEqual(['draft', 'no_source']);
    expect(byId.get(draft.id)?.facts).toEqual({ parts: 1, unsignedParts: 1, documents: 0, sources: 0 });
    expect(byId.get(complete.agreement.id)?.toDos).toEqual(['draft']);
    expect(byId.has(smaras.id)).toBe(false);
    expect(mine.truncated).toBe(false);
    const theirs = await expectData(ctx.apiAs(officers.smara).GET('/api/workspace/agreements'), 200);
    expect(theirs.items.map((item) => item.id)).toContain(smaras.id);
    expect(theirs.items.map((item) => item.id)).not.toContain(draft.id);
  });

  it('counts only what is not withdrawn, lists nothing for a user without roles, and asks the public to sign in', async () => {
    const { agreement, citationId } = await withSourceAndDocument('Charte Ivry – Mejik');
    await expectData(
      ctx.apiAs(officers.ivry).POST('/api/agreements/{id}/sources/{citationId}/withdrawal', {
        params: { path: { id: agreement.id, citationId } },
        body: { reason: 'Mauvais article' },
      }),
      200,
    );
    const mine = await expectData(ctx.apiAs(officers.ivry).GET('/api/workspace/agreements'), 200);
    expect(mine.items.find((item) => item.id === agreement.id)?.toDos).toContain('no_source');
    const plain = await ctx.signInAs([]);
    expect((await expectData(ctx.apiAs(plain).GET('/api/workspace/agreements'), 200)).items).toEqual([]);
    expect((await ctx.apiAs('public').GET('/api/workspace/agreements')).response.status).toBe(401);
  });

  it('leaves out a restricted agreement of a network member that the secretariat may not read', async () => {
    const network = await expectData(
      ctx.api.POST('/api/organizations', {
        body: { kind: 'network', subkind: 'club', name: { en: 'Club' } },
      }),
      201,
    );
    await expectData(
      ctx.api.POST('/api/memberships', {
        body: { organizationId: network.id, memberOrganizationId: ids.smara, role: 'member' },
      }),
      201,
    );
    const open = await agreementOf([ids.smara, ids.ivry], 'Smara – Ivry');
    const closed = await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'friendship_cooperation_protocol',
          title: { fr: 'Smara – Ivry, restreint' },
          parties: [{ organizationId: ids.smara }, { organizationId: ids.ivry }],
          visibility: 'restricted',
        },
      }),
      201,
    );
    const secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: network.id }]);
    const listed = (await expectData(ctx.apiAs(secretariat).GET('/api/workspace/agreements'), 200)).items.map(
      (item) => item.id,
    );
    expect(listed).toContain(open.id);
    expect(listed).not.toContain(closed.id);
  });
});
