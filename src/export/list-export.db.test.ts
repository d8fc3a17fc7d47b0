import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectData, problemOf } from '../../test/helpers/api-client.ts';
import { type As, setUpTestApp } from '../../test/helpers/app.ts';
import { createNetworkWithCouncil, createOrganization } from '../../test/helpers/fixtures.ts';
import { createAgreement } from '../agreements/recording.ts';
import { inTransaction } from '../db/transaction.ts';

const ctx = setUpTestApp();
const ids = {} as Record<'a' | 'b' | 'c' | 'network' | 'council' | 'restricted' | 'members', string>;
const people = {} as Record<'officerA' | 'officerC', As>;
/** More agreements between A and B than one page of the export holds (200). */
const MANY = 205;

beforeAll(async () => {
  const city = async (en: string, ar: string, countryCode: string) =>
    (
      await createOrganization(ctx, {
        kind: 'local_authority',
        subkind: 'commune',
        name: { en, ar },
        countryCode,
      })
    ).id;
  ids.a = await city('Smara', 'السمارة', 'EH');
  ids.b = await city('Timbuktu', 'تمبكتو', 'ML');
  ids.c = await city('Ivry-sur-Seine', 'إيفري سور سين', 'FR');
  Object.assign(ids, await createNetworkWithCouncil(ctx, [ids.a, ids.b]));
  people.officerA = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.a }]);
  people.officerC = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.c }]);
  await inTransaction(ctx.database.db, async (tx) => {
    for (let index = 0; index < MANY; index += 1) {
      const day = String(1 + (index % 28)).padStart(2, '0');
      await createAgreement(
        tx,
        { actor: 'test' },
        {
          type: index % 2 ? 'twinning' : 'cooperation_agreement',
          status: index % 10 === 9 ? 'proposed' : 'signed',
          title: { en: `Smara – Timbuktu ${index}`, ar: `السمارة – تمبكتو ${index}` },
          themes: index % 3 ? ['culture'] : ['health'],
          ...(index % 10 === 9
            ? {}
            : { parts: [{ signedOn: `20${10 + (index % 15)}-0${1 + (index % 9)}-${day}` }] }),
          parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
        },
      );
    }
  });
  const record = async (title: string, parties: string[], visibility: 'members' | 'restricted') =>
    (
      await expectData(
        ctx.api.POST('/api/agreements', {
          body: {
            type: 'twinning',
            title: { en: title },
            themes: ['culture'],
            parties: parties.map((organizationId) => ({ organizationId })),
            visibility,
          },
        }),
        201,
      )
    ).id;
  ids.restricted = await record('Restricted A–C', [ids.a, ids.c], 'restricted');
  ids.members = await record('Members A–B', [ids.a, ids.b], 'members');
}, 120_000);

const download = (url: string, as: As = 'admin', headers: Record<string, string> = {}) =>
  ctx.request({ method: 'GET', url, as, headers });

function csvRows(body: string): string[][] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body, { bom: true }) as string[][];
}

async function listIds(query: Record<string, string | number>, as: As = 'admin'): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await expectData(
      ctx.apiAs(as).GET('/api/agreements', { params: { query: { ...query, limit: 37, cursor } } }),
      200,
    );
    seen.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

