import { beforeAll, describe, expect, it } from 'vitest';
import { answerOf, expectData, expectProblem, problemOf } from '../../test/helpers/api-client.ts';
import { type As, setUpTestApp } from '../../test/helpers/app.ts';
import {
  createCity,
  createNetworkWithCouncil,
  MINIMAL_PDF,
  multipartBody,
} from '../../test/helpers/fixtures.ts';
import { jsonAt } from '../../test/helpers/json.ts';
import type { paths } from '../../web/src/api/schema.d.ts';

const ctx = setUpTestApp();
type AgreementInput = paths['/api/agreements']['post']['requestBody']['content']['application/json'];
type Name = 'open' | 'members' | 'restricted' | 'restrictedAC';
const ids = {} as Record<
  'network' | 'council' | 'a' | 'b' | 'c' | 'openDocument' | 'hiddenDocument' | Name,
  string
>;
type Role =
  | 'public'
  | 'plain'
  | 'named'
  | 'officerA'
  | 'officerC'
  | 'secretariat'
  | 'councilMember'
  | 'admin';
const people = {} as Record<Role, As>;

// Written out by hand, independently of the rule: who sees which agreement.
const SEES: Record<Role, Name[]> = {
  public: ['open'],
  plain: ['open'],
  named: ['open', 'restricted'],
  officerA: ['open', 'members', 'restricted', 'restrictedAC'],
  officerC: ['open', 'restrictedAC'],
  secretariat: ['open', 'members'],
  councilMember: ['open', 'members', 'restricted'],
  admin: ['open', 'members', 'restricted', 'restrictedAC'],
};
const ROLES = Object.keys(SEES) as Role[];
const NAMES: Name[] = ['open', 'members', 'restricted', 'restrictedAC'];

beforeAll(async () => {
  ids.a = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.b = (await createCity(ctx, 'Porto-Novo', 'BJ')).id;
  ids.c = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  Object.assign(ids, await createNetworkWithCouncil(ctx, [ids.a, ids.b]));
  people.public = 'public';
  people.admin = 'admin';
  people.plain = await ctx.signInAs([]);
  people.named = await ctx.signInAs([]);
  people.officerA = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.a }]);
  people.officerC = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.c }]);
  people.secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
  people.councilMember = await ctx.signInAs([{ role: 'council_member', scopeId: ids.council }]);
  const namedId = (await expectData(ctx.apiAs(people.named).GET('/api/auth/me'), 200)).user.id;

  const record = async (title: string, parties: string[], extra: Partial<AgreementInput>) => {
    const created = ctx.api.POST('/api/agreements', {
      body: {
        type: 'twinning',
        title: { en: title },
        parties: parties.map((organizationId) => ({ organizationId })),
        ...extra,
      },
    });
    return (await expectData(created, 201)).id;
  };
  ids.open = await record('Open', [ids.a, ids.b], {});
  ids.members = await record('Members', [ids.a, ids.b], { visibility: 'members' });
  ids.restricted = await record('Restricted', [ids.a, ids.b], {
    visibility: 'restricted',
    readers: { userIds: [namedId], bodyIds: [ids.council] },
  });
  ids.restrictedAC = await record('Restricted A–C', [ids.a, ids.c], { visibility: 'restricted' });

  const upload = async (visibility: string) => {
    const response = await ctx.request({
      method: 'POST',
      url: `/api/agreements/${ids.open}/documents`,
      ...multipartBody({ language: 'fr', visibility }, { name: 'scan.pdf', content: MINIMAL_PDF }),
    });
    return answerOf(response, { path: '/api/agreements/{id}/documents', method: 'post', status: 201 }).id;
  };
  ids.openDocument = await upload('public');
  ids.hiddenDocument = await upload('restricted');
});

