import { createHash, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerOf, expectData, expectProblem, problemOf, statusOf } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import {
  countRows,
  createCity,
  createPerson,
  MINIMAL_PDF,
  multipartBody,
} from '../../test/helpers/fixtures.ts';
import { jsonAt } from '../../test/helpers/json.ts';
import type { paths } from '../../web/src/api/schema.d.ts';

const ctx = setUpTestApp();
const ids = {} as Record<'ivry' | 'timbuktu' | 'smara' | 'agadez' | 'mayor', string>;

beforeAll(async () => {
  ids.ivry = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  ids.timbuktu = (await createCity(ctx, 'Timbuktu', 'ML')).id;
  ids.smara = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.agadez = (await createCity(ctx, 'Agadez', 'NE')).id;
  ids.mayor = (await createPerson(ctx, 'Yahia Tindina')).id;
});

type AgreementInput = paths['/api/agreements']['post']['requestBody']['content']['application/json'];
type Status =
  paths['/api/agreements/{id}/transitions']['post']['requestBody']['content']['application/json']['to'];
type ListQuery = NonNullable<paths['/api/agreements']['get']['parameters']['query']>;

function agreementBody(overrides: Partial<AgreementInput> = {}): AgreementInput {
  return {
    type: 'twinning',
    title: { en: 'Twinning Smara – Timbuktu', ar: 'توأمة السمارة وتمبكتو' },
    themes: ['culture', 'tourism'],
    parties: [{ organizationId: ids.smara }, { organizationId: ids.timbuktu }],
    ...overrides,
  };
}

/** A body of no documented shape, for the refusals: the agreement above with these changes. */
const withChanges = (changes: Record<string, unknown>): Record<string, unknown> => ({
  ...agreementBody(),
  ...changes,
});

async function create(overrides: Partial<AgreementInput> = {}) {
  return expectData(ctx.api.POST('/api/agreements', { body: agreementBody(overrides) }), 201);
}

const read = (id: string) =>
  expectData(ctx.api.GET('/api/agreements/{id}', { params: { path: { id } } }), 200);

async function move(id: string, to: Status, reason = `moving to ${to}`) {
  return ctx.api.POST('/api/agreements/{id}/transitions', { params: { path: { id } }, body: { to, reason } });
}

async function sign(id: string, partId: string, signedOn: string) {
  return ctx.api.PATCH('/api/agreements/{id}/parts/{partId}', {
    params: { path: { id, partId } },
    body: { signedOn },
  });
}

/** The audit trail of an agreement. Raw: the audit query is one of two shapes, which its typed parameters do not say. */
async function trailOf(id: string) {
  const response = await ctx.request({ method: 'GET', url: `/api/audit?entity=agreement&id=${id}` });
  return answerOf(response, { path: '/api/audit', method: 'get', status: 200 });
}

/** The document a raw multipart upload recorded. */
const uploaded = (response: LightMyRequestResponse) =>
  answerOf(response, { path: '/api/agreements/{id}/documents', method: 'post', status: 201 });

describe('creating and reading agreements', () => {
  it('creates a proposed agreement with one unsigned part and records who created it', async () => {
    const agreement = await create();
    expect(agreement).toMatchObject({ status: 'proposed', type: 'twinning', signedOn: null });
    expect(agreement.parties.map((party) => party.countryCode)).toEqual(['EH', 'ML']);
    expect(agreement.parts).toEqual([
      expect.objectContaining({ number: 1, kind: 'original', signedOn: null }),
    ]);
    expect(agreement.transitions).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'proposed',
        actor: expect.stringMatching(/^user:/),
      }),
    ]);
    const audit = await trailOf(agreement.id);
    expect(audit).toEqual([expect.objectContaining({ action: 'create', before: null })]);
    expect(jsonAt(audit[0]?.after, 'title', 'en')).toBe('Twinning Smara – Timbuktu');
    expect(audit[0]?.requestId).toEqual(expect.any(String));
  });

  it('answers 404 as problem+json for an unknown or malformed id', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const { response } = await ctx.api.GET('/api/agreements/{id}', { params: { path: { id } } });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('changes fields with PATCH and keeps the before and after in the audit log', async () => {
    const agreement = await create();
    const response = await ctx.api.PATCH('/api/agreements/{id}', {
      params: { path: { id: agreement.id } },
      body: { title: { fr: 'Jumelage Smara – Tombouctou' }, themes: ['culture'] },
    });
    expect(response.response.status).toBe(200);
    expect(response.data?.title).toEqual({ fr: 'Jumelage Smara – Tombouctou' });
    const update = (await trailOf(agreement.id)).find((entry) => entry.action === 'update');
    expect(update).toBeDefined();
    expect(jsonAt(update?.before, 'themes')).toEqual(['culture', 'tourism']);
    expect(jsonAt(update?.after, 'themes')).toEqual(['culture']);
  });
});

