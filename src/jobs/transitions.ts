/**
 * A job's life, as a plain table: queued → running → succeeded or failed; a queued or running job
 * may be cancelled; a running job goes back to the queue when its worker stops before finishing
 * (the server shutting down) or when its lease runs out (its instance died), and is taken again.
 */
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JOB_TRANSITIONS: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  queued: ['running', 'cancelled'],
  // running → running: another worker takes over a job whose lease ran out.
  running: ['running', 'succeeded', 'failed', 'queued', 'cancelled'],
  succeeded: [],
  failed: [],
  cancelled: [],
};

export function canMoveJob(from: JobStatus, to: JobStatus): boolean {
  return JOB_TRANSITIONS[from].includes(to);
}

/** The statuses a job may move to `to` from: what a guarded UPDATE's WHERE accepts. */
export function jobStatusesBefore(to: JobStatus): JobStatus[] {
  return JOB_STATUSES.filter((from) => canMoveJob(from, to));
}

/** A job that will not change any more. */
export function isFinished(status: JobStatus): boolean {
  return JOB_TRANSITIONS[status].length === 0;
}

/** Whether a job whose lease ran out is taken again or given up: after `maxAttempts` starts it fails. */
export function afterLeaseExpiry(attempts: number, maxAttempts: number): 'running' | 'failed' {
  return attempts < maxAttempts ? 'running' : 'failed';
}
