import { beforeAll, describe, expect, it } from 'vitest';
import { type As, setUpTestApp } from '../../test/helpers/app.ts';
import {
  createCity,
  createNetworkWithCouncil,
  MINIMAL_PDF,
  multipartBody,
} from '../../test/helpers/fixtures.ts';

const ctx = setUpTestApp();
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
  const namedId = (await ctx.request({ method: 'GET', url: '/api/auth/me', as: people.named })).data.user.id;

  const record = async (title: string, parties: string[], extra: object) => {
    const response = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        title: { en: title },
        parties: parties.map((organizationId) => ({ organizationId })),
        ...extra,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.data.id as string;
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
    expect(response.statusCode, response.body).toBe(201);
    return response.data.id as string;
  };
  ids.openDocument = await upload('public');
  ids.hiddenDocument = await upload('restricted');
});

describe('visibility of agreements', () => {
  it.each(ROLES)('lists and opens for %s exactly the agreements they may read', async (role) => {
    const listed = await ctx.request({
      method: 'GET',
      url: `/api/agreements?party=${ids.a}&limit=100`,
      as: people[role],
    });
    expect(listed.statusCode).toBe(200);
    const seen = NAMES.filter((name) =>
      listed.data.items.some((item: { id: string }) => item.id === ids[name]),
    );
    expect(seen).toEqual(SEES[role]);
    for (const name of NAMES) {
      const one = await ctx.request({ method: 'GET', url: `/api/agreements/${ids[name]}`, as: people[role] });
      expect(one.statusCode, `${role} opens ${name}`).toBe(SEES[role].includes(name) ? 200 : 404);
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
      const detail = await ctx.request({
        method: 'GET',
        url: `/api/agreements/${ids.open}`,
        as: people[role],
      });
      const documentIds = detail.data.documents.map((document: { id: string }) => document.id);
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
    const exported = await ctx.request({ method: 'GET', url: '/api/export', as: 'admin' });
    const agreementIds = exported.data.agreements.map((row: { id: string }) => row.id);
    expect(agreementIds).toContain(ids.open);
    for (const name of ['members', 'restricted', 'restrictedAC'] as const)
      expect(agreementIds).not.toContain(ids[name]);
    const documentIds = exported.data.agreementDocuments.map((row: { id: string }) => row.id);
    expect(documentIds).toEqual([ids.openDocument]);
    expect(JSON.stringify(exported.data.agreementParties)).not.toContain(ids.restricted);
  });

  it('refuses readers that are not accounts or bodies, and a visibility that does not exist, writing nothing', async () => {
    const patch = (payload: object) =>
      ctx.request({ method: 'PATCH', url: `/api/agreements/${ids.restricted}`, payload });
    const notBody = await patch({ readers: { bodyIds: [ids.a] } });
    expect(notBody.statusCode).toBe(422);
    expect(notBody.data.errors[0].field).toBe('/readers/bodyIds/0');
    const noUser = await patch({ readers: { userIds: ['00000000-0000-4000-8000-000000000001'] } });
    expect(noUser.statusCode).toBe(422);
    expect(noUser.data.errors[0].field).toBe('/readers/userIds/0');
    const badVisibility = await patch({ visibility: 'secret' });
    expect(badVisibility.statusCode).toBe(422);
    expect(badVisibility.data.errors[0].field).toBe('/visibility');
    const after = await ctx.request({ method: 'GET', url: `/api/agreements/${ids.restricted}` });
    expect(after.data.readers.bodyIds).toEqual([ids.council]);
    expect(after.data.readers.userIds).toHaveLength(1);

    const opened = await patch({ visibility: 'public' });
    expect(opened.statusCode).toBe(200);
    expect(
      (await ctx.request({ method: 'GET', url: `/api/agreements/${ids.restricted}`, as: 'public' }))
        .statusCode,
    ).toBe(200);
    await patch({ visibility: 'restricted' });
  });
});