describe('lifecycle over HTTP', () => {
  it('walks an agreement from proposal to its end, recording each move with its reason', async () => {
    const agreement = await create();
    for (const to of ['negotiating', 'awaiting_approval', 'approved'] as const)
      expect(await statusOf(move(agreement.id, to))).toBe(200);
    const signed = await expectData(sign(agreement.id, agreement.parts[0]!.id, '2025-10-31'), 200);
    expect(signed).toMatchObject({ status: 'signed', signedOn: '2025-10-31' });
    for (const to of ['in_force', 'suspended', 'in_force', 'ended'] as const)
      expect(await statusOf(move(agreement.id, to))).toBe(200);
    const data = await read(agreement.id);
    expect(data.transitions.map((transition) => transition.toStatus)).toEqual([
      'proposed',
      'negotiating',
      'awaiting_approval',
      'approved',
      'signed',
      'in_force',
      'suspended',
      'in_force',
      'ended',
    ]);
    expect(data.transitions[4]?.reason).toBe('part 1 signed on 2025-10-31');
    expect(data.transitions[1]?.reason).toBe('moving to negotiating');
  });

  it('refuses an illegal transition with 409 and changes nothing', async () => {
    const agreement = await create();
    const before = await countRows(ctx);
    const problem = await expectProblem(move(agreement.id, 'in_force'), 409);
    expect(problem).toMatchObject({
      field: '/to',
      code: 'agreement.transition_not_allowed',
      detail: 'an agreement cannot go from proposed to in force',
    });
    expect(await countRows(ctx)).toEqual(before);
    expect((await read(agreement.id)).status).toBe('proposed');
  });

  it('refuses to sign a part before approval', async () => {
    const agreement = await create();
    expect(await statusOf(sign(agreement.id, agreement.parts[0]!.id, '2025-10-31'))).toBe(409);
    const data = await read(agreement.id);
    expect(data.parts[0]?.signedOn).toBeNull();
  });

  it('allows withdrawal before signature only', async () => {
    const early = await create();
    expect(await statusOf(move(early.id, 'withdrawn', 'the council voted against'))).toBe(200);
    const late = await create({ status: 'signed', parts: [{ signedOn: '2025-10-31' }] });
    expect(await statusOf(move(late.id, 'withdrawn'))).toBe(409);
  });

  it('records an agreement in force or ended only with every part signed, as the transitions would', async () => {
    const before = await countRows(ctx);
    for (const status of ['in_force', 'suspended', 'ended'] as const) {
      for (const parts of [
        undefined,
        [{ kind: 'original' as const }],
        [{ signedOn: '2025-10-31' }, { kind: 'further_part' as const }],
      ]) {
        const refused = ctx.api.POST('/api/agreements', {
          body: agreementBody({ status, ...(parts ? { parts } : {}) }),
        });
        expect(await expectProblem(refused, 409)).toMatchObject({
          code: 'agreement.recorded_unsigned',
          field: '/parts',
        });
      }
    }
    expect(await countRows(ctx)).toEqual(before);
    for (const status of ['in_force', 'ended'] as const) {
      const recorded = await create({ status, parts: [{ signedOn: '2001-05-12' }] });
      expect(recorded).toMatchObject({ status, signedOn: '2001-05-12' });
    }
  });

  it('is partially signed until its last part is signed', async () => {
    const agreement = await create({
      type: 'friendship_cooperation_protocol',
      parties: [{ organizationId: ids.ivry }, { organizationId: ids.agadez }],
      status: 'approved',
      parts: [
        { kind: 'original' },
        { kind: 'further_part', plannedFrom: '2023-02-20', plannedTo: '2023-03-01' },
      ],
    });
    const [original, further] = agreement.parts;
    const first = await sign(agreement.id, original!.id, '2022-11-25');
    expect(first.data?.status).toBe('partially_signed');
    expect(await statusOf(move(agreement.id, 'signed'))).toBe(409);
    const second = await sign(agreement.id, further!.id, '2023-02-27');
    expect(second.data).toMatchObject({ status: 'signed', signedOn: '2022-11-25' });
    expect(await statusOf(sign(agreement.id, further!.id, '2023-02-28'))).toBe(409);
  });

  it('extends the term by a signed renewal', async () => {
    const agreement = await create({ status: 'signed', termMonths: 12, parts: [{ signedOn: '2024-01-15' }] });
    expect(agreement).toMatchObject({ startsOn: '2024-01-15', endsOn: '2025-01-15' });
    await move(agreement.id, 'in_force');
    const renewal = await expectData(
      ctx.api.POST('/api/agreements/{id}/parts', {
        params: { path: { id: agreement.id } },
        body: { kind: 'renewal', extendsTermMonths: 24, signedOn: '2024-12-01' },
      }),
      201,
    );
    expect(renewal).toMatchObject({ status: 'in_force', endsOn: '2027-01-15' });
    expect(renewal.parts.map((part) => part.kind)).toEqual(['original', 'renewal']);
  });

  it('adds signatories for a party, and refuses one signing for a non-party', async () => {
    const agreement = await create();
    const part = { params: { path: { id: agreement.id, partId: agreement.parts[0]!.id } } };
    const ok = await expectData(
      ctx.api.POST('/api/agreements/{id}/parts/{partId}/signatories', {
        ...part,
        body: {
          personId: ids.mayor,
          partyOrganizationId: ids.timbuktu,
          role: 'signatory',
          postLabel: { fr: 'Maire de Tombouctou' },
        },
      }),
      201,
    );
    expect(ok.parts[0]?.signatories[0]).toMatchObject({
      role: 'signatory',
      partyOrganizationId: ids.timbuktu,
    });
    const refused = await ctx.api.POST('/api/agreements/{id}/parts/{partId}/signatories', {
      ...part,
      body: { personId: ids.mayor, partyOrganizationId: ids.ivry, role: 'signatory' },
    });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.field).toBe('/signatories/0/partyOrganizationId');
  });
});

