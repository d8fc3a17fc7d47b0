import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, selectRows } from '../src/db/client.ts';
import { testEngine, testServerUrl } from './helpers/database.ts';

const run = promisify(execFile);
const environment: NodeJS.ProcessEnv = { ...process.env };
let folder: string;
let databaseName: string | null = null;

async function jumelage(...args: string[]) {
  return run(process.execPath, ['bin/jumelage.js', ...args], { env: environment });
}

/** Runs SQL on the CLI's database as its superuser, between two commands. */
async function onDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>) {
  const handle = await openDatabase(
    environment.DATABASE_URL
      ? { databaseUrl: environment.DATABASE_URL }
      : { dataDir: environment.JUMELAGE_DATA! },
  );
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'jumelage-audit-cli-'));
  delete environment.DATABASE_URL;
  delete environment.MIGRATION_DATABASE_URL;
  environment.JUMELAGE_DATA = join(folder, 'data');
  environment.JUMELAGE_KEY_FILE = join(folder, 'keys', 'secret-keys.json');
  if (testEngine() === 'postgres') {
    databaseName = `jumelage_cli_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    environment.DATABASE_URL = testServerUrl(databaseName);
  }
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  if (databaseName) {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  }
});

describe('jumelage audit verify', () => {
  it('explains itself', async () => {
    const { stdout } = await jumelage('audit', 'verify', '--help');
    expect(stdout).toMatch(/^Usage: jumelage audit verify/);
    expect(stdout).toContain('head hash');
  });

  it('says the chain holds, then names the record changed behind the append-only trigger (exit code 1)', async () => {
    for (const name of ['Awa', 'Bintou']) {
      await run(
        process.execPath,
        [
          'bin/jumelage.js',
          'admin',
          'create',
          '--email',
          `${name.toLowerCase()}@example.org`,
          '--name',
          name,
        ],
        { env: { ...environment, JUMELAGE_ADMIN_PASSWORD: 'copper lantern orbit mosaic' } },
      );
    }
    const intact = await jumelage('audit', 'verify');
    const ids = await onDatabase(async (db) =>
      (
        await selectRows<{ id: string }>(db, sql`SELECT id::text AS id FROM audit_log ORDER BY audit_log.id`)
      ).map((row) => row.id),
    );
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(intact.stdout).toContain(
      `The audit log's chain holds: ${ids.length} records; the head is record ${ids.at(-1)}`,
    );

    const target = ids[0]!;
    await onDatabase((db) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL session_replication_role = replica`);
        await tx.execute(sql`UPDATE audit_log SET actor = 'someone else' WHERE id = ${target}`);
      }),
    );
    const broken = await jumelage('audit', 'verify').then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(broken?.code).toBe(1);
    expect(broken?.stderr).toContain(`audit record ${target} was altered`);
  });
});
