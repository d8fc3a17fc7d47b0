import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Idempotency keys and the first answer given under each (`idempotency.ts`). A row is written in
 * the same transaction as the record the request creates, so it exists exactly when the record
 * does; the answer is added once it is sent. Kept in the database only, so every instance of the
 * app on one database honours the same keys.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** `user:<id>` or `token:<id>`: keys are the caller's own. */
    caller: text('caller').notNull(),
    method: text('method').notNull(),
    /** The request's target without its query string. */
    path: text('path').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the request body (idempotency-rules.ts): another body under the same key is refused. */
    fingerprint: text('fingerprint').notNull(),
    /** The request that claimed the key, so only it writes the answer. */
    claimId: text('claim_id').notNull(),
    /** The first answer; null while its request is still under way. */
    status: integer('status'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    /** The answer's body, encrypted with the server's secret keys (an API token's secret is in one). */
    bodyKeyId: text('body_key_id'),
    body: text('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.caller, table.method, table.path, table.key] }),
    index('idempotency_keys_created_at_idx').on(table.createdAt),
  ],
);