describe('approval policies', () => {
  it('refuses approval without the supervising authority’s decision a country requires, then accepts it', async () => {
    await expectData(
      ctx.api.PUT('/api/approval-policies/{countryCode}', {
        params: { path: { countryCode: 'NE' } },
        body: { requiredFrom: 'approved', description: 'Tutelle' },
      }),
      200,
    );
    const agreement = await create({
      parties: [{ organizationId: ids.smara }, { organizationId: ids.agadez }],
      status: 'awaiting_approval',
    });
    const refused = await move(agreement.id, 'approved');
    expect(refused.response.status).toBe(409);
    expect(refused.error?.detail).toContain('NE');
    expect(refused.error?.field).toBe('/approvals');

    const approvals = { params: { path: { id: agreement.id } } };
    const refusal = ctx.api.POST('/api/agreements/{id}/approvals', {
      ...approvals,
      body: {
        partyOrganizationId: ids.agadez,
        authorityName: 'Governor of Agadez region',
        decision: 'refused',
        decidedOn: '2025-09-01',
      },
    });
    expect(await statusOf(refusal)).toBe(201);
    expect(await statusOf(move(agreement.id, 'approved'))).toBe(409);

    await ctx.api.POST('/api/agreements/{id}/approvals', {
      ...approvals,
      body: {
        partyOrganizationId: ids.agadez,
        authorityName: 'Governor of Agadez region',
        reference: 'AR-2025-118',
        decision: 'approved',
        decidedOn: '2025-10-01',
      },
    });
    const approved = await expectData(move(agreement.id, 'approved'), 200);
    expect(approved.approvals).toHaveLength(2);
  });

  it('refuses recording an agreement as signed when a required approval is missing', async () => {
    await ctx.api.PUT('/api/approval-policies/{countryCode}', {
      params: { path: { countryCode: 'FR' } },
      body: { requiredFrom: 'signed' },
    });
    const before = await countRows(ctx);
    const response = ctx.api.POST('/api/agreements', {
      body: agreementBody({
        parties: [{ organizationId: ids.ivry }, { organizationId: ids.timbuktu }],
        status: 'signed',
        parts: [{ signedOn: '2024-05-01' }],
      }),
    });
    expect(await statusOf(response)).toBe(409);
    expect(await countRows(ctx)).toEqual(before);
  });
});

