import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../src/db/client.ts';
import type { AgreementsImportResult } from '../src/imports/import-job.ts';
import { importPlaces } from '../src/places/import.ts';
import { setUpTestApp } from './helpers/app.ts';
import { MINIMAL_PDF, multipartBody } from './helpers/fixtures.ts';

// Ten rows of Wikipedia's lists of twin towns (one pair written both ways, one partner in a country
// whose places are not in this gazetteer).
const SAMPLE = new URL('./fixtures/twinnings-sample.csv', import.meta.url);

const context = setUpTestApp(
  async ({ database }) => {
    await importPlaces(database, { countries: ['LU', 'MT', 'SI'] });
  },
  { jobWorker: { pollMs: 20 } },
);

interface JobAnswer {
  id: string;
  status: string;
  phase: string | null;
  done: number;
  total: number;
  result: AgreementsImportResult | null;
  error: { code: string; field?: string } | null;
}

async function upload(content: Buffer, name = 'twinnings.csv', as: 'admin' | { cookie: string } = 'admin') {
  return context.request({
    method: 'POST',
    url: '/api/imports/agreements/files',
    as,
    ...multipartBody({}, { name, content, type: 'text/csv' }),
  });
}

async function finished(id: string): Promise<JobAnswer> {
  for (;;) {
    const response = await context.request({ method: 'GET', url: `/api/jobs/${id}` });
    expect(response.statusCode).toBe(200);
    const job = response.data as JobAnswer;
    if (!['queued', 'running'].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function agreementCount(): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    context.database.db,
    sql`SELECT count(*)::int AS n FROM agreements`,
  );
  return row!.n;
}

describe('importing a twinning list from the workspace', () => {
  it('reads the file’s headers and proposes a column for each, then previews, then imports as a job', async () => {
    const sent = await upload(await readFile(SAMPLE));
    expect(sent.statusCode).toBe(201);
    const file = sent.data as {
      id: string;
      rows: number;
      headers: string[];
      proposed: object;
      sample: unknown[];
    };
    expect(file).toMatchObject({
      rows: 10,
      headers: ['city1', 'country1', 'city2', 'country2'],
      proposed: { city1: 'city1', country1: 'country1', city2: 'city2', country2: 'country2' },
    });
    expect(file.sample).toHaveLength(5);

    const before = await agreementCount();
    const preview = await context.request({
      method: 'POST',
      url: '/api/imports/agreements',
      payload: { fileId: file.id, dryRun: true },
    });
    expect(preview.statusCode).toBe(202);
    expect(preview.headers.location).toBe(`/api/jobs/${(preview.data as JobAnswer).id}`);
    const previewed = await finished((preview.data as JobAnswer).id);
    expect(previewed.status).toBe('succeeded');
    const report = previewed.result!.report;
    expect(report).toMatchObject({
      dryRun: true,
      rows: 10,
      pairs: 8,
      mergedRows: 1,
      heldPairs: 1,
      agreements: { created: 8, matched: 0 },
      reviewTotal: 1,
    });
    expect(report.review[0]).toMatchObject({ name: 'Coimbra', country: 'Portugal' });
    expect(previewed.result!.sample.map((row) => row.outcome)).toEqual([
      'created',
      'created',
      'created',
      'created',
      'created',
    ]);
    expect(await agreementCount()).toBe(before);

    const applied = await context.request({
      method: 'POST',
      url: '/api/imports/agreements',
      payload: { fileId: file.id, dryRun: false },
    });
    expect(applied.statusCode).toBe(202);
    const done = await finished((applied.data as JobAnswer).id);
    expect(done).toMatchObject({ status: 'succeeded', phase: 'review', done: 1, total: 1 });
    expect(done.result!.report).toMatchObject({ dryRun: false, agreements: { created: 8, matched: 0 } });
    expect(await agreementCount()).toBe(before + 8);

    // Again: nothing new.
    const again = await context.request({
      method: 'POST',
      url: '/api/imports/agreements',
      payload: { fileId: file.id, dryRun: false },
    });
    expect((await finished((again.data as JobAnswer).id)).result!.report.agreements).toEqual({
      created: 0,
      matched: 8,
    });
    expect(await agreementCount()).toBe(before + 8);
  });

  it('takes a mapping for headers it does not recognize, and an XLSX file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Jumelages');
    sheet.addRow(['Commune', 'Land', 'Partenaire', 'Land B']);
    sheet.addRow(['Valletta', 'Malta', 'Piran', 'Slovenia']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const sent = await upload(content, 'jumelages.xlsx');
    expect(sent.statusCode).toBe(201);
    const file = sent.data as { id: string; proposed: Record<string, string | null> };
    expect(file.proposed.country1).toBeNull();
    const mapping = { city1: 'Commune', country1: 'Land', city2: 'Partenaire', country2: 'Land B' };
    const queued = await context.request({
      method: 'POST',
      url: '/api/imports/agreements',
      payload: { fileId: file.id, mapping, dryRun: true },
    });
    expect(queued.statusCode).toBe(202);
    const job = await finished((queued.data as JobAnswer).id);
    expect(job.result).toMatchObject({ mapping, report: { pairs: 1 } });
  });

  it('refuses, as problem+json naming the field, what cannot be imported', async () => {
    const problem = (response: { statusCode: number; headers: Record<string, unknown>; data: unknown }) => {
      expect(String(response.headers['content-type'])).toContain('application/problem+json');
      return { status: response.statusCode, ...(response.data as { code: string; field: string }) };
    };
    expect(problem(await upload(MINIMAL_PDF, 'agreement.pdf'))).toMatchObject({
      status: 422,
      code: 'import.file_unreadable',
      field: '/file',
    });
    expect(problem(await upload(Buffer.from('city1,country1,city2,country2\n'), 'empty.csv'))).toMatchObject({
      status: 422,
      code: 'import.file_empty',
      field: '/file',
    });
    expect(
      problem(
        await context.request({
          method: 'POST',
          url: '/api/imports/agreements/files',
          ...multipartBody({ note: 'no file' }),
        }),
      ),
    ).toMatchObject({ status: 422, code: 'import.file_missing', field: '/file' });
    // Over the limit: 20 MB and one byte.
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1, 0x61);
    expect(problem(await upload(huge, 'huge.csv'))).toMatchObject({
      status: 413,
      code: 'import.file_too_large',
      field: '/file',
    });

    const file = (await upload(Buffer.from('Ville,Pays,Ville partenaire,Pays partenaire\nA,B,C,D\n')))
      .data as {
      id: string;
    };
    const queue = async (payload: object) =>
      problem(await context.request({ method: 'POST', url: '/api/imports/agreements', payload }));
    expect(await queue({ fileId: file.id, dryRun: true, mapping: { city1: 'Town' } })).toMatchObject({
      status: 422,
      code: 'import.column_unknown',
      field: '/mapping/city1',
    });
    expect(await queue({ fileId: file.id, dryRun: true })).toMatchObject({
      status: 422,
      code: 'import.column_missing',
      field: '/mapping/city1',
    });
    expect(await queue({ fileId: file.id, dryRun: true, mapping: { town: 'Ville' } })).toMatchObject({
      status: 422,
      field: '/mapping/town',
    });
    expect(await queue({ fileId: '00000000-0000-4000-8000-000000000000', dryRun: true })).toMatchObject({
      status: 404,
      code: 'import.file_not_found',
      field: '/fileId',
    });
  });

  it('lets only platform admins import, and shows a job only to whoever queued it', async () => {
    const officer = await context.signInAs();
    const capabilities = await context.request({
      method: 'GET',
      url: '/api/imports/agreements',
      as: officer,
    });
    expect(capabilities.data).toMatchObject({ allowedActions: [], maxFileBytes: 20 * 1024 * 1024 });
    const admin = await context.request({ method: 'GET', url: '/api/imports/agreements' });
    expect(admin.data).toMatchObject({ allowedActions: ['import'] });
    expect((await upload(await readFile(SAMPLE), 'x.csv', officer)).statusCode).toBe(403);

    const file = (await upload(await readFile(SAMPLE))).data as { id: string };
    const queued = await context.request({
      method: 'POST',
      url: '/api/imports/agreements',
      payload: { fileId: file.id, dryRun: true },
    });
    const id = (queued.data as JobAnswer).id;
    const seen = await context.request({ method: 'GET', url: `/api/jobs/${id}`, as: officer });
    expect(seen.statusCode).toBe(404);
    expect((await context.request({ method: 'GET', url: `/api/jobs/${id}`, as: 'public' })).statusCode).toBe(
      401,
    );
    const cancelledByStranger = await context.request({
      method: 'POST',
      url: `/api/jobs/${id}/cancel`,
      as: officer,
    });
    expect(cancelledByStranger.statusCode).toBe(404);
    expect((await finished(id)).status).toBe('succeeded');
    // A finished job stays as it ended.
    const late = await context.request({ method: 'POST', url: `/api/jobs/${id}/cancel` });
    expect(late.data).toMatchObject({ status: 'succeeded' });
  });
});
