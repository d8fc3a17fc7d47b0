import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { JobStatus } from './transitions.ts';

/** What a job failed with: a stable code and a message for people, never a stack trace. */
export interface JobError {
  code: string;
  message: string;
  /** The input field to blame, when one is (`/mapping/city1`). */
  field?: string;
}

/**
 * Work that takes time (an import), queued in the database so that any instance of the app on the
 * same database may run it, with its progress for people to see. A worker claims a job with
 * `FOR UPDATE SKIP LOCKED` and holds it by a lease it renews while it works; a job whose lease runs
 * out (its instance died) is taken again by another. Status moves follow transitions.ts.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status').$type<JobStatus>().notNull().default('queued'),
    /** What the job is doing now (a kind's own words: `resolving`, `agreements`…), and how far. */
    phase: text('phase'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    result: jsonb('result'),
    error: jsonb('error').$type<JobError>(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    /** The worker holding it, and until when its hold lasts without a renewal. */
    lockedBy: text('locked_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** Who asked for it, as the audit log names actors (`user:…`, `import`). */
    createdBy: text('created_by').notNull(),
    /** The account that asked, which may read it. */
    userId: uuid('user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('jobs_claim_idx').on(table.status, table.createdAt),
    index('jobs_user_idx').on(table.userId, table.createdAt),
  ],
);