describe('documents', () => {
  it('stores a PDF with its SHA-256 and gives it back as it came', async () => {
    const agreement = await create();
    const upload = await ctx.request({
      method: 'POST',
      url: `/api/agreements/${agreement.id}/documents`,
      ...multipartBody({ language: 'fr' }, { name: 'protocole signé.pdf', content: MINIMAL_PDF }),
    });
    const document = uploaded(upload);
    expect(document).toMatchObject({
      language: 'fr',
      contentType: 'application/pdf',
      sizeBytes: MINIMAL_PDF.length,
      sha256: createHash('sha256').update(MINIMAL_PDF).digest('hex'),
    });
    const download = await ctx.app.inject({
      method: 'GET',
      url: `/api/agreements/${agreement.id}/documents/${document.id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(MINIMAL_PDF)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''protocole%20sign%C3%A9.pdf");
    expect((await read(agreement.id)).documents).toHaveLength(1);
  });

  it('takes a scan by its content, not its name', async () => {
    const agreement = await create();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const response = await ctx.request({
      method: 'POST',
      url: `/api/agreements/${agreement.id}/documents`,
      ...multipartBody({ language: 'ar' }, { name: 'accord.pdf', content: png }),
    });
    const document = uploaded(response);
    expect(document.contentType).toBe('image/png');
    const download = await ctx.app.inject({
      method: 'GET',
      url: `/api/agreements/${agreement.id}/documents/${document.id}`,
    });
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('refuses files that are not PDF, PNG or JPEG whatever their name, and stores nothing', async () => {
    const agreement = await create();
    const before = await countRows(ctx);
    const gif = Buffer.from(
      '47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b',
      'hex',
    );
    for (const content of [
      gif,
      Buffer.from('<html><script>alert(1)</script></html>'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ]) {
      const response = await ctx.request({
        method: 'POST',
        url: `/api/agreements/${agreement.id}/documents`,
        ...multipartBody({ language: 'fr' }, { name: 'accord.pdf', content }),
      });
      expect(response.statusCode).toBe(422);
      expect(problemOf(response).field).toBe('/file');
    }
    expect(await countRows(ctx)).toEqual(before);
  });

  it('refuses an unknown language, a missing file, and a body that is not multipart', async () => {
    const agreement = await create();
    const url = `/api/agreements/${agreement.id}/documents`;
    const badLanguage = await ctx.request({
      method: 'POST',
      url,
      ...multipartBody({ language: 'xx' }, { name: 'a.pdf', content: MINIMAL_PDF }),
    });
    expect(problemOf(badLanguage)).toMatchObject({ status: 422, field: '/language' });
    const noFile = await ctx.request({ method: 'POST', url, ...multipartBody({ language: 'fr' }) });
    expect(problemOf(noFile)).toMatchObject({ status: 422, field: '/file' });
    const json = await ctx.request({ method: 'POST', url, payload: { language: 'fr' } });
    expect(json.statusCode).toBe(415);
  });
});

describe('listing', () => {
  it('pages through every agreement once, in a stable order', async () => {
    for (let index = 0; index < 5; index++) {
      await create({
        status: 'signed',
        parts: [{ signedOn: `2020-0${index + 1}-15` }],
        themes: ['water_sanitation'],
      });
    }
    const list = (query: ListQuery) => expectData(ctx.api.GET('/api/agreements', { params: { query } }), 200);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const data = await list({ limit: 3, ...(cursor ? { cursor } : {}) });
      expect(data.items.length).toBeLessThanOrEqual(3);
      seen.push(...data.items.map((item) => item.id));
      cursor = data.nextCursor;
    } while (cursor);
    const all = await list({ limit: 200 });
    expect(seen).toEqual(all.items.map((item) => item.id));
    expect(new Set(seen).size).toBe(seen.length);
    const dates = all.items.map((item) => item.signedOn ?? '0000');
    expect([...dates].sort().reverse()).toEqual(dates);
    // Oldest first, page by page: the never signed come last there too, not first.
    await create({ status: 'proposed' });
    const oldest: string[] = [];
    cursor = null;
    do {
      const data = await list({ limit: 3, sort: 'oldest', ...(cursor ? { cursor } : {}) });
      oldest.push(...data.items.map((item) => item.id));
      cursor = data.nextCursor;
    } while (cursor);
    const byId = new Map((await list({ limit: 200 })).items.map((item) => [item.id, item.signedOn]));
    const oldestDates = oldest.map((id) => byId.get(id) ?? '9999');
    expect(oldestDates.some((date) => date === '9999')).toBe(true);
    expect(oldestDates.some((date) => date !== '9999')).toBe(true);
    expect([...oldestDates].sort()).toEqual(oldestDates);
    expect(new Set(oldest).size).toBe(byId.size);
  });

  it('filters by country, status, type, theme, party, dates and name', async () => {
    const get = async (query: ListQuery) =>
      (await expectData(ctx.api.GET('/api/agreements', { params: { query: { ...query, limit: 200 } } }), 200))
        .items;
    type Item = Awaited<ReturnType<typeof get>>[number];
    const water = await get({ theme: 'water_sanitation' });
    expect(water).toHaveLength(5);
    expect(
      await get({ theme: 'water_sanitation', signedFrom: '2020-02-01', signedTo: '2020-03-31' }),
    ).toHaveLength(2);
    // `every` holds of an empty list: each filter must also find something.
    const onlyAndSome = (items: Item[], holds: (item: Item) => boolean) => {
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter((item) => !holds(item))).toEqual([]);
    };
    onlyAndSome(await get({ country: 'ML' }), (item) =>
      item.parties.some((party) => party.countryCode === 'ML'),
    );
    expect((await get({ party: ids.ivry })).length).toBeGreaterThan(0);
    onlyAndSome(await get({ status: 'withdrawn' }), (item) => item.status === 'withdrawn');
    onlyAndSome(
      await get({ type: 'friendship_cooperation_protocol' }),
      (item) => item.type === 'friendship_cooperation_protocol',
    );
    expect((await get({ q: 'Agadez' })).length).toBeGreaterThan(0);
    expect(await get({ q: 'Nowhere at all' })).toHaveLength(0);
  });

  it('refuses unknown filters, bad values and foreign cursors', async () => {
    for (const [query, field] of [
      ['colour=red', '/querystring/colour'],
      ['status=dreaming', '/querystring/status'],
      ['limit=0', '/querystring/limit'],
      ['limit=1000', '/querystring/limit'],
      ['signedFrom=2025-13-01', '/querystring/signedFrom'],
      ['signedFrom=1000-01-01', '/signedFrom'],
      ['signedFrom=2020-06-01&signedTo=2020-01-31', '/signedTo'],
      ['cursor=bm90LWEtY3Vyc29y', '/cursor'],
    ]) {
      // Raw: queries the typed parameters would not let through.
      const response = await ctx.request({ method: 'GET', url: `/api/agreements?${query}` });
      expect(response.statusCode, query).toBe(422);
      expect(problemOf(response).field, query).toBe(field);
    }
  });
});

describe('bad input is refused, names the field, and writes nothing', () => {
  const cases: Array<[string, () => Record<string, unknown> | string, number, string]> = [
    ['malformed JSON', () => '{"type": "twinning",', 400, '/'],
    ['an unknown field', () => withChanges({ colour: 'blue' }), 422, '/colour'],
    ['a wrong type', () => withChanges({ themes: 'culture' }), 422, '/themes'],
    ['a theme outside the list', () => withChanges({ themes: ['astrology'] }), 422, '/themes/0'],
    ['a missing title', () => ({ ...agreementBody(), title: undefined }), 422, '/title'],
    ['an empty title', () => withChanges({ title: {} }), 422, '/title'],
    ['an unknown language', () => withChanges({ title: { xx: 'Jumelage' } }), 422, '/title/xx'],
    [
      'an impossible date',
      () => agreementBody({ parts: [{ signedOn: '2025-02-30' }] }),
      422,
      '/parts/0/signedOn',
    ],
    [
      'a date out of range',
      () => agreementBody({ parts: [{ signedOn: '1492-10-12' }] }),
      422,
      '/parts/0/signedOn',
    ],
    [
      'an end before the start',
      () => agreementBody({ startsOn: '2025-01-01', endsOn: '2024-01-01' }),
      422,
      '/endsOn',
    ],
    [
      'an unknown country',
      () =>
        agreementBody({
          parties: [{ organizationId: ids.smara }, { description: { en: 'a city' }, countryCode: 'ZZ' }],
        }),
      422,
      '/parties/1/countryCode',
    ],
    [
      'a party listed twice',
      () => agreementBody({ parties: [{ organizationId: ids.smara }, { organizationId: ids.smara }] }),
      422,
      '/parties/1/organizationId',
    ],
    ['a single party', () => agreementBody({ parties: [{ organizationId: ids.smara }] }), 422, '/parties'],
    [
      'an unknown organization',
      () => agreementBody({ parties: [{ organizationId: ids.smara }, { organizationId: randomUUID() }] }),
      422,
      '/parties/1/organizationId',
    ],
    [
      'an unknown source, after the agreement rows were written',
      () => agreementBody({ sources: [{ sourceId: randomUUID(), quote: 'x' }] }),
      422,
      '/sources/0/sourceId',
    ],
    ['a status its parts contradict', () => agreementBody({ status: 'signed' }), 409, '/status'],
  ];

  it.each(cases)('%s', async (_name, body, status, field) => {
    const before = await countRows(ctx);
    const payload = body();
    const response = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      headers: { 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = problemOf(response);
    expect(problem.field).toBe(field);
    expect(problem.title).toEqual(expect.any(String));
    expect(await countRows(ctx)).toEqual(before);
  });

  it('refuses an oversized body with 413', async () => {
    const before = await countRows(ctx);
    const response = ctx.api.POST('/api/agreements', {
      body: agreementBody({ description: { en: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(await statusOf(response)).toBe(413);
    expect(await countRows(ctx)).toEqual(before);
  });

  it('answers in the reader’s language', async () => {
    // Raw: a field the documented shape does not have.
    const response = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      headers: { 'accept-language': 'ar' },
      payload: withChanges({ colour: 'blue' }),
    });
    const problem = problemOf(response);
    expect(problem.title).toBe('بعض المدخلات غير صالحة');
    expect(problem.errors?.[0]).toEqual({
      field: '/colour',
      code: 'validation.additional_property',
      message: 'هذا الحقل غير معروف',
    });
  });

  it('refuses to change the parties of a signed agreement', async () => {
    const agreement = await create({ status: 'signed', parts: [{ signedOn: '2025-10-31' }] });
    const response = ctx.api.PATCH('/api/agreements/{id}', {
      params: { path: { id: agreement.id } },
      body: { parties: [{ organizationId: ids.smara }, { organizationId: ids.agadez }] },
    });
    expect((await expectProblem(response, 409)).field).toBe('/parties');
  });
});
