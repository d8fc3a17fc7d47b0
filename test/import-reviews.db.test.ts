import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../src/db/client.ts';
import { importAgreementsFile, importAgreementTable } from '../src/imports/agreements-import.ts';
import { readCsv } from '../src/imports/read-table.ts';
import { importPlaces } from '../src/places/import.ts';
import { expectData, expectProblem } from './helpers/api-client.ts';
import { type As, setUpTestApp } from './helpers/app.ts';
import { countRows, createCity } from './helpers/fixtures.ts';

// A list of twinnings in Sierra Leone whose names an import cannot all settle: two places called
// Giehun, two called Gandorhun, a name no gazetteer has, a country no one knows.
const FILE = fileURLToPath(new URL('./fixtures/twinnings-to-review.csv', import.meta.url));
const SOURCE = {
  url: 'https://example.org/twinnings-sierra-leone',
  title: 'Twinnings of Sierra Leone',
  language: 'en',
};

const ctx = setUpTestApp(async (context) => {
  await importPlaces(context.database, { countries: ['SL'] });
  await importAgreementsFile(context.database.db, FILE, { source: SOURCE });
});

let officer: As;
const idOf = async (name: string) => {
  const page = await expectData(
    ctx.api.GET('/api/import-reviews', { params: { query: { q: name, status: 'open' } } }),
    200,
  );
  return page.items.find((item) => item.name === name)!;
};
const twinningsOf = async (name: string) =>
  (
    await selectRows<{ title: string }>(
      ctx.database.db,
      sql`SELECT a.title->>'en' AS title FROM agreements a WHERE a.title->>'en' LIKE ${`%${name}%`} ORDER BY 1`,
    )
  ).map((row) => row.title);

beforeAll(async () => {
  const city = await createCity(ctx, 'Kenema', 'SL');
  officer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: city.id }]);
});

describe('the review list', () => {
  it('lists the open names with their count, a page at a time, filtered by country and text', async () => {
    const all = await expectData(ctx.api.GET('/api/import-reviews'), 200);
    expect(all.total).toBe(4);
    expect(all.items.map((item) => item.name).sort()).toEqual([
      'Atlantis',
      'Gandorhun',
      'Giehun',
      'Zzyzxqville',
    ]);
    const first = await expectData(
      ctx.api.GET('/api/import-reviews', { params: { query: { limit: 3 } } }),
      200,
    );
    expect(first.items).toHaveLength(3);
    const second = await expectData(
      ctx.api.GET('/api/import-reviews', { params: { query: { limit: 3, cursor: first.nextCursor! } } }),
      200,
    );
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual(
      all.items.map((item) => item.id).sort(),
    );
    const inSierraLeone = await expectData(
      ctx.api.GET('/api/import-reviews', { params: { query: { country: 'SL' } } }),
      200,
    );
    expect(inSierraLeone.total).toBe(3);
    const searched = await expectData(
      ctx.api.GET('/api/import-reviews', { params: { query: { q: 'GIEH' } } }),
      200,
    );
    expect(searched.items.map((item) => item.name)).toEqual(['Giehun']);
    const resolved = await expectData(
      ctx.api.GET('/api/import-reviews', { params: { query: { status: 'resolved' } } }),
      200,
    );
    expect(resolved.total).toBe(0);
    await expectProblem(
      ctx.api.GET('/api/import-reviews', { params: { query: { cursor: 'nonsense' } } }),
      422,
    );
  });

  it('shows a name with its candidates, their facts and why they were offered, in the reader’s language', async () => {
    const giehun = await idOf('Giehun');
    const read = (language: string) =>
      ctx.request({
        method: 'GET',
        url: `/api/import-reviews/${giehun.id}`,
        headers: { 'accept-language': language },
      });
    const english = (await read('en')).data as typeof giehun;
    expect(english).toMatchObject({
      name: 'Giehun',
      country: 'Sierra Leone',
      countryCode: 'SL',
      countryName: 'Sierra Leone',
      reason: 'ambiguous',
      status: 'open',
      source: { title: SOURCE.title, url: SOURCE.url },
      allowedActions: ['resolve', 'dismiss'],
    });
    expect(english.candidates).toHaveLength(2);
    expect(english.candidates[0]).toMatchObject({
      name: 'Giehun',
      countryName: 'Sierra Leone',
      population: 3350,
      match: 'exact',
      matchedName: 'Giehun',
      seat: null,
      rank: 1,
      latitude: expect.any(Number),
      longitude: expect.any(Number),
    });
    expect(english.partners).toEqual([
      { name: 'Kenema', country: 'Sierra Leone', countryName: 'Sierra Leone', underReview: false },
      { name: 'Gandorhun', country: 'Sierra Leone', countryName: 'Sierra Leone', underReview: true },
    ]);
    const arabic = (await read('ar')).data as typeof giehun;
    expect(arabic.countryName).toBe('سيراليون');
    expect(arabic.candidates[0]!.countryName).toBe('سيراليون');
  });

  it('offers close spellings for a name no place has, and shows nothing to whoever may not read it', async () => {
    const unknown = await idOf('Zzyzxqville');
    expect(unknown.reason).toBe('not_found');
    expect(unknown.candidates.every((candidate) => candidate.match === 'close')).toBe(true);
    const asOfficer = await expectData(ctx.apiAs(officer).GET('/api/import-reviews'), 200);
    expect(asOfficer.items.every((item) => item.allowedActions.length === 0)).toBe(true);
    await expectProblem(ctx.apiAs('public').GET('/api/import-reviews'), 401);
    await expectProblem(
      ctx.api.GET('/api/import-reviews/{id}', {
        params: { path: { id: '00000000-0000-4000-8000-00000000abcd' } },
      }),
      404,
    );
  });
});

