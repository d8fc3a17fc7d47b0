import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { createEmptyTestDatabase } from '../../test/helpers/database.ts';
import { type DatabaseHandle, MIGRATIONS_FOLDER, selectRows } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordChange } from './audit.ts';
import { recordHash } from './chain.ts';
import { verifyAuditChain } from './verify.ts';

const ctx = setUpTestApp();

/** Applies the migrations of another folder (an older installation's). */
function migrateFrom(handle: DatabaseHandle, migrationsFolder: string) {
  return handle.pglite
    ? migratePglite(drizzlePglite(handle.pglite), { migrationsFolder })
    : migratePostgres(drizzlePostgres(handle.pool!), { migrationsFolder });
}

async function writeSome(count: number) {
  for (let index = 0; index < count; index += 1) {
    const response = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: `Témoin ${index} شاهد` },
    });
    expect(response.statusCode, response.body).toBe(201);
  }
}

async function auditIds(): Promise<number[]> {
  const rows = await selectRows<{ id: string }>(ctx.database.db, sql`SELECT id FROM audit_log ORDER BY id`);
  return rows.map((row) => Number(row.id));
}

/** Tampers as a superuser would: with the append-only trigger set aside for one transaction. */
async function tamper(statement: ReturnType<typeof sql>) {
  await inTransaction(ctx.database.db, async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(statement);
  });
}

// Tampering breaks the chain for good in this file's database; each test starts from a good one.
async function resetChain() {
  await inTransaction(ctx.database.db, async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(sql`DELETE FROM audit_log`);
  });
}

describe('the audit log hash chain', () => {
  it('chains every record written through the app, and verify says it holds', async () => {
    await resetChain();
    await writeSome(4);
    const report = await verifyAuditChain(ctx.database.db, 2);
    expect(report.broken).toBeNull();
    const ids = await auditIds();
    expect(report.checked).toBe(ids.length);
    expect(report.head?.id).toBe(String(ids.at(-1)));
  });

  it('never forks under concurrent writers, and ids follow the chain', async () => {
    await resetChain();
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        inTransaction(ctx.database.db, async (tx) => {
          await recordChange(
            tx,
            { actor: 'test' },
            {
              action: 'create',
              entityType: 'probe',
              entityId: String(index),
              after: { index },
            },
          );
        }),
      ),
    );
    const report = await verifyAuditChain(ctx.database.db);
    expect(report.broken).toBeNull();
    expect(report.checked).toBe(12);
  });

  it('names a record changed behind the append-only trigger', async () => {
    await resetChain();
    await writeSome(3);
    const ids = await auditIds();
    const target = ids[1]!;
    await tamper(
      sql`UPDATE audit_log SET after = jsonb_set(after, '{name}', '"Someone Else"') WHERE id = ${target}`,
    );
    const report = await verifyAuditChain(ctx.database.db);
    expect(report.broken).toMatchObject({ kind: 'altered', id: String(target) });
    expect(report.broken?.message).toContain(`audit record ${target} was altered`);
    expect(report.checked).toBe(1);
  });

  it('names the record after a deleted one', async () => {
    await resetChain();
    await writeSome(3);
    const ids = await auditIds();
    await tamper(sql`DELETE FROM audit_log WHERE id = ${ids[1]!}`);
    const report = await verifyAuditChain(ctx.database.db);
    expect(report.broken).toMatchObject({ kind: 'unlinked', id: String(ids[2]), previousId: String(ids[0]) });
    expect(report.broken?.message).toContain(`audit record ${ids[2]} does not follow record ${ids[0]}`);
  });

  it('catches a record rewritten with a recomputed hash at the next link', async () => {
    await resetChain();
    await writeSome(3);
    const ids = await auditIds();
    const [row] = await selectRows<any>(
      ctx.database.db,
      sql`SELECT id::text AS id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, actor, action,
                 entity_type AS "entityType", entity_id AS "entityId", before::text AS before, after::text AS after,
                 request_id AS "requestId", ip, correlation_id AS "correlationId", previous_hash AS "previousHash"
            FROM audit_log WHERE id = ${ids[0]!}`,
    );
    const forgedHash = recordHash(row.previousHash, { ...row, actor: 'someone else' });
    await tamper(
      sql`UPDATE audit_log SET actor = 'someone else', hash = ${forgedHash} WHERE id = ${ids[0]!}`,
    );
    const report = await verifyAuditChain(ctx.database.db);
    expect(report.broken).toMatchObject({ kind: 'unlinked', id: String(ids[1]), previousId: String(ids[0]) });
  });

  it('refuses a second record after the same one (a fork), even with the trigger set aside', async () => {
    await resetChain();
    await writeSome(1);
    await expect(
      tamper(sql`INSERT INTO audit_log (actor, action, entity_type, entity_id, previous_hash, hash)
                 SELECT 'x', 'create', 'person', 'x', previous_hash, 'forged' FROM audit_log ORDER BY id LIMIT 1`),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: '23505' }) });
  });
});

describe('the migration that starts the chain', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jumelage-migrations-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('chains the records written before it, in id order', async () => {
    // The migrations up to the one before the chain, as an installation had them.
    await cp(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalPath, 'utf8'));
    const before = journal.entries.findIndex((entry: { tag: string }) =>
      entry.tag.endsWith('_audit_hash_chain'),
    );
    await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, before) }));
    const database = await createEmptyTestDatabase();
    try {
      await migrateFrom(database, folder);
      for (const name of ['Awa', 'Bakary', 'Cheikh']) {
        await database.db.execute(
          sql`INSERT INTO audit_log (actor, action, entity_type, entity_id, after, request_id)
              VALUES ('cli', 'create', 'person', ${name}, ${JSON.stringify({ name })}::jsonb, NULL)`,
        );
      }
      await database.migrate();
      const report = await verifyAuditChain(database.db);
      expect(report).toMatchObject({ broken: null, checked: 3 });
      // Records written afterwards continue the same chain.
      await inTransaction(database.db, (tx) =>
        recordChange(tx, { actor: 'cli' }, { action: 'create', entityType: 'person', entityId: 'Diop' }),
      );
      expect(await verifyAuditChain(database.db)).toMatchObject({ broken: null, checked: 4 });
    } finally {
      await database.close();
    }
  });
});
