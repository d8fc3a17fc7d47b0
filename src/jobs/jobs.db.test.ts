import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { cancelJob, claimJob, enqueueJob, findJob, type Job, reportProgress } from './queue.ts';
import { jobs } from './tables.ts';
import { startJobWorker } from './worker.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Waits until every one of these jobs has finished, reading their rows as any instance would. */
async function finished(ids: string[]): Promise<Job[]> {
  for (;;) {
    const rows = await Promise.all(ids.map((id) => findJob(database.db, id)));
    if (rows.every((row) => row && !['queued', 'running'].includes(row.status))) return rows as Job[];
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the job queue', () => {
  it('claims with FOR UPDATE SKIP LOCKED on this engine, the oldest job first, one worker at a time', async () => {
    const first = await enqueueJob(database.db, { kind: 'claim-test', payload: { n: 1 }, createdBy: 'test' });
    const second = await enqueueJob(database.db, {
      kind: 'claim-test',
      payload: { n: 2 },
      createdBy: 'test',
    });
    const a = await claimJob(database.db, { workerId: 'a', kinds: ['claim-test'], leaseMs: 60_000 });
    const b = await claimJob(database.db, { workerId: 'b', kinds: ['claim-test'], leaseMs: 60_000 });
    const none = await claimJob(database.db, { workerId: 'c', kinds: ['claim-test'], leaseMs: 60_000 });
    expect([a?.id, b?.id]).toEqual([first.id, second.id]);
    expect(a).toMatchObject({ status: 'running', lockedBy: 'a', attempts: 1 });
    expect(none).toBeNull();
    // A worker that no longer holds a job cannot report on it.
    await expect(reportProgress(database.db, first.id, 'b', { done: 1 }, 60_000)).rejects.toThrow(
      /no longer held/,
    );
  });

  it('gives each of many jobs to exactly one of two workers', async () => {
    const ran: Array<{ job: string; worker: string }> = [];
    const handler = (worker: string) => async (job: Job) => {
      ran.push({ job: job.id, worker });
      await new Promise((resolve) => setTimeout(resolve, 2));
      return { by: worker };
    };
    const queued = [];
    for (let n = 0; n < 24; n++)
      queued.push(await enqueueJob(database.db, { kind: 'pair-test', payload: { n }, createdBy: 'test' }));
    const workers = ['one', 'two'].map((name) =>
      startJobWorker(database.db, {
        workerId: name,
        handlers: {
          'pair-test': handler(name),
        },
        pollMs: 10,
      }),
    );
    const rows = await finished(queued.map((job) => job.id));
    await Promise.all(workers.map((worker) => worker.stop()));
    expect(rows.every((row) => row.status === 'succeeded' && row.attempts === 1)).toBe(true);
    expect(ran.map((entry) => entry.job).sort()).toEqual(queued.map((job) => job.id).sort());
    for (const row of rows)
      expect(row.result).toEqual({ by: ran.find((entry) => entry.job === row.id)!.worker });
  });

  it('records progress, the result, and a failure with its code', async () => {
    const worker = startJobWorker(database.db, {
      handlers: {
        'progress-test': async (job, context) => {
          if (job.payload.fail)
            throw Object.assign(new Error('bad column'), {
              code: 'import.column_missing',
              field: '/mapping/city1',
            });
          for (let done = 0; done <= 4; done++) context.progress({ phase: 'counting', done, total: 4 });
          return { counted: 4 };
        },
      },
      pollMs: 10,
    });
    const good = await enqueueJob(database.db, { kind: 'progress-test', payload: {}, createdBy: 'test' });
    const bad = await enqueueJob(database.db, {
      kind: 'progress-test',
      payload: { fail: true },
      createdBy: 'test',
    });
    worker.wake();
    const [done, failed] = await finished([good.id, bad.id]);
    await worker.stop();
    expect(done).toMatchObject({
      status: 'succeeded',
      phase: 'counting',
      done: 4,
      total: 4,
      result: { counted: 4 },
    });
    expect(done!.finishedAt).toBeInstanceOf(Date);
    expect(failed).toMatchObject({
      status: 'failed',
      error: { code: 'import.column_missing', message: 'bad column', field: '/mapping/city1' },
    });
  });

  it('takes again a job whose worker died, and fails it after its last start', async () => {
    const orphan = await enqueueJob(database.db, { kind: 'lease-test', payload: {}, createdBy: 'test' });
    const hopeless = await enqueueJob(database.db, {
      kind: 'lease-test',
      payload: {},
      createdBy: 'test',
      maxAttempts: 1,
    });
    // Two instances claimed them, then died: their leases ran out.
    for (const job of [orphan, hopeless])
      await database.db
        .update(jobs)
        .set({
          status: 'running',
          lockedBy: 'dead',
          attempts: 1,
          leaseUntil: sql`now() - interval '1 minute'`,
        })
        .where(eq(jobs.id, job.id));
    const worker = startJobWorker(database.db, {
      workerId: 'alive',
      handlers: { 'lease-test': async () => 'done again' },
      pollMs: 10,
    });
    const [retaken, given] = await finished([orphan.id, hopeless.id]);
    await worker.stop();
    expect(retaken).toMatchObject({ status: 'succeeded', attempts: 2, result: 'done again', lockedBy: null });
    expect(given).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'job.lease_expired' } });
  });

  it('stops a cancelled job at its next write, and never starts a cancelled queued one', async () => {
    let reached = 0;
    let stopped!: () => void;
    const aborted = new Promise<void>((resolve) => {
      stopped = resolve;
    });
    const started = new Promise<void>((resolve) => {
      const worker = startJobWorker(database.db, {
        // Short leases: the worker renews often, and so learns of the cancellation soon.
        leaseMs: 150,
        handlers: {
          'cancel-test': async (_job, context) => {
            context.progress({ phase: 'one', done: 0, total: 2 });
            resolve();
            await new Promise((wake) => context.signal.addEventListener('abort', wake));
            reached = 1;
            try {
              context.progress({ phase: 'two', done: 1, total: 2 });
              reached = 2;
            } finally {
              stopped();
            }
            return null;
          },
        },
        pollMs: 10,
      });
      afterAll(() => worker.stop());
    });
    const job = await enqueueJob(database.db, { kind: 'cancel-test', payload: {}, createdBy: 'test' });
    await started;
    expect((await cancelJob(database.db, job.id))?.status).toBe('cancelled');
    await aborted;
    expect(reached).toBe(1);
    expect(await findJob(database.db, job.id)).toMatchObject({ status: 'cancelled', lockedBy: null });

    const never = await enqueueJob(database.db, { kind: 'never-test', payload: {}, createdBy: 'test' });
    await cancelJob(database.db, never.id);
    expect(await claimJob(database.db, { workerId: 'x', kinds: ['never-test'], leaseMs: 1000 })).toBeNull();
  });

  it('gives a running job back to the queue when its worker stops', async () => {
    let seen!: () => void;
    const running = new Promise<void>((resolve) => {
      seen = resolve;
    });
    const worker = startJobWorker(database.db, {
      handlers: {
        'stop-test': async (_job, context) => {
          seen();
          while (!context.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 10));
          context.progress({ phase: 'never', done: 0, total: 1 });
          return null;
        },
      },
      pollMs: 10,
    });
    const job = await enqueueJob(database.db, { kind: 'stop-test', payload: {}, createdBy: 'test' });
    await running;
    await worker.stop();
    expect(await findJob(database.db, job.id)).toMatchObject({
      status: 'queued',
      lockedBy: null,
      attempts: 1,
    });
  });
});
