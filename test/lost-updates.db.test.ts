import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp } from './helpers/app.ts';
import { createCity, createPerson, MINIMAL_PDF, multipartBody } from './helpers/fixtures.ts';

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
  const response = await ctx.request({
    method: 'POST',
    url: '/api/agreements',
    payload: {
      type: 'twinning',
      title: { en: title },
      parties: [{ organizationId: ids.smara }, { organizationId: ids.timbuktu }],
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data as { id: string; version: number; parts: Array<{ id: string }> };
}

async function etagOf(url: string): Promise<string> {
  const response = await ctx.request({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers.etag).toBe(`"${response.data.version}"`);
  return String(response.headers.etag);
}

async function updatesAudited(entity: string, id: string): Promise<number> {
  const { data } = await ctx.request({ method: 'GET', url: `/api/audit?entity=${entity}&id=${id}` });
  return (data as Array<{ action: string }>).filter((record) => record.action === 'update').length;
}

describe('agreements', () => {
  it('answers GET with a strong ETag of the version, which starts at 1', async () => {
    const agreement = await newAgreement();
    expect(agreement.version).toBe(1);
    expect(await etagOf(`/api/agreements/${agreement.id}`)).toBe('"1"');
  });

  it('lets exactly one of 50 concurrent edits made on one version land; the others get 412', async () => {
    const agreement = await newAgreement();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        ctx.request({
          method: 'PATCH',
          url: `/api/agreements/${agreement.id}`,
          headers: { 'if-match': '"1"' },
          payload: { title: { en: `Edit ${index}` } },
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(49);
    const winner = responses.find((response) => response.statusCode === 200)!;
    expect(winner.headers.etag).toBe('"2"');
    const refused = responses.find((response) => response.statusCode === 412)!;
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.data).toMatchObject({ status: 412, code: 'record.changed', currentVersion: 2 });
    expect(refused.headers.etag).toBe('"2"');
    const { data } = await ctx.request({ method: 'GET', url: `/api/agreements/${agreement.id}` });
    expect(data.title).toEqual(winner.data.title);
    expect(data.version).toBe(2);
    expect(await updatesAudited('agreement', agreement.id)).toBe(1);
  });

  it('refuses a stale If-Match with 412 in the reader’s language and leaves the record as it was', async () => {
    const agreement = await newAgreement('Unchanged');
    const first = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${agreement.id}`,
      headers: { 'if-match': '"1"' },
      payload: { title: { en: 'First edit' } },
    });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${agreement.id}`,
      headers: { 'if-match': '"1"', 'accept-language': 'fr' },
      payload: { title: { en: 'Lost edit' } },
    });
    expect(stale.statusCode, stale.body).toBe(412);
    expect(stale.data.title).toBe('La fiche a changé depuis que vous l’avez chargée');
    expect(stale.data.detail).toMatch(/version 2/);
    const { data } = await ctx.request({ method: 'GET', url: `/api/agreements/${agreement.id}` });
    expect(data.title).toEqual({ en: 'First edit' });
    expect(data.version).toBe(2);
    expect(await updatesAudited('agreement', agreement.id)).toBe(1);
    // Weak tags never match, nor tags that are not versions; a list matches if one of them does.
    for (const ifMatch of ['W/"2"', '"two"', '"1", "3"']) {
      const refused = await ctx.request({
        method: 'PATCH',
        url: `/api/agreements/${agreement.id}`,
        headers: { 'if-match': ifMatch },
        payload: { title: { en: 'Lost edit' } },
      });
      expect(refused.statusCode, ifMatch).toBe(412);
    }
    const listed = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${agreement.id}`,
      headers: { 'if-match': '"1", "2"' },
      payload: { title: { en: 'Second edit' } },
    });
    expect(listed.statusCode, listed.body).toBe(200);
  });

  it('requires If-Match of the web application (428), not of other clients; * matches any version', async () => {
    const agreement = await newAgreement();
    const url = `/api/agreements/${agreement.id}`;
    const fromBrowser = await ctx.request({
      method: 'PATCH',
      url,
      headers: BROWSER,
      payload: { title: { en: 'No version' } },
    });
    expect(fromBrowser.statusCode, fromBrowser.body).toBe(428);
    expect(fromBrowser.data).toMatchObject({ code: 'record.version_required' });
    expect((await ctx.request({ method: 'GET', url })).data.version).toBe(1);
    const withVersion = await ctx.request({
      method: 'PATCH',
      url,
      headers: { ...BROWSER, 'if-match': '"1"' },
      payload: { title: { en: 'From the browser' } },
    });
    expect(withVersion.statusCode, withVersion.body).toBe(200);
    const script = await ctx.request({ method: 'PATCH', url, payload: { title: { en: 'From a script' } } });
    expect(script.statusCode, script.body).toBe(200);
    const anyVersion = await ctx.request({
      method: 'PATCH',
      url,
      headers: { ...BROWSER, 'if-match': '*' },
      payload: { title: { en: 'Any version' } },
    });
    expect(anyVersion.statusCode, anyVersion.body).toBe(200);
    expect(anyVersion.headers.etag).toBe('"4"');
  });

  it('changes the ETag with every kind of change to the agreement, and checks If-Match on its parts', async () => {
    const agreement = await newAgreement();
    const url = `/api/agreements/${agreement.id}`;
    const source = await ctx.request({
      method: 'POST',
      url: '/api/sources',
      payload: { kind: 'press_article', title: 'Jumelage', language: 'fr' },
    });
    expect(source.statusCode, source.body).toBe(201);
    const partId = agreement.parts[0]!.id;
    const edits: Array<[string, () => Promise<{ statusCode: number; body: string }>]> = [
      ['edit', () => ctx.request({ method: 'PATCH', url, payload: { description: { en: 'Cooperation' } } })],
      [
        'transition',
        () =>
          ctx.request({
            method: 'POST',
            url: `${url}/transitions`,
            payload: { to: 'negotiating', reason: 'talks' },
          }),
      ],
      ['part added', () => ctx.request({ method: 'POST', url: `${url}/parts`, payload: {} })],
      [
        'part edited',
        () =>
          ctx.request({
            method: 'PATCH',
            url: `${url}/parts/${partId}`,
            payload: { title: { en: 'Charter' } },
          }),
      ],
      [
        'signatory',
        () =>
          ctx.request({
            method: 'POST',
            url: `${url}/parts/${partId}/signatories`,
            payload: { personId: ids.mayor, partyOrganizationId: ids.smara, role: 'signatory' },
          }),
      ],
      [
        'approval',
        () =>
          ctx.request({
            method: 'POST',
            url: `${url}/approvals`,
            payload: { decision: 'pending', authorityName: 'Wilaya' },
          }),
      ],
      [
        'document',
        () =>
          ctx.request({
            method: 'POST',
            url: `${url}/documents`,
            ...multipartBody({ language: 'fr' }, { name: 'charter.pdf', content: MINIMAL_PDF }),
          }),
      ],
      [
        'source',
        () => ctx.request({ method: 'POST', url: `${url}/sources`, payload: { sourceId: source.data.id } }),
      ],
    ];
    let previous = await etagOf(url);
    for (const [kind, edit] of edits) {
      const response = await edit();
      expect(response.statusCode, `${kind}: ${response.body}`).toBeLessThan(300);
      const now = await etagOf(url);
      expect(now, kind).not.toBe(previous);
      previous = now;
    }
    expect(previous).toBe(`"${edits.length + 1}"`);
    // A part is edited on the agreement as loaded: its ETag is the precondition.
    const stale = await ctx.request({
      method: 'PATCH',
      url: `${url}/parts/${partId}`,
      headers: { 'if-match': '"1"' },
      payload: { title: { en: 'Lost' } },
    });
    expect(stale.statusCode, stale.body).toBe(412);
    const current = await ctx.request({
      method: 'PATCH',
      url: `${url}/parts/${partId}`,
      headers: { 'if-match': previous },
      payload: { title: { en: 'Kept' } },
    });
    expect(current.statusCode, current.body).toBe(200);
    expect(current.headers.etag).not.toBe(previous);
    // A refused change changes nothing, not even the version.
    const refused = await ctx.request({
      method: 'POST',
      url: `${url}/transitions`,
      payload: { to: 'ended', reason: 'no' },
    });
    expect(refused.statusCode).toBe(409);
    expect(await etagOf(url)).toBe(current.headers.etag);
  });

  it('checks the rights before the version: a stale If-Match tells nothing to those who may not edit', async () => {
    const restricted = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        title: { en: 'Confidential' },
        visibility: 'restricted',
        parties: [{ organizationId: ids.smara }, { organizationId: ids.timbuktu }],
      },
    });
    expect(restricted.statusCode, restricted.body).toBe(201);
    const banjul = await createCity(ctx, 'Banjul', 'GM');
    const stranger = await ctx.signInAs([{ role: 'municipal_officer', scopeId: banjul.id }]);
    const outsider = await ctx.signInAs([]);
    for (const as of [stranger, outsider]) {
      const response = await ctx.request({
        method: 'PATCH',
        url: `/api/agreements/${restricted.data.id}`,
        headers: { 'if-match': '"99"' },
        payload: { title: { en: 'Probe' } },
        as,
      });
      expect([403, 404]).toContain(response.statusCode);
      expect(response.headers.etag).toBeUndefined();
      expect(response.data.currentVersion).toBeUndefined();
    }
  });
});

describe('organizations', () => {
  it('gives an ETag, refuses a stale If-Match, and lets one of concurrent edits land', async () => {
    const city = await createCity(ctx, 'Auserd', 'EH');
    const url = `/api/organizations/${city.id}`;
    expect(await etagOf(url)).toBe('"1"');
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        ctx.request({
          method: 'PATCH',
          url,
          headers: { 'if-match': '"1"' },
          payload: { website: `https://auserd.example/${index}` },
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(49);
    const winner = responses.find((response) => response.statusCode === 200)!;
    expect(winner.headers.etag).toBe('"2"');
    const { data } = await ctx.request({ method: 'GET', url });
    expect(data.website).toBe(winner.data.website);
    expect(await updatesAudited('organization', city.id)).toBe(1);
    const stale = await ctx.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { website: 'https://lost.example' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.data).toMatchObject({ code: 'record.changed', currentVersion: 2 });
    expect((await ctx.request({ method: 'GET', url })).data.website).toBe(winner.data.website);
    const fromBrowser = await ctx.request({
      method: 'PATCH',
      url,
      headers: BROWSER,
      payload: { website: 'https://lost.example' },
    });
    expect(fromBrowser.statusCode).toBe(428);
  });
});

describe('people', () => {
  it('gives an ETag, refuses a stale If-Match, and checks the rights first', async () => {
    const person = await createPerson(ctx, 'Fatma Sidi');
    const url = `/api/people/${person.id}`;
    expect(await etagOf(url)).toBe('"1"');
    const edited = await ctx.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { name: 'Fatma Sidi Ahmed' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.headers.etag).toBe('"2"');
    const stale = await ctx.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { name: 'Lost' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.data).toMatchObject({ code: 'record.changed', currentVersion: 2 });
    expect((await ctx.request({ method: 'GET', url })).data.name).toBe('Fatma Sidi Ahmed');
    expect(await updatesAudited('person', person.id)).toBe(1);
    const withoutRole = await ctx.signInAs([]);
    const refused = await ctx.request({
      method: 'PATCH',
      url,
      headers: { 'if-match': '"1"' },
      payload: { name: 'Probe' },
      as: withoutRole,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.data.currentVersion).toBeUndefined();
  });
});

describe('the OpenAPI document', () => {
  it('documents If-Match on edits, ETag on reads, and the 412 and 428 answers', async () => {
    const { data: document } = await ctx.request({ method: 'GET', url: '/api/openapi.json' });
    for (const path of ['/api/agreements/{id}', '/api/organizations/{id}', '/api/people/{id}']) {
      const patch = document.paths[path].patch;
      expect(patch.parameters, path).toContainEqual(
        expect.objectContaining({ in: 'header', name: 'if-match', required: false }),
      );
      expect(Object.keys(patch.responses), path).toEqual(expect.arrayContaining(['412', '428']));
      expect(patch.responses['200'].headers.etag, path).toBeDefined();
      expect(document.paths[path].get.responses['200'].headers.etag, path).toBeDefined();
    }
    expect(
      document.paths['/api/agreements/{id}/parts/{partId}'].patch.parameters.map(
        (parameter: { name: string }) => parameter.name,
      ),
    ).toContain('if-match');
  });
});