describe('visibility of agreements', () => {
  it.each(ROLES)('lists and opens for %s exactly the agreements they may read', async (role) => {
    const reader = ctx.apiAs(people[role]);
    const listed = await expectData(
      reader.GET('/api/agreements', { params: { query: { party: ids.a, limit: 100 } } }),
      200,
    );
    const seen = NAMES.filter((name) => listed.items.some((item) => item.id === ids[name]));
    expect(seen).toEqual(SEES[role]);
    for (const name of NAMES) {
      const one = await reader.GET('/api/agreements/{id}', { params: { path: { id: ids[name] } } });
      expect(one.response.status, `${role} opens ${name}`).toBe(SEES[role].includes(name) ? 200 : 404);
      // Raw: the audit query is one of two shapes, which its typed parameters do not say.
      const history = await ctx.request({
        method: 'GET',
        url: `/api/audit?entity=agreement&id=${ids[name]}`,
        as: people[role],
      });
      const expected = role === 'public' ? 401 : SEES[role].includes(name) ? 200 : 404;
      expect(history.statusCode, `${role} reads the history of ${name}`).toBe(expected);
    }
  });

  it('shows a restricted document only to those named or acting for the agreement', async () => {
    for (const role of ROLES) {
      const detail = await expectData(
        ctx.apiAs(people[role]).GET('/api/agreements/{id}', { params: { path: { id: ids.open } } }),
        200,
      );
      const documentIds = detail.documents.map((document) => document.id);
      const mayRead = role === 'officerA' || role === 'admin';
      expect(documentIds, role).toEqual(
        mayRead ? [ids.openDocument, ids.hiddenDocument] : [ids.openDocument],
      );
      const download = await ctx.request({
        method: 'GET',
        url: `/api/agreements/${ids.open}/documents/${ids.hiddenDocument}`,
        as: people[role],
      });
      expect(download.statusCode, role).toBe(mayRead ? 200 : 404);
    }
  });

  it('leaves members-only and restricted records out of the public export', async () => {
    // Raw: the OpenAPI document does not describe the export's body.
    const exported = await ctx.request({ method: 'GET', url: '/api/export', as: 'admin' });
    const idsOf = (table: string) => {
      const rows = jsonAt(exported.data, table);
      expect(Array.isArray(rows), table).toBe(true);
      return (Array.isArray(rows) ? rows : []).map((row) => jsonAt(row, 'id'));
    };
    const agreementIds = idsOf('agreements');
    expect(agreementIds).toContain(ids.open);
    for (const name of ['members', 'restricted', 'restrictedAC'] as const)
      expect(agreementIds).not.toContain(ids[name]);
    const documentIds = idsOf('agreementDocuments');
    expect(documentIds).toEqual([ids.openDocument]);
    const parties = jsonAt(exported.data, 'agreementParties');
    expect(parties).toBeDefined();
    expect(JSON.stringify(parties)).not.toContain(ids.restricted);
  });

  it('refuses readers that are not accounts or bodies, and a visibility that does not exist, writing nothing', async () => {
    const byId = { params: { path: { id: ids.restricted } } };
    type Changes = paths['/api/agreements/{id}']['patch']['requestBody']['content']['application/json'];
    const patch = (body: Changes) => ctx.api.PATCH('/api/agreements/{id}', { ...byId, body });
    const notBody = await expectProblem(patch({ readers: { bodyIds: [ids.a] } }), 422);
    expect(notBody.errors?.[0]?.field).toBe('/readers/bodyIds/0');
    const noUser = await expectProblem(
      patch({ readers: { userIds: ['00000000-0000-4000-8000-000000000001'] } }),
      422,
    );
    expect(noUser.errors?.[0]?.field).toBe('/readers/userIds/0');
    // Raw: a visibility the documented shape does not have.
    const badVisibility = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${ids.restricted}`,
      payload: { visibility: 'secret' },
    });
    expect(badVisibility.statusCode).toBe(422);
    expect(problemOf(badVisibility).errors?.[0]?.field).toBe('/visibility');
    const after = await expectData(ctx.api.GET('/api/agreements/{id}', byId), 200);
    expect(after.readers.bodyIds).toEqual([ids.council]);
    expect(after.readers.userIds).toHaveLength(1);

    expect((await patch({ visibility: 'public' })).response.status).toBe(200);
    expect((await ctx.apiAs('public').GET('/api/agreements/{id}', byId)).response.status).toBe(200);
    await patch({ visibility: 'restricted' });
  });
});
