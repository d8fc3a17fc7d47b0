import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '../db/client.ts';
import { claimJob, findJob, finishJob, type Job, JobLostError, releaseJob, reportProgress } from './queue.ts';
import type { JobError } from './tables.ts';

/** What a job's code is given: its database, a way to say how far it is, and a signal to stop. */
export interface JobContext {
  db: Database;
  /** Records the phase and how far it is (written at most every few hundred milliseconds, and at each new phase). */
  progress(update: { phase: string; done: number; total: number }): void;
  /** Aborted when the job is cancelled, taken over, or the server stops: stop at the next safe point. */
  signal: AbortSignal;
}

/** Runs one kind of job: answers its result (JSON), or throws. */
export type JobHandler = (job: Job, context: JobContext) => Promise<unknown>;

/** An error whose code and field a job's failure keeps (anything else is kept as `job.failed`). */
function jobErrorOf(error: unknown): JobError {
  const known = error as { code?: unknown; message?: unknown; field?: unknown };
  const code =
    typeof known.code === 'string' && /^[a-z_]+\.[a-z_.]+$/.test(known.code) ? known.code : 'job.failed';
  return {
    code,
    message: typeof known.message === 'string' ? known.message.slice(0, 2000) : String(error),
    ...(typeof known.field === 'string' ? { field: known.field } : {}),
  };
}

export interface WorkerOptions {
  handlers: Readonly<Record<string, JobHandler>>;
  /** This worker's name in `locked_by` (default: host, process and a random part). */
  workerId?: string;
  /** How long a worker holds a job without renewing (it renews three times as often). */
  leaseMs?: number;
  /** How often an idle worker looks for work. */
  pollMs?: number;
  /** Least time between two progress writes of one job. */
  progressEveryMs?: number;
  log?: {
    info(fields: object, message: string): void;
    error(fields: object, message: string): void;
  };
}

export interface JobWorker {
  readonly workerId: string;
  /** Look for work now (a job was just queued by this instance). */
  wake(): void;
  /**
   * Stops taking work; a job still running is told to stop and, if it has not finished within
   * `graceMs`, given back to the queue for another instance (or the next start) to run again.
   */
  stop(graceMs?: number): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one job to its end under this worker: its result, or its failure, recorded. */
async function runClaimed(
  db: Database,
  job: Job,
  observe: ((update: { phase: string; done: number; total: number }) => void) | null,
  options: Required<Omit<WorkerOptions, 'log'>> & Pick<WorkerOptions, 'log'>,
  controller: AbortController,
): Promise<void> {
  const { workerId, leaseMs } = options;
  const handler = options.handlers[job.kind]!;
  // Progress writes run one after another, never overlapping; the last one waits for none.
  let writing: Promise<void> = Promise.resolve();
  let lastWrite = 0;
  let lastPhase: string | null = job.phase;
  const lost = (error: unknown) => {
    if (error instanceof JobLostError) controller.abort(error);
    else options.log?.error({ event: 'job', jobId: job.id, err: error }, 'job progress not recorded');
  };
  const write = (update: { phase?: string; done?: number; total?: number }) => {
    writing = writing.then(() => reportProgress(db, job.id, workerId, update, leaseMs)).catch(lost);
  };
  const renew = setInterval(() => write({}), Math.max(50, Math.floor(leaseMs / 3)));
  renew.unref();
  const context: JobContext = {
    db,
    signal: controller.signal,
    progress(update) {
      if (controller.signal.aborted) throw controller.signal.reason;
      observe?.(update);
      const now = Date.now();
      if (
        update.phase === lastPhase &&
        update.done < update.total &&
        now - lastWrite < options.progressEveryMs
      )
        return;
      lastPhase = update.phase;
      lastWrite = now;
      write(update);
    },
  };
  try {
    const result = await handler(job, context);
    clearInterval(renew);
    await writing;
    if (controller.signal.aborted) throw controller.signal.reason;
    await finishJob(db, job.id, workerId, { status: 'succeeded', result });
    options.log?.info({ event: 'job', jobId: job.id, kind: job.kind, outcome: 'succeeded' }, 'job done');
  } catch (error) {
    clearInterval(renew);
    await writing;
    if (controller.signal.aborted) {
      // Cancelled or taken over: the job is not ours to finish. Stopping: give it back.
      if (controller.signal.reason === STOPPING) await releaseJob(db, job.id, workerId).catch(() => false);
      options.log?.info({ event: 'job', jobId: job.id, kind: job.kind, outcome: 'stopped' }, 'job stopped');
      return;
    }
    await finishJob(db, job.id, workerId, { status: 'failed', error: jobErrorOf(error) });
    options.log?.error({ event: 'job', jobId: job.id, kind: job.kind, err: error }, 'job failed');
  }
}

const STOPPING = new Error('the worker is stopping');

/**
 * A worker that runs queued jobs of the kinds it has handlers for, one at a time, until stopped.
 * Every instance of the app may run one on the same database: claims never give one job to two.
 */
export function startJobWorker(db: Database, options: WorkerOptions): JobWorker {
  const settings = {
    workerId: options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    leaseMs: options.leaseMs ?? 60_000,
    pollMs: options.pollMs ?? 2_000,
    progressEveryMs: options.progressEveryMs ?? 250,
    handlers: options.handlers,
    log: options.log,
  };
  const kinds = Object.keys(options.handlers);
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let current: { id: string; controller: AbortController; done: Promise<void> } | null = null;

  const idle = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, settings.pollMs);
      timer.unref();
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  const loop = (async () => {
    while (!stopped) {
      let job: Job | null = null;
      try {
        job = await claimJob(db, { workerId: settings.workerId, kinds, leaseMs: settings.leaseMs });
      } catch (error) {
        if (stopped) break;
        settings.log?.error({ event: 'job', err: error }, 'could not look for jobs');
      }
      if (!job) {
        if (!stopped) await idle();
        continue;
      }
      const controller = new AbortController();
      const done = runClaimed(db, job, null, settings, controller).catch((error) =>
        settings.log?.error({ event: 'job', jobId: job.id, err: error }, 'job not recorded'),
      );
      current = { id: job.id, controller, done };
      await done;
      current = null;
    }
  })();

  return {
    workerId: settings.workerId,
    wake() {
      wakeUp?.();
    },
    async stop(graceMs = 5_000) {
      stopped = true;
      wakeUp?.();
      const running = current;
      if (running) {
        running.controller.abort(STOPPING);
        const finished = await Promise.race([
          running.done.then(() => true),
          sleep(graceMs).then(() => false),
        ]);
        // Still at work (a long statement): give the job back now, its lease would free it only later.
        if (!finished) await releaseJob(db, running.id, settings.workerId).catch(() => false);
      }
      await Promise.race([loop, sleep(graceMs)]);
    },
  };
}

/**
 * Runs, in this process and now, a job queued as running under `workerId` (`enqueueJob` with
 * `runningUnder`): the command line's imports go through the same code, progress and records as
 * the server's. `observe` sees every progress report (a terminal's bar); answers the job as it ended.
 */
export async function runJobHere(
  db: Database,
  job: Job,
  handler: JobHandler,
  options: {
    workerId: string;
    leaseMs: number;
    observe?: (update: { phase: string; done: number; total: number }) => void;
  },
): Promise<Job> {
  await runClaimed(
    db,
    job,
    options.observe ?? null,
    {
      workerId: options.workerId,
      leaseMs: options.leaseMs,
      pollMs: 0,
      progressEveryMs: 250,
      handlers: { [job.kind]: handler },
    },
    new AbortController(),
  );
  return (await findJob(db, job.id))!;
}
