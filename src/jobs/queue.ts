import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Database, selectRows } from '../db/client.ts';
import { type JobError, jobs } from './tables.ts';
import { type JobStatus, jobStatusesBefore } from './transitions.ts';

export type Job = typeof jobs.$inferSelect;

const leaseEnd = (leaseMs: number) => sql`now() + (${leaseMs} * interval '1 millisecond')`;

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  createdBy: string;
  userId?: string | null;
  maxAttempts?: number;
  /**
   * Queued already running under this worker (the command line runs its own job at once): no
   * other instance's worker can take it before, and its lease frees it if the process dies.
   */
  runningUnder?: { workerId: string; leaseMs: number };
}

/** Puts a job in the queue, in the caller's transaction: it exists once the request that asked for it commits. */
export async function enqueueJob(db: Database, job: NewJob): Promise<Job> {
  const [row] = await db
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload,
      createdBy: job.createdBy,
      userId: job.userId ?? null,
      maxAttempts: job.maxAttempts ?? 3,
      ...(job.runningUnder
        ? {
            status: 'running' as const,
            lockedBy: job.runningUnder.workerId,
            leaseUntil: leaseEnd(job.runningUnder.leaseMs),
            attempts: 1,
            startedAt: sql`now()`,
          }
        : {}),
    })
    .returning();
  return row!;
}

export async function findJob(db: Database, id: string): Promise<Job | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
}

const statusIn = (statuses: JobStatus[]) => inArray(jobs.status, statuses);

/**
 * Takes the oldest job of these kinds that no worker holds: a queued one, or a running one whose
 * lease ran out (its worker's instance died) and that has starts left. `FOR UPDATE SKIP LOCKED`
 * lets workers of several instances claim at once, each a different job; a job whose lease ran out
 * after its last start fails instead. Answers the job, now running under this worker, or null.
 */
export async function claimJob(
  db: Database,
  options: { workerId: string; kinds: string[]; leaseMs: number },
): Promise<Job | null> {
  if (options.kinds.length === 0) return null;
  await db
    .update(jobs)
    .set({
      status: 'failed',
      error: { code: 'job.lease_expired', message: 'its worker stopped answering after its last start' },
      lockedBy: null,
      leaseUntil: null,
      finishedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(jobs.status, 'running'),
        statusIn(jobStatusesBefore('failed')),
        sql`${jobs.leaseUntil} < now()`,
        sql`${jobs.attempts} >= ${jobs.maxAttempts}`,
        inArray(jobs.kind, options.kinds),
      ),
    );
  const [claimed] = await selectRows<{ id: string }>(
    db,
    sql`UPDATE jobs SET status = 'running', locked_by = ${options.workerId},
               lease_until = ${leaseEnd(options.leaseMs)}, attempts = attempts + 1,
               started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = (
          SELECT id FROM jobs
          WHERE kind = ANY(${sql.param(options.kinds)}::text[])
            AND (status = 'queued' OR (status = 'running' AND lease_until < now() AND attempts < max_attempts))
          ORDER BY created_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
        RETURNING id`,
  );
  return claimed ? findJob(db, claimed.id) : null;
}

/** The job is no longer this worker's: cancelled, or taken over after its lease ran out. */
export class JobLostError extends Error {
  constructor(id: string) {
    super(`job ${id} is no longer held by this worker`);
    this.name = 'JobLostError';
  }
}

const heldBy = (id: string, workerId: string) =>
  and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running'));

/** Records how far the job is, and renews the lease; throws JobLostError when the job is not this worker's any more. */
export async function reportProgress(
  db: Database,
  id: string,
  workerId: string,
  progress: { phase?: string | null; done?: number; total?: number },
  leaseMs: number,
): Promise<void> {
  const rows = await db
    .update(jobs)
    .set({
      ...(progress.phase !== undefined ? { phase: progress.phase } : {}),
      ...(progress.done !== undefined ? { done: Math.max(0, Math.round(progress.done)) } : {}),
      ...(progress.total !== undefined ? { total: Math.max(0, Math.round(progress.total)) } : {}),
      leaseUntil: leaseEnd(leaseMs),
      updatedAt: sql`now()`,
    })
    .where(heldBy(id, workerId))
    .returning({ id: jobs.id });
  if (rows.length === 0) throw new JobLostError(id);
}

/** Ends the job as this worker held it: succeeded with its result, or failed with its error. Answers whether it still held it. */
export async function finishJob(
  db: Database,
  id: string,
  workerId: string,
  outcome: { status: 'succeeded'; result: unknown } | { status: 'failed'; error: JobError },
): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({
      status: outcome.status,
      ...(outcome.status === 'succeeded' ? { result: outcome.result ?? null } : { error: outcome.error }),
      lockedBy: null,
      leaseUntil: null,
      finishedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(heldBy(id, workerId), statusIn(jobStatusesBefore(outcome.status))))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Gives a job back to the queue (its worker is stopping before it finished): another, or this one later, runs it again. */
export async function releaseJob(db: Database, id: string, workerId: string): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ status: 'queued', lockedBy: null, leaseUntil: null, updatedAt: sql`now()` })
    .where(and(heldBy(id, workerId), statusIn(jobStatusesBefore('queued'))))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * Cancels a job that has not finished: a queued one is never started; a running one stops at its
 * next progress report (what it wrote so far stays: the kinds that may be cancelled are idempotent).
 * Answers the job as it is now, or null when there is none.
 */
export async function cancelJob(db: Database, id: string): Promise<Job | null> {
  await db
    .update(jobs)
    .set({
      status: 'cancelled',
      lockedBy: null,
      leaseUntil: null,
      finishedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.id, id), statusIn(jobStatusesBefore('cancelled'))));
  return findJob(db, id);
}
