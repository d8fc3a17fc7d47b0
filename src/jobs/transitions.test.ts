import { describe, expect, it } from 'vitest';
import { afterLeaseExpiry, canMoveJob, isFinished, JOB_STATUSES, jobStatusesBefore } from './transitions.ts';

describe('job transitions', () => {
  it('runs a queued job, then ends it once', () => {
    expect(canMoveJob('queued', 'running')).toBe(true);
    expect(canMoveJob('running', 'succeeded')).toBe(true);
    expect(canMoveJob('running', 'failed')).toBe(true);
    expect(canMoveJob('queued', 'succeeded')).toBe(false);
    for (const end of ['succeeded', 'failed', 'cancelled'] as const) {
      expect(isFinished(end)).toBe(true);
      for (const to of JOB_STATUSES) expect(canMoveJob(end, to)).toBe(false);
    }
  });

  it('cancels what has not finished, and gives a running job back to the queue', () => {
    expect(jobStatusesBefore('cancelled')).toEqual(['queued', 'running']);
    expect(jobStatusesBefore('queued')).toEqual(['running']);
  });

  it('takes a job again after a lost lease while it has starts left', () => {
    expect(afterLeaseExpiry(1, 3)).toBe('running');
    expect(afterLeaseExpiry(3, 3)).toBe('failed');
  });
});
