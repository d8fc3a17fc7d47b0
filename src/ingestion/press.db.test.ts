import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { countRows, multipartBody } from '../../test/helpers/fixtures.ts';
import { selectRows } from '../db/client.ts';
import { findJob } from '../jobs/queue.ts';
import { type JobWorker, startJobWorker } from '../jobs/worker.ts';
import { importPlaces } from '../places/import.ts';
import type { GoldArticle } from './evaluation.ts';
import { PRESS_EXTRACTION_JOB, pressExtractionHandler } from './press.ts';
import type { ProposalDraft } from './proposal-rules.ts';
import { pressProposals } from './tables.ts';

// The places of the Arabic seed article (Smara and the cities it twins with) and of the French one.
const GEONAMES_IDS = [
  2461874, 499099, 343300, 78754, 3654533, 2427123, 2440485, 2448085, 2449067, 2392087, 3374336, 2413876,
  1253184, 2392204, 2413753, 2661169, 2291136, 2451185, 2253354, 2314302, 2260535,
];

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../test/fixtures/press', name), 'utf8'),
  ) as GoldArticle;

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; code: string }>;
}

const ctx = setUpTestApp(async (context) => {
  await importPlaces(context.database, { geonamesIds: GEONAMES_IDS });
});
let worker: JobWorker;

beforeAll(() => {
  worker = startJobWorker(ctx.database.db, {
    handlers: { [PRESS_EXTRACTION_JOB]: pressExtractionHandler() },
    pollMs: 20,
  });
});
afterAll(async () => {
  await worker?.stop();
});

async function readJob(jobId: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    worker.wake();
    const job = await findJob(ctx.database.db, jobId);
    if (job && ['succeeded', 'failed', 'cancelled'].includes(job.status)) return job;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('the extraction job did not end');
}

async function submit(text: string, extra: Record<string, unknown> = {}, as?: { cookie: string }) {
  return ctx.request({ method: 'POST', url: '/api/press/articles', payload: { text, ...extra }, as });
}

async function article(sourceId: string) {
  return expectData(ctx.api.GET('/api/press/articles/{id}', { params: { path: { id: sourceId } } }), 200);
}

const fieldsOf = (data: unknown) => ((data as Problem).errors ?? []).map((error) => error.field);

