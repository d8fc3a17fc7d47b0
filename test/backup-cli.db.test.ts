import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/accounts/accounts.ts';
import { type DatabaseHandle, openDatabase, selectRows } from '../src/db/client.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { loadDemo } from '../src/demo/load.ts';
import { buildApp } from '../src/http/app.ts';
import { apiClient, expectData } from './helpers/api-client.ts';
import { enrolTwoFactor, TEST_PASSWORD } from './helpers/app.ts';
import { testEngine } from './helpers/database.ts';
import { fullDump } from './helpers/full-dump.ts';

const run = promisify(execFile);
let folder: string;

/** Runs the CLI on a PGlite folder of its own; answers its exit code and output, never throwing. */
async function jumelage(data: string, args: string[], extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    JUMELAGE_DATA: join(folder, data),
    JUMELAGE_KEY_FILE: join(folder, 'keys.json'),
    ...extra,
  };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/jumelage.js', ...args], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function dumpOf(data: string) {
  const handle = await openDatabase({ dataDir: join(folder, data) });
  try {
    return await fullDump(handle);
  } finally {
    await handle.close();
  }
}

/** The tables the planner has column statistics for (PGlite has no autovacuum to gather them). */
async function tablesWithStatistics(data: string) {
  const handle = await openDatabase({ dataDir: join(folder, data) });
  try {
    const rows = await selectRows<{ name: string }>(
      handle.db,
      sql`SELECT DISTINCT tablename AS name FROM pg_stats WHERE schemaname = 'public' ORDER BY 1`,
    );
    return rows.map((row) => row.name);
  } finally {
    await handle.close();
  }
}

describe.runIf(testEngine() === 'pglite')('jumelage backup and restore on PGlite folders', () => {
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jumelage-backup-'));
    const handle = await openDatabase({ dataDir: join(folder, 'source') });
    await handle.migrate();
    await loadDemo(handle);
    await handle.close();
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('backs up a stopped folder to a file and restores it into a new folder, record for record', {
    timeout: 300_000,
  }, async () => {
    const file = join(folder, 'demo.ndjson.gz');
    const backup = await jumelage('source', ['backup', '-o', file]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toMatch(/Backed up \d+ rows of \d+ tables in [\d.]+ s/);
    expect((await stat(file)).size).toBeGreaterThan(1000);
    const restore = await jumelage('restored', ['restore', file]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stderr).toMatch(/Restored \d+ rows/);
    expect(restore.stderr).toMatch(/The audit log's chain holds: \d+ records/);
    expect(await dumpOf('restored')).toEqual(await dumpOf('source'));
    expect(await tablesWithStatistics('restored')).toEqual(
      expect.arrayContaining(['agreements', 'audit_log', 'organizations', 'people']),
    );
    // Once more into the same folder: refused, it holds records now.
    const again = await jumelage('restored', ['restore', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the target database is not empty');
  });

  it('goes through the running server when it holds the folder, and says so when asked to open it', {
    timeout: 300_000,
  }, async () => {
    const handle: DatabaseHandle = await openDatabase(
      { dataDir: join(folder, 'source') },
      { holder: 'the server' },
    );
    const app = await buildApp({ database: handle, webRoot: false });
    try {
      const held = await jumelage('source', ['backup', '-o', join(folder, 'refused.ndjson.gz')]);
      expect(held.code).toBe(1);
      expect(held.stderr).toContain('holds the data folder');
      expect(held.stderr).toContain('jumelage backup --server');

      const email = `admin-${randomBytes(4).toString('hex')}@backup.example`;
      await inTransaction(handle.db, (tx) =>
        createUser(
          tx,
          { actor: 'test' },
          { email, displayName: 'Admin', password: TEST_PASSWORD, isPlatformAdmin: true },
        ),
      );
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: TEST_PASSWORD },
      });
      const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
      await enrolTwoFactor(app, cookie);
      const token = await expectData(
        apiClient(app, { cookie }).POST('/api/tokens', { body: { name: 'backups', access: 'read' } }),
        201,
      );
      const address = await app.listen({ port: 0, host: '127.0.0.1' });

      const file = join(folder, 'through-server.ndjson.gz');
      const backup = await jumelage('source', ['backup', '--server', address, '-o', file], {
        JUMELAGE_TOKEN: token.secret,
      });
      expect(backup.code, backup.stderr).toBe(0);
      const source = await fullDump(handle);
      const refused = await jumelage('source', ['backup', '--server', address, '-o', join(folder, 'x.gz')], {
        JUMELAGE_TOKEN: 'jmlg_not-a-token',
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('the server answered 401');
      await expect(stat(join(folder, 'x.gz'))).rejects.toThrow();

      const restore = await jumelage('through-server', ['restore', file]);
      expect(restore.code, restore.stderr).toBe(0);
      expect(await dumpOf('through-server')).toEqual(source);
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
