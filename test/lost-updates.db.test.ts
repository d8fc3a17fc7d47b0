import { beforeAll, describe, expect, it } from 'vitest';
import { answerOf, expectData, expectProblem, statusOf } from './helpers/api-client.ts';
import { type As, setUpTestApp } from './helpers/app.ts';
import { createCity, createPerson, MINIMAL_PDF, multipartBody } from './helpers/fixtures.ts';
import { jsonAt, keysAt } from './helpers/json.ts';

/*
 * No edit silently overwrites another: every editable record has a version, GET gives it as a
 * strong ETag, and an edit made on a stale copy (If-Match) is refused with 412, under the same
 * row lock as the write, so of concurrent edits made on one version exactly one lands.
 */
const ctx = setUpTestApp();
const ids = {} as Record<'smara' | 'timbuktu' | 'mayor', string>;

beforeAll(async () => {
  ids.smara = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.timbuktu = (await createCity(ctx, 'Timbuktu', 'ML')).id;
  ids.mayor = (await createPerson(ctx, 'Yahia Tindina')).id;
});

/** What a browser on the web application sends with a write, beside its session cookie. */
const BROWSER = { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' };

async function newAgreement(title = 'Smara – Timbuktu') {
  return expectData(
    ctx.api.POST('/api/agreements', {
      body: {
        type: 'twinning',
        title: { en: title },
        parties: [{ organizationId: ids.smara }, { organizationId: ids.timbuktu }],
      },
    }),
    201,
  );
}

const agreementOf = (id: string) => ctx.api.GET('/api/agreements/{id}', { params: { path: { id } } });
const organizationOf = (id: string) => ctx.api.GET('/api/organizations/{id}', { params: { path: { id } } });
const personOf = (id: string) => ctx.api.GET('/api/people/{id}', { params: { path: { id } } });

/** The ETag a read answers with, which must be the version its body gives. */
async function etagOf(read: Promise<{ data?: { version: number }; error?: unknown; response: Response }>) {
  const { data, error, response } = await read;
  expect(response.status, JSON.stringify(error)).toBe(200);
  expect(response.headers.get('etag')).toBe(`"${data?.version}"`);
  return String(response.headers.get('etag'));
}

async function updatesAudited(entity: string, id: string): Promise<number> {
  // Raw: the audit query is one of two shapes, which its typed parameters do not say.
  const response = await ctx.request({ method: 'GET', url: `/api/audit?entity=${entity}&id=${id}` });
  const changes = answerOf(response, { path: '/api/audit', method: 'get', status: 200 });
  return changes.filter((record) => record.action === 'update').length;
}

/** Status and body of an answer, to report what a write that should have landed said instead. */
async function outcomeOf(call: Promise<{ data?: unknown; error?: unknown; response: Response }>) {
  const { data, error, response } = await call;
  return { statusCode: response.status, body: JSON.stringify(error ?? data) };
}

describe('agreements', () => {
  it('answers GET with a strong ETag of the version, which starts at 1', async () => {
    const agreement = await newAgreement();
    expect(agreement.version).toBe(1);
    expect(await etagOf(agreementOf(agreement.id))).toBe('"1"');
  });

  it('lets exactly one of 50 concurrent edits made on one version land; the others get 412', async () => {
    const agreement = await newAgreement();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        ctx.api.PATCH('/api/agreements/{id}', {
          params: { path: { id: agreement.id } },
          headers: { 'if-match': '"1"' },
          body: { title: { en: `Edit ${index}` } },
        }),
      ),
    );
    const statuses = responses.map(({ response }) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(49);
    const winner = responses.find(({ response }) => response.status === 200)!;
    expect(winner.response.headers.get('etag')).toBe('"2"');
    const refused = responses.find(({ response }) => response.status === 412)!;
    expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.error).toMatchObject({ status: 412, code: 'record.changed', currentVersion: 2 });
    expect(refused.response.headers.get('etag')).toBe('"2"');
    const data = await expectData(agreementOf(agreement.id), 200);
    expect(data.title).toEqual(winner.data?.title);
    expect(data.version).toBe(2);
    expect(await updatesAudited('agreement', agreement.id)).toBe(1);
  });

  it('refuses a stale If-Match with 412 in the reader’s language and leaves the record as it was', async () => {
    const agreement = await newAgreement('Unchanged');
    const edit = (title: string, headers: Record<string, string>) =>
      ctx.api.PATCH('/api/agreements/{id}', {
        params: { path: { id: agreement.id } },
        headers,
        body: { title: { en: title } },
      });
    await expectData(edit('First edit', { 'if-match': '"1"' }), 200);
    const stale = await expectProblem(edit('Lost edit', { 'if-match': '"1"', 'accept-language': 'fr' }), 412);
    expect(stale.title).toBe('La fiche a changé depuis que vous l’avez chargée');
    expect(stale.detail).toMatch(/version 2/);
    const data = await expectData(agreementOf(agreement.id), 200);
    expect(data.title).toEqual({ en: 'First edit' });
    expect(data.version).toBe(2);
    expect(await updatesAudited('agreement', agreement.id)).toBe(1);
    // Weak tags never match, nor tags that are not versions; a list matches if one of them does.
    for (const ifMatch of ['W/"2"', '"two"', '"1", "3"']) {
      expect(await statusOf(edit('Lost edit', { 'if-match': ifMatch })), ifMatch).toBe(412);
    }
    await expectData(edit('Second edit', { 'if-match': '"1", "2"' }), 200);
  });

  it('requires If-Match of the web application (428), not of other clients; * matches any version', async () => {
    const agreement = await newAgreement();
    const edit = (title: string, headers: Record<string, string> = {}) =>
      ctx.api.PATCH('/api/agreements/{id}', {
        params: { path: { id: agreement.id } },
        headers,
        body: { title: { en: title } },
      });
    const fromBrowser = await expectProblem(edit('No version', BROWSER), 428);
    expect(fromBrowser).toMatchObject({ code: 'record.version_required' });
    expect((await agreementOf(agreement.id)).data?.version).toBe(1);
    await expectData(edit('From the browser', { ...BROWSER, 'if-match': '"1"' }), 200);
    await expectData(edit('From a script'), 200);
    const anyVersion = await edit('Any version', { ...BROWSER, 'if-match': '*' });
    expect(anyVersion.response.status, JSON.stringify(anyVersion.error)).toBe(200);
    expect(anyVersion.response.headers.get('etag')).toBe('"4"');
  });

  it('changes the ETag with every kind of change to the agreement, and checks If-Match on its parts', async () => {
    const agreement = await newAgreement();
    const id = agreement.id;
    const source = await expectData(
      ctx.api.POST('/api/sources', { body: { kind: 'press_article', title: 'Jumelage', language: 'fr' } }),
      201,
    );
    const partId = agreement.parts[0]!.id;
    const edits: Array<[string, () => Promise<{ statusCode: number; body: string }>]> = [
      [
        'edit',
        () =>
          outcomeOf(
            ctx.api.PATCH('/api/agreements/{id}', {
              params: { path: { id } },
              body: { description: { en: 'Cooperation' } },
            }),
          ),
      ],
      [
        'transition',
        () =>
          outcomeOf(
            ctx.api.POST('/api/agreements/{id}/transitions', {
              params: { path: { id } },
              body: { to: 'negotiating', reason: 'talks' },
            }),
          ),
      ],
      [
        'part added',
        () => outcomeOf(ctx.api.POST('/api/agreements/{id}/parts', { params: { path: { id } }, body: {} })),
      ],
      [
        'part edited',
        () =>
          outcomeOf(
            ctx.api.PATCH('/api/agreements/{id}/parts/{partId}', {
              params: { path: { id, partId } },
              body: { title: { en: 'Charter' } },
            }),
          ),
      ],
      [
        'signatory',
        () =>
          outcomeOf(
            ctx.api.POST('/api/agreements/{id}/parts/{partId}/signatories', {
              params: { path: { id, partId } },
              body: { personId: ids.mayor, partyOrganizationId: ids.smara, role: 'signatory' },
            }),
          ),
      ],
      [
        'approval',
        () =>
          outcomeOf(
            ctx.api.POST('/api/agreements/{id}/approvals', {
              params: { path: { id } },
              body: { decision: 'pending', authorityName: 'Wilaya' },
            }),
          ),
      ],
      [
        'document',
        () =>
          ctx.request({
            method: 'POST',
            url: `/api/agreements/${id}/documents`,
            ...multipartBody({ language: 'fr' }, { name: 'charter.pdf', content: MINIMAL_PDF }),
          }),
      ],
      [
        'source',
        () =>
          outcomeOf(
            ctx.api.POST('/api/agreements/{id}/sources', {
              params: { path: { id } },
              body: { sourceId: source.id },
            }),
          ),
      ],
    ];
    let previous = await etagOf(agreementOf(id));
    for (const [kind, edit] of edits) {
      const response = await edit();
      expect(response.statusCode, `${kind}: ${response.body}`).toBeLessThan(300);
      const now = await etagOf(agreementOf(id));
      expect(now, kind).not.toBe(previous);
      previous = now;
    }
    expect(previous).toBe(`"${edits.length + 1}"`);
    // A part is edited on the agreement as loaded: its ETag is the precondition.
    const editPart = (title: string, ifMatch: string) =>
      ctx.api.PATCH('/api/agreements/{id}/parts/{partId}', {
        params: { path: { id, partId } },
        headers: { 'if-match': ifMatch },
        body: { title: { en: title } },
      });
    await expectProblem(editPart('Lost', '"1"'), 412);
    const current = await editPart('Kept', previous);
    expect(current.response.status, JSON.stringify(current.error)).toBe(200);
    expect(current.response.headers.get('etag')).not.toBe(previous);
    // A refused change changes nothing, not even the version.
    const refused = ctx.api.POST('/api/agreements/{id}/transitions', {
      params: { path: { id } },
      body: { to: 'ended', reason: 'no' },
    });
    expect(await statusOf(refused)).toBe(409);
    expect(await etagOf(agreementOf(id))).toBe(current.response.headers.get('etag'));
  });

  it('checks the rights before the version: a stale If-Match tells nothing to those who may not edit', async () => {
    const restricted = await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'twinning',
          title: { en: 'Confidential' },
          visibility: 'restricted',
          parties: [{ organizationId: ids.smara }, { organizationId: ids.timbuktu }],
        },
      }),
      201,
    );
    const banjul = await createCity(ctx, 'Banjul', 'GM');
    const stranger = await ctx.signInAs([{ role: 'municipal_officer', scopeId: banjul.id }]);
    const outsider = await ctx.signInAs([]);
    for (const as of [stranger, outsider]) {
      const { error, response } = await ctx.apiAs(as).PATCH('/api/agreements/{id}', {
        params: { path: { id: restricted.id } },
        headers: { 'if-match': '"99"' },
        body: { title: { en: 'Probe' } },
      });
      expect([403, 404]).toContain(response.status);
      expect(response.headers.get('etag')).toBeNull();
      expect(error?.currentVersion).toBeUndefined();
    }
  });
});