describe('downloading the list of agreements', () => {
  it.each([
    [{ party: ids.a }, 'party'],
    [{ theme: 'culture', sort: 'oldest' }, 'theme, oldest first'],
    [{ type: 'twinning', signedFrom: '2012-01-01', signedTo: '2020-12-31' }, 'type and period'],
    [{ q: 'tombouctou' }, 'search without a match'],
  ] as const)('holds the list’s items across all its pages, in order (%o: %s)', async (query, _name) => {
    // The fixtures' ids are known only once the file runs: fill them in here.
    const filters: Record<string, string> = { ...query };
    if ('party' in query) filters.party = ids.a;
    const expected = await listIds(filters);
    const response = await download(
      `/api/agreements/export?${new URLSearchParams({ ...filters, format: 'csv' })}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = csvRows(response.body);
    expect(header?.[0]).toBe('Identifier');
    expect(rows.map((row) => row[0])).toEqual(expected);
    if ('party' in query) expect(rows.length).toBeGreaterThan(200);
  });

  it('is an attachment named after the list and the day', async () => {
    const response = await download('/api/agreements/export?format=xlsx');
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="jumelage-agreements-${today}.xlsx"`,
    );
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('never shows a reader more than the list shows them', async () => {
    const exported = async (as: As) => {
      const response = await download(`/api/agreements/export?format=csv&party=${ids.a}`, as);
      expect(response.statusCode, response.body).toBe(200);
      return csvRows(response.body)
        .slice(1)
        .map((row) => row[0]);
    };
    const seenBy = {
      public: await exported('public'),
      officerA: await exported(people.officerA),
      officerC: await exported(people.officerC),
    };
    expect(seenBy.public).not.toContain(ids.restricted);
    expect(seenBy.public).not.toContain(ids.members);
    expect(seenBy.officerA).toContain(ids.restricted);
    expect(seenBy.officerA).toContain(ids.members);
    expect(seenBy.officerC).toContain(ids.restricted);
    expect(seenBy.officerC).not.toContain(ids.members);
    for (const [who, as] of [
      ['public', 'public'],
      ['officerA', people.officerA],
      ['officerC', people.officerC],
    ] as const) {
      expect(seenBy[who]).toEqual(await listIds({ party: ids.a }, as));
    }
  });

  it.each([
    ['en', undefined, ['Identifier', 'Title', 'Type', 'Status'], ['Twinning', 'signed', 'Culture']],
    ['fr', undefined, ['Identifiant', 'Titre', 'Type', 'Statut'], ['Jumelage', 'signé', 'Culture']],
    ['ar', undefined, ['المعرّف', 'العنوان', 'النوع', 'الحالة'], ['توأمة', 'موقعة', 'الثقافة']],
    ['ar', 'ar-MA,ar;q=0.9', ['المعرّف', 'العنوان', 'النوع', 'الحالة'], ['توأمة', 'موقعة', 'الثقافة']],
  ] as const)(
    'writes headers and values in %s (Accept-Language %s)',
    async (lang, accept, headers, values) => {
      const url = `/api/agreements/export?format=csv&type=twinning&theme=culture&party=${ids.a}`;
      const response = accept
        ? await download(url, 'admin', { 'accept-language': accept })
        : await download(`${url}&lang=${lang}`);
      expect(response.headers['content-language']).toBe(lang);
      const [header, first] = csvRows(response.body);
      expect(header?.slice(0, 4)).toEqual(headers);
      for (const value of values) expect(first).toContain(value);
    },
  );

  it('parses back with Arabic intact, country names in the reader’s language and ISO dates', async () => {
    const response = await download(`/api/agreements/export?format=csv&lang=ar&party=${ids.a}`);
    const [header, ...rows] = csvRows(response.body);
    const column = (name: string) => header!.indexOf(name);
    const first = rows[0]!;
    expect(first[column('العنوان')]).toMatch(/^السمارة – تمبكتو \d+$/);
    expect(first[column('الأطراف')]).toBe('السمارة; تمبكتو');
    expect(first[column('الدول')]).toBe(
      `${new Intl.DisplayNames(['ar'], { type: 'region' }).of('EH')}; ${new Intl.DisplayNames(['ar'], { type: 'region' }).of('ML')}`,
    );
    expect(first[column('تاريخ التوقيع')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('opens as a workbook with exceljs, with every row and real dates', async () => {
    const expected = await listIds({ party: ids.a });
    const response = await download(`/api/agreements/export?format=xlsx&lang=fr&party=${ids.a}`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Identifiant');
    const idsInSheet: string[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) idsInSheet.push(String(row.getCell(1).value));
    });
    expect(idsInSheet).toEqual(expected);
    const signedColumn = (sheet.getRow(1).values as unknown[]).indexOf('Signé le');
    const signed = sheet.getRow(2).getCell(signedColumn).value;
    expect(signed).toBeInstanceOf(Date);
  });

  it.each([
    ['status=nope&format=csv', '/querystring/status'],
    ['format=pdf', '/querystring/format'],
    ['signedFrom=2020-02-30&format=csv', '/querystring/signedFrom'],
    ['limit=5&format=csv', '/querystring/limit'],
    ['theme=culture', '/querystring/format'],
  ])('refuses a bad filter (%s) as a problem naming the field', async (query, field) => {
    const response = await download(`/api/agreements/export?${query}`);
    expect([400, 422]).toContain(response.statusCode);
    const problem = problemOf(response);
    const fields = [problem.field, ...(problem.errors ?? []).map((error) => error.field)];
    expect(fields).toContain(field);
  });
});

describe('a text a spreadsheet would take for a formula', () => {
  it('stays text in both formats', async () => {
    const title = '=HYPERLINK("https://evil.example","open")';
    const id = (
      await expectData(
        ctx.api.POST('/api/agreements', {
          body: {
            type: 'other',
            title: { en: title },
            parties: [{ organizationId: ids.c }, { organizationId: ids.b }],
          },
        }),
        201,
      )
    ).id;
    const csv = csvRows((await download(`/api/agreements/export?format=csv&party=${ids.c}&type=other`)).body);
    expect(csv[1]?.slice(0, 2)).toEqual([id, `'${title}`]);
    const workbook = new ExcelJS.Workbook();
    const xlsx = await download(`/api/agreements/export?format=xlsx&party=${ids.c}&type=other`);
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(2).value).toBe(title);
  });
});

describe('downloading the other lists', () => {
  it('gives the organizations the filters select', async () => {
    const response = await download('/api/organizations/export?format=csv&country=ML&lang=fr');
    const [header, ...rows] = csvRows(response.body);
    expect(header?.slice(0, 2)).toEqual(['Identifiant', 'Nom']);
    expect(rows.map((row) => row[0])).toEqual([ids.b]);
    expect(rows[0]).toContain('Mali');
  });

  it('gives people with contact details only where the list shows them', async () => {
    const person = await expectData(
      ctx.api.POST('/api/people', { body: { name: 'Mohamed Lamine', email: 'lamine@example.org' } }),
      201,
    );
    const asAdmin = csvRows((await download('/api/people/export?format=csv&q=Lamine')).body);
    const asPublic = csvRows((await download('/api/people/export?format=csv&q=Lamine', 'public')).body);
    expect(asAdmin[1]).toEqual([person.id, 'Mohamed Lamine', 'lamine@example.org', '']);
    expect(asPublic[1]).toEqual([person.id, 'Mohamed Lamine', '', '']);
  });

  it('gives networks and events', async () => {
    const networks = csvRows((await download('/api/networks/export?format=csv', 'public')).body);
    expect(networks.slice(1).map((row) => row[0])).toContain(ids.network);
    const events = await download('/api/events/export?format=xlsx', 'public');
    expect(events.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(events.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('Identifier');
  });
});
