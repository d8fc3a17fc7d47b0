import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverClient } from './helpers/api-client.ts';
import { testEngine } from './helpers/database.ts';
import { adminWithToken, type ServerProcess, startServer, stopServer } from './helpers/server-process.ts';

const run = promisify(execFile);

/** PostgreSQL's server programs (Debian's layout), or null when they are not installed here. */
function postgresPrograms(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const bin = readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'))
    .find((folder) => existsSync(join(folder, 'initdb')) && existsSync(join(folder, 'pg_ctl')));
  return bin ?? null;
}

const programs = postgresPrograms();
if (testEngine() === 'postgres' && !programs)
  console.warn(
    'PostgreSQL restart test skipped: initdb and pg_ctl are not installed (/usr/lib/postgresql/*/bin)',
  );
// PostgreSQL refuses to run as root: the cluster belongs to the postgres user then.
const asRoot = process.getuid?.() === 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// A throwaway PostgreSQL cluster of the test's own, restarted under the real server's write load.
describe.runIf(testEngine() === 'postgres' && programs)('the server while PostgreSQL restarts', () => {
  let folder: string;
  let port: number;
  let server: ServerProcess | undefined;
  let databaseUrl: string;
  let environment: NodeJS.ProcessEnv;

  const pgCtl = (...args: string[]) => {
    const command = [
      join(programs!, 'pg_ctl'),
      '-D',
      join(folder, 'data'),
      '-l',
      join(folder, 'log'),
      ...args,
    ];
    return asRoot ? run('runuser', ['-u', 'postgres', '--', ...command]) : run(command[0]!, command.slice(1));
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jumelage-pg-restart-'));
    if (asRoot) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: group } = await run('id', ['-g', 'postgres']);
      await chown(folder, Number(stdout), Number(group));
    }
    const initdb = [join(programs!, 'initdb'), '-D', join(folder, 'data'), '-A', 'trust', '-U', 'postgres'];
    await (asRoot ? run('runuser', ['-u', 'postgres', '--', ...initdb]) : run(initdb[0]!, initdb.slice(1)));
    port = await freePort();
    await pgCtl('-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`, '-w', 'start');
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE jumelage');
    await admin.end();
    databaseUrl = `postgres://postgres@127.0.0.1:${port}/jumelage`;
    environment = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JUMELAGE_KEY_FILE: join(folder, 'keys', 'secret-keys.json'),
    };
    delete environment.MIGRATION_DATABASE_URL;
    server = await startServer(environment);
  });

  afterAll(async () => {
    await stopServer(server);
    if (folder) {
      await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('stays up, answers 503 while the database is away, and loses no acknowledged write', async () => {
    const { url } = server!;
    const { token } = await adminWithToken(environment, url);
    const acknowledged: string[] = [];
    const others: Array<{ status: number; type: string; retryAfter: string | null; body: string }> = [];
    const failures: string[] = [];
    let stop = false;
    let sequence = 0;
    const write = async () => {
      const name = `Place ${++sequence}`;
      try {
        const { data, error, response } = await serverClient(url, { authorization: `Bearer ${token}` }).POST(
          '/api/places',
          {
            body: { name, countryCode: 'FR' },
            // A request must be answered while the database is away, not left hanging.
            signal: AbortSignal.timeout(30_000),
          },
        );
        if (response.status === 201 && data) acknowledged.push(data.id);
        else
          others.push({
            status: response.status,
            type: String(response.headers.get('content-type')),
            retryAfter: response.headers.get('retry-after'),
            body: JSON.stringify(error ?? data),
          });
      } catch (error) {
        failures.push(`${name}: ${String((error as { cause?: unknown }).cause ?? error)}`);
      }
    };
    const workers = Array.from({ length: 6 }, async () => {
      while (!stop) await write();
    });

    await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(20);
    await pgCtl('-m', 'fast', '-w', 'restart');
    const afterRestart = acknowledged.length;
    await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(afterRestart + 20);

    // A longer outage: stopped, then started again.
    await pgCtl('-m', 'fast', '-w', 'stop');
    const during = others.length;
    await expect.poll(() => others.length, { timeout: 30_000 }).toBeGreaterThan(during + 5);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await fetch(`${url}/api/health/ready`)).status).toBe(503);
    expect((await fetch(`${url}/api/health/live`)).status).toBe(200);
    await pgCtl('-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`, '-w', 'start');
    const afterStart = acknowledged.length;
    await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(afterStart + 20);
    stop = true;
    await Promise.all(workers);

    // The process never went down.
    expect(server!.child.exitCode, server!.output()).toBeNull();
    expect((await fetch(`${url}/api/health/ready`)).status).toBe(200);
    // No hang, no connection error: every request got an answer.
    expect(failures).toEqual([]);
    // Every refusal was a 503 problem with Retry-After, never a 500.
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      expect(other.status, other.body).toBe(503);
      expect(other.type).toContain('application/problem+json');
      expect(other.retryAfter).toMatch(/^\d+$/);
    }
    // Every write that was acknowledged is there.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT count(*)::int AS n FROM places WHERE id = ANY($1::uuid[])',
        [acknowledged],
      );
      expect(rows[0].n).toBe(acknowledged.length);
    } finally {
      await client.end();
    }
    console.info(
      `PostgreSQL restart and outage: ${acknowledged.length} writes acknowledged and all present, ` +
        `${others.length} answered 503, 0 failed`,
    );
  });
});