describe('organizations', () => {
  it('gives an ETag, refuses a stale If-Match, and lets one of concurrent edits land', async () => {
    const city = await createCity(ctx, 'Auserd', 'EH');
    const edit = (website: string, headers: Record<string, string>) =>
      ctx.api.PATCH('/api/organizations/{id}', {
        params: { path: { id: city.id } },
        headers,
        body: { website },
      });
    expect(await etagOf(organizationOf(city.id))).toBe('"1"');
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        edit(`https://auserd.example/${index}`, { 'if-match': '"1"' }),
      ),
    );
    const statuses = responses.map(({ response }) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(49);
    const winner = responses.find(({ response }) => response.status === 200)!;
    expect(winner.response.headers.get('etag')).toBe('"2"');
    const data = await expectData(organizationOf(city.id), 200);
    expect(data.website).toBe(winner.data?.website);
    expect(await updatesAudited('organization', city.id)).toBe(1);
    const stale = await edit('https://lost.example', { 'if-match': '"1"' });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ code: 'record.changed', currentVersion: 2 });
    expect((await organizationOf(city.id)).data?.website).toBe(winner.data?.website);
    expect(await statusOf(edit('https://lost.example', BROWSER))).toBe(428);
  });
});

describe('people', () => {
  it('gives an ETag, refuses a stale If-Match, and checks the rights first', async () => {
    const person = await createPerson(ctx, 'Fatma Sidi');
    const edit = (name: string, as: As = 'admin') =>
      ctx.apiAs(as).PATCH('/api/people/{id}', {
        params: { path: { id: person.id } },
        headers: { 'if-match': '"1"' },
        body: { name },
      });
    expect(await etagOf(personOf(person.id))).toBe('"1"');
    const edited = await edit('Fatma Sidi Ahmed');
    expect(edited.response.status, JSON.stringify(edited.error)).toBe(200);
    expect(edited.response.headers.get('etag')).toBe('"2"');
    const stale = await edit('Lost');
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ code: 'record.changed', currentVersion: 2 });
    expect((await personOf(person.id)).data?.name).toBe('Fatma Sidi Ahmed');
    expect(await updatesAudited('person', person.id)).toBe(1);
    const withoutRole = await ctx.signInAs([]);
    const refused = await edit('Probe', withoutRole);
    expect(refused.response.status).toBe(403);
    expect(refused.error?.currentVersion).toBeUndefined();
  });
});

describe('the OpenAPI document', () => {
  it('documents If-Match on edits, ETag on reads, and the 412 and 428 answers', async () => {
    const { data: document } = await ctx.request({ method: 'GET', url: '/api/openapi.json' });
    for (const path of ['/api/agreements/{id}', '/api/organizations/{id}', '/api/people/{id}']) {
      const patch = jsonAt(document, 'paths', path, 'patch');
      expect(jsonAt(patch, 'parameters'), path).toContainEqual(
        expect.objectContaining({ in: 'header', name: 'if-match', required: false }),
      );
      expect(keysAt(patch, 'responses'), path).toEqual(expect.arrayContaining(['412', '428']));
      expect(jsonAt(patch, 'responses', '200', 'headers', 'etag'), path).toBeDefined();
      expect(
        jsonAt(document, 'paths', path, 'get', 'responses', '200', 'headers', 'etag'),
        path,
      ).toBeDefined();
    }
    expect(
      jsonAt(document, 'paths', '/api/agreements/{id}/parts/{partId}', 'patch', 'parameters'),
    ).toContainEqual(expect.objectContaining({ name: 'if-match' }));
  });
});