describe('settling a name', () => {
  const resolve = (id: string, body: Record<string, unknown>, as: As = 'admin') =>
    ctx.request({ method: 'POST', url: `/api/import-reviews/${id}/resolve`, payload: body, as });

  it('refuses an unclear choice, naming the field, and writes nothing', async () => {
    const giehun = await idOf('Giehun');
    const before = await countRows(ctx);
    const refusals = [
      [{ version: giehun.version }, 422, 'import_review.choice_required', '/placeId'],
      [
        {
          version: giehun.version,
          placeId: giehun.candidates[0]!.placeId,
          newPlace: { name: 'X', countryCode: 'SL' },
        },
        422,
        'import_review.choice_required',
        '/placeId',
      ],
      [
        { version: giehun.version, placeId: '00000000-0000-4000-8000-00000000abcd' },
        422,
        'place.not_found',
        '/placeId',
      ],
      [
        { version: giehun.version, newPlace: { name: 'Giehun', countryCode: 'ZZ' } },
        422,
        'country.invalid',
        '/newPlace/countryCode',
      ],
      [
        { version: giehun.version + 1, placeId: giehun.candidates[0]!.placeId },
        409,
        'import_review.stale',
        '/version',
      ],
    ] as const;
    for (const [body, status, code, field] of refusals) {
      const response = await resolve(giehun.id, body);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.data).toMatchObject({ code, field });
    }
    const noVersion = await resolve(giehun.id, { placeId: giehun.candidates[0]!.placeId });
    expect([400, 422]).toContain(noVersion.statusCode);
    expect(
      (await resolve(giehun.id, { version: giehun.version, placeId: giehun.candidates[0]!.placeId }, officer))
        .statusCode,
    ).toBe(403);
    const unknown = await resolve('00000000-0000-4000-8000-00000000abcd', {
      version: 1,
      placeId: giehun.candidates[0]!.placeId,
    });
    expect(unknown.statusCode).toBe(404);
    expect(await countRows(ctx)).toEqual(before);
  });

  it('records the held pairs whose other side is settled, in one go, audited; a second decision is refused', async () => {
    const giehun = await idOf('Giehun');
    const chosen = giehun.candidates[0]!;
    const response = await resolve(giehun.id, { version: giehun.version, placeId: chosen.placeId });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.data).toMatchObject({
      review: { status: 'resolved', place: { id: chosen.placeId }, allowedActions: [] },
      // Giehun–Kenema is recorded; Giehun–Gandorhun waits for Gandorhun.
      agreements: { created: 1, matched: 0 },
      heldPairs: 1,
    });
    expect(await twinningsOf('Giehun')).toEqual([
      expect.stringMatching(/^Twinning (Giehun – Kenema|Kenema – Giehun)$/),
    ]);
    const [audited] = await selectRows<{ count: number }>(
      ctx.database.db,
      sql`SELECT count(*)::int AS count FROM audit_log WHERE entity_type = 'import_review' AND entity_id = ${giehun.id}`,
    );
    expect(audited!.count).toBe(1);

    const again = await resolve(giehun.id, {
      version: (response.data as { review: { version: number } }).review.version,
      placeId: chosen.placeId,
    });
    expect(again.statusCode).toBe(409);
    expect(again.data).toMatchObject({ code: 'import_review.already_resolved' });
    // Seen as resolved, with the place chosen.
    const resolved = await expectData(
      ctx.api.GET('/api/import-reviews', { params: { query: { status: 'resolved' } } }),
      200,
    );
    expect(resolved.items.map((item) => [item.name, item.place?.id])).toEqual([['Giehun', chosen.placeId]]);
  });

  it('refuses a decision made on a name an import changed since it was read', async () => {
    const seen = await idOf('Gandorhun');
    // Another list names Gandorhun with a new partner: the name under review changes.
    await importAgreementTable(
      ctx.database.db,
      readCsv('city1,country1,city2,country2\nGandorhun,Sierra Leone,Makeni,Sierra Leone\n'),
      { source: SOURCE },
    );
    const now = await idOf('Gandorhun');
    expect(now.version).toBeGreaterThan(seen.version);
    expect(now.partners.map((partner) => partner.name)).toContain('Makeni');
    const stale = await resolve(seen.id, { version: seen.version, placeId: seen.candidates[0]!.placeId });
    expect(stale.statusCode).toBe(409);
    expect(stale.data).toMatchObject({ code: 'import_review.stale', field: '/version' });
  });

  it('takes a place that is not among the candidates, and then records the pair that waited on both names', async () => {
    const gandorhun = await idOf('Gandorhun');
    const [makeni] = await selectRows<{ id: string }>(
      ctx.database.db,
      sql`SELECT id FROM places WHERE country_code = 'SL' AND name = 'Makeni'`,
    );
    expect(gandorhun.candidates.map((candidate) => candidate.placeId)).not.toContain(makeni!.id);
    const response = await resolve(gandorhun.id, { version: gandorhun.version, placeId: makeni!.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.data).toMatchObject({ agreements: { created: 2 }, heldPairs: 0 });
  });

  it('makes a new place cited to the list that named it', async () => {
    const unknown = await idOf('Zzyzxqville');
    const response = await resolve(unknown.id, {
      version: unknown.version,
      newPlace: { name: 'Zzyzxqville', countryCode: 'SL', latitude: 8.1, longitude: -12.1 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const [place] = await selectRows(
      ctx.database.db,
      sql`SELECT p.latitude, s.url FROM places p
          JOIN citations c ON c.entity_type = 'place' AND c.entity_id = p.id
          JOIN sources s ON s.id = c.source_id WHERE p.name = 'Zzyzxqville'`,
    );
    expect(place).toEqual({ latitude: 8.1, url: SOURCE.url });
    expect(await twinningsOf('Zzyzxqville')).toEqual([
      expect.stringMatching(/^Twinning (Zzyzxqville – Freetown|Freetown – Zzyzxqville)$/),
    ]);
  });

  it('dismisses a name with a reason, once', async () => {
    const atlantis = await idOf('Atlantis');
    const dismiss = (body: Record<string, unknown>) =>
      ctx.request({ method: 'POST', url: `/api/import-reviews/${atlantis.id}/dismiss`, payload: body });
    const blank = await dismiss({ version: atlantis.version, reason: '  ' });
    expect(blank.statusCode).toBe(422);
    expect(blank.data).toMatchObject({ code: 'text.blank', field: '/reason' });
    const dismissed = await dismiss({ version: atlantis.version, reason: 'A legend, not a town' });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(dismissed.data).toMatchObject({ status: 'dismissed', dismissReason: 'A legend, not a town' });
    const again = await dismiss({
      version: (dismissed.data as { version: number }).version,
      reason: 'Again',
    });
    expect(again.statusCode).toBe(409);
    expect(again.data).toMatchObject({ code: 'import_review.already_dismissed' });
    const open = await expectData(ctx.api.GET('/api/import-reviews'), 200);
    expect(open.total).toBe(0);
  });

  it('leaves everything as it is when the file is imported again', async () => {
    const before = await countRows(ctx);
    const report = await importAgreementsFile(ctx.database.db, FILE, { source: SOURCE });
    expect(report.resolvedBy.reviewed).toBe(3);
    expect(report.agreements.created).toBe(0);
    expect(await countRows(ctx)).toEqual(before);
  });
});