describe('the press review queue', () => {
  const arabic = fixture('seed-003.json');
  let sourceId = '';

  it('keeps a pasted article once and reads it in a job: proposals wait, nothing enters the registry', async () => {
    const before = await countRows(ctx);
    const response = await submit(arabic.text, { published: arabic.published });
    expect(response.statusCode).toBe(201);
    const submitted = response.data as { sourceId: string; created: boolean; jobId: string };
    expect(submitted.created).toBe(true);
    sourceId = submitted.sourceId;
    const job = await readJob(submitted.jobId);
    expect(job.status).toBe('succeeded');
    expect(job.result).toEqual({ articles: 1, proposals: 10, failed: 0 });

    const read = await article(sourceId);
    expect(read.status).toBe('extracted');
    expect(read.language).toBe('ar');
    expect(read.proposals).toHaveLength(10);
    expect(read.proposals.every((proposal) => proposal.status === 'pending')).toBe(true);
    const first = read.proposals[0]!;
    expect(first.draft.type).toBe('twinning');
    expect(first.draft.signedOn).toBe('2025-10-31');
    expect(read.places[first.draft.parties[0]!.placeId!]?.name).toBe('Smara');
    // Every field carries the passage it rests on, as offsets into the text.
    const evidence = first.evidence as unknown as { passage: { start: number; end: number; text: string } };
    expect(read.text.slice(evidence.passage.start, evidence.passage.end)).toBe(evidence.passage.text);

    const after = await countRows(ctx);
    expect(after.agreements).toBe(before.agreements);
    expect(after.organizations).toBe(before.organizations);
    expect(after.people).toBe(before.people);
    expect(after.sources).toBe(before.sources! + 1);
  });

  it('answers the article already kept when the same text is submitted again, and reads nothing new', async () => {
    const spaced = `  ${arabic.text.replaceAll('\n', '\n\n').replaceAll(' ', '  ')}\n`;
    const response = await submit(spaced);
    expect(response.statusCode).toBe(200);
    expect(response.data).toMatchObject({ sourceId, created: false, status: 'extracted' });
    const [count] = await selectRows<{ n: string }>(
      ctx.database.db,
      sql`SELECT count(*) AS n FROM press_proposals`,
    );
    expect(Number(count?.n)).toBe(10);
    const list = expectData(ctx.api.GET('/api/press/articles', { params: { query: {} } }), 200);
    expect((await list).items.filter((item) => item.sourceId === sourceId)).toHaveLength(1);
  });

  it('accepts a proposal through the registry’s use cases: local authorities, agreement and citation of the passage', async () => {
    const read = await article(sourceId);
    const proposal = read.proposals[0]!;
    const decision = expectData(
      ctx.api.POST('/api/press/proposals/{id}/accept', {
        params: { path: { id: proposal.id } },
        body: { version: proposal.version },
      }),
      200,
    );
    const { agreementId, status } = await decision;
    expect(status).toBe('accepted');
    const agreement = await expectData(
      ctx.api.GET('/api/agreements/{id}', { params: { path: { id: agreementId! } } }),
      200,
    );
    expect(agreement.type).toBe('twinning');
    expect(agreement.status).toBe('signed');
    expect(agreement.signedOn).toBe('2025-10-31');
    expect(agreement.parties).toHaveLength(2);
    expect(agreement.sources[0]?.source.id).toBe(sourceId);
    expect(agreement.sources[0]?.quote).toBe(
      (proposal.evidence as unknown as { passage: { text: string } }).passage.text,
    );
    const audit = await selectRows<{ action: string }>(
      ctx.database.db,
      sql`SELECT action FROM audit_log WHERE entity_type = 'press_proposal' AND entity_id = ${proposal.id}`,
    );
    expect(audit.map((row) => row.action)).toEqual(['transition']);

    // Decided once: the same decision again is refused, and so is one on an old version.
    const again = await ctx.request({
      method: 'POST',
      url: `/api/press/proposals/${proposal.id}/accept`,
      payload: { version: proposal.version + 1 },
    });
    expect(again.statusCode).toBe(409);
    expect((again.data as Problem).code).toBe('press_proposal.already_decided');
  });

  it('refuses a place to create without its country, naming the field, and leaves nothing behind', async () => {
    const read = await article(sourceId);
    const proposal = read.proposals.find((p) =>
      p.draft.parties.some((party) => party.newPlace && !party.newPlace.countryCode),
    )!;
    expect(proposal).toBeDefined();
    const before = await countRows(ctx);
    const refused = await ctx.request({
      method: 'POST',
      url: `/api/press/proposals/${proposal.id}/accept`,
      payload: { version: proposal.version },
    });
    expect(refused.statusCode).toBe(422);
    expect(fieldsOf(refused.data)[0]).toMatch(/^\/draft\/parties\/[01]\/newPlace\/countryCode$/);
    expect(await countRows(ctx)).toEqual(before);

    // Corrected (the country of Amgala given), then accepted: the new place cites the passage naming it.
    const draft = structuredClone(proposal.draft) as ProposalDraft;
    for (const party of draft.parties)
      if (party.newPlace && !party.newPlace.countryCode) party.newPlace.countryCode = 'EH';
    const stale = await ctx.request({
      method: 'PUT',
      url: `/api/press/proposals/${proposal.id}/draft`,
      payload: { version: proposal.version + 5, draft },
    });
    expect(stale.statusCode).toBe(409);
    expect(fieldsOf(stale.data)).toContain('/version');
    const corrected = await expectData(
      ctx.api.PUT('/api/press/proposals/{id}/draft', {
        params: { path: { id: proposal.id } },
        body: { version: proposal.version, draft },
      }),
      200,
    );
    const accepted = await expectData(
      ctx.api.POST('/api/press/proposals/{id}/accept', {
        params: { path: { id: proposal.id } },
        body: { version: corrected.version },
      }),
      200,
    );
    const places = await selectRows<{ name: string; country_code: string }>(
      ctx.database.db,
      sql`SELECT p.name, p.country_code FROM places p
          JOIN citations c ON c.entity_type = 'place' AND c.entity_id = p.id AND c.source_id = ${sourceId}`,
    );
    expect(places.map((place) => place.country_code)).toContain('EH');
    expect(accepted.agreementId).not.toBeNull();
  });

  it('merges a proposal into the agreement already recorded, which then cites both articles', async () => {
    // Another article reporting the first pair again.
    const sentence = arabic.text.split('\n').slice(1, 5).join('\n');
    const response = await submit(`${sentence}\nخبر منقول.`, { published: arabic.published });
    expect(response.statusCode).toBe(201);
    const { sourceId: second, jobId } = response.data as { sourceId: string; jobId: string };
    await readJob(jobId);
    const read = await article(second);
    const first = (await article(sourceId)).proposals[0]!;
    const same = read.proposals.find((p) => p.draft.parties[1]!.placeId === first.draft.parties[1]!.placeId);
    expect(same?.duplicates.map((d) => d.agreementId)).toEqual([first.agreementId]);
    const merged = await expectData(
      ctx.api.POST('/api/press/proposals/{id}/merge', {
        params: { path: { id: same!.id } },
        body: { version: same!.version, agreementId: first.agreementId! },
      }),
      200,
    );
    expect(merged.status).toBe('merged');
    const agreement = await expectData(
      ctx.api.GET('/api/agreements/{id}', { params: { path: { id: first.agreementId! } } }),
      200,
    );
    expect(agreement.sources.map((citation) => citation.source.id).sort()).toEqual([sourceId, second].sort());
  });

  it('rejects with a reason only', async () => {
    const read = await article(sourceId);
    const pending = read.proposals.find((p) => p.status === 'pending')!;
    const blank = await ctx.request({
      method: 'POST',
      url: `/api/press/proposals/${pending.id}/reject`,
      payload: { version: pending.version, reason: '   ' },
    });
    expect(blank.statusCode).toBe(422);
    expect(fieldsOf(blank.data)).toContain('/reason');
    const rejected = await expectData(
      ctx.api.POST('/api/press/proposals/{id}/reject', {
        params: { path: { id: pending.id } },
        body: { version: pending.version, reason: 'Reported twice in this article' },
      }),
      200,
    );
    expect(rejected.status).toBe('rejected');
    const [row] = await ctx.database.db
      .select()
      .from(pressProposals)
      .where(eq(pressProposals.id, pending.id));
    expect(row?.rejectionReason).toBe('Reported twice in this article');
    expect(row?.agreementId).toBeNull();
  });

  it('lets any contributor submit and read, but only admins and reviewers decide', async () => {
    const officer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: crypto.randomUUID() }]);
    const reviewer = await ctx.signInAs([{ role: 'reviewer', scopeId: crypto.randomUUID() }]);
    const read = await article(sourceId);
    const pending = read.proposals.find((p) => p.status === 'pending')!;
    const asOfficer = await ctx.request({
      method: 'POST',
      url: `/api/press/proposals/${pending.id}/reject`,
      payload: { version: pending.version, reason: 'no' },
      as: officer,
    });
    expect(asOfficer.statusCode).toBe(403);
    const officerView = await ctx.request({
      method: 'GET',
      url: `/api/press/articles/${sourceId}`,
      as: officer,
    });
    expect(officerView.statusCode).toBe(200);
    expect((officerView.data as { allowedActions: string[] }).allowedActions).toEqual([]);
    const reviewerView = await ctx.request({
      method: 'GET',
      url: `/api/press/articles/${sourceId}`,
      as: reviewer,
    });
    expect((reviewerView.data as { allowedActions: string[] }).allowedActions).toEqual([
      'correct',
      'accept',
      'merge',
      'reject',
    ]);
    const publicView = await ctx.request({
      method: 'GET',
      url: `/api/press/articles/${sourceId}`,
      as: 'public',
    });
    expect(publicView.statusCode).toBe(401);
  });

  it('keeps an article from the public until a fact cites it', async () => {
    const listed = async () => {
      const response = await ctx.request({ method: 'GET', url: '/api/sources?limit=200', as: 'public' });
      expect(response.statusCode, response.body).toBe(200);
      return (response.data as { items: Array<{ id: string }> }).items.map((source) => source.id);
    };
    const response = await submit(`${arabic.text.split('\n').slice(1, 3).join('\n')}\nنص آخر.`, {
      published: arabic.published,
    });
    const { sourceId: unread, jobId } = response.data as { sourceId: string; jobId: string };
    await readJob(jobId);
    expect(await listed()).not.toContain(unread);
    // The first article, cited by the agreements accepted from it, is the registry's.
    expect(await listed()).toContain(sourceId);
  });

  it('reads an article again when it is submitted after its reading failed', async () => {
    const text = `${arabic.text.split('\n').slice(1, 2).join('\n')}\nمقال ثالث.`;
    const first = (await submit(text, { published: arabic.published })).data as {
      sourceId: string;
      jobId: string;
    };
    await readJob(first.jobId);
    await ctx.database.db.execute(
      sql`UPDATE press_articles SET status = 'failed', error = 'stopped' WHERE source_id = ${first.sourceId}`,
    );
    await ctx.database.db.execute(sql`DELETE FROM press_proposals WHERE source_id = ${first.sourceId}`);
    const again = await submit(text);
    expect(again.statusCode).toBe(201);
    const answer = again.data as { sourceId: string; jobId: string; status: string };
    expect(answer).toMatchObject({ sourceId: first.sourceId, status: 'queued' });
    await readJob(answer.jobId);
    expect((await article(first.sourceId)).status).toBe('extracted');
  });

  it('takes a saved page with stray control characters and an impossible date without failing', async () => {
    const page = `<!doctype html><html lang="fr"><head><title>Jumelage\u0000 signé</title>
      <meta property="article:published_time" content="Thu, 01 Jan 12000 10:00:00 GMT"></head>
      <body><article><h1>Jumelage signé</h1><p>La commune de Smara a signé\u0000 vendredi un accord de jumelage avec la ville de Niamey, au Niger, en présence des deux maires.</p></article></body></html>`;
    const { payload, headers } = multipartBody(
      { published: '2025-10-31' },
      { name: 'article.html', content: Buffer.from(page), type: 'text/html' },
    );
    const response = await ctx.request({
      method: 'POST',
      url: '/api/press/articles/files',
      payload,
      headers,
    });
    expect(response.statusCode).toBe(201);
    const read = await article((response.data as { sourceId: string }).sourceId);
    expect(read.text).not.toContain('\u0000');
    expect(read.title).not.toContain('\u0000');
  });

  it('asks which party a signatory signed for', async () => {
    const read = await article(sourceId);
    const pending = read.proposals.find((p) => p.status === 'pending')!;
    const draft = structuredClone(pending.draft) as ProposalDraft;
    draft.signatories = [{ name: 'Fatima Sida', role: null, party: null, witness: false }];
    for (const party of draft.parties)
      if (party.newPlace && !party.newPlace.countryCode) party.newPlace.countryCode = 'EH';
    const refused = await ctx.request({
      method: 'POST',
      url: `/api/press/proposals/${pending.id}/accept`,
      payload: { version: pending.version, draft },
    });
    expect(refused.statusCode).toBe(422);
    expect(fieldsOf(refused.data)).toContain('/draft/signatories/0/party');
  });

  it('tells what the registry refuses in the draft’s terms, and leaves nothing behind', async () => {
    const read = await article(sourceId);
    const pending = read.proposals.find((p) => p.status === 'pending')!;
    const draft = structuredClone(pending.draft) as ProposalDraft;
    for (const party of draft.parties)
      if (party.newPlace && !party.newPlace.countryCode) party.newPlace.countryCode = 'EH';
    // Signed on a day to come: the registry refuses the agreement's date, which is the draft's.
    draft.status = 'signed';
    draft.signedOn = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const before = await countRows(ctx);
    const refused = await ctx.request({
      method: 'POST',
      url: `/api/press/proposals/${pending.id}/accept`,
      payload: { version: pending.version, draft },
    });
    expect(refused.statusCode).toBe(422);
    expect((refused.data as Problem).code).toBe('date.signed_in_future');
    expect(fieldsOf(refused.data)).toEqual(['/draft/signedOn']);
    expect(await countRows(ctx)).toEqual(before);
    expect((await article(sourceId)).proposals.find((p) => p.id === pending.id)?.status).toBe('pending');
  });

  it('asks for the language when it cannot be told, and refuses an empty article', async () => {
    const empty = await submit('');
    expect([400, 422]).toContain(empty.statusCode);
    const tooShort = await submit('12 34');
    expect(tooShort.statusCode).toBe(422);
    expect(fieldsOf(tooShort.data)).toContain('/language');
  });
});
