import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { DataDirLockedError, lockPathOf } from '../src/db/data-dir-lock.ts';
import { testEngine } from './helpers/database.ts';
import { type ServerProcess, startServer, stopServer } from './helpers/server-process.ts';

const run = promisify(execFile);

// One process at a time on a PGlite folder, and a server that stops cleanly: on the embedded engine.
describe.runIf(testEngine() === 'pglite')('a server on a PGlite data folder', () => {
  let folder: string;
  let environment: NodeJS.ProcessEnv;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jumelage-lifecycle-'));
    // Each request in the log, to tell the requests the server took from those it never read.
    environment = {
      ...process.env,
      JUMELAGE_DATA: join(folder, 'data'),
      SHUTDOWN_TIMEOUT: '20',
      LOG_LEVEL: 'info',
    };
    delete environment.DATABASE_URL;
    delete environment.MIGRATION_DATABASE_URL;
    environment.JUMELAGE_KEY_FILE = join(folder, 'keys', 'secret-keys.json');
    server = await startServer(environment);
  });

  afterAll(async () => {
    await stopServer(server);
    await rm(folder, { recursive: true, force: true });
  });

  it('holds its folder: another process is refused, naming the server and what to do', async () => {
    const dataDir = join(folder, 'data');
    expect(existsSync(lockPathOf(dataDir))).toBe(true);
    await expect(openDatabase({ dataDir })).rejects.toThrow(DataDirLockedError);
    await expect(openDatabase({ dataDir })).rejects.toThrow(
      new RegExp(
        `^the server \\(PID ${server!.child.pid} since .*\\) holds the data folder .*data: stop it first`,
      ),
    );
  });

  it('refuses `jumelage admin create` while the server holds the folder, with a non-zero exit code', async () => {
    const failure = await run(
      process.execPath,
      ['bin/jumelage.js', 'admin', 'create', '--email', 'second@example.org', '--name', 'Second'],
      { env: { ...environment, JUMELAGE_ADMIN_PASSWORD: 'copper lantern orbit mosaic' } },
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure, 'admin create succeeded while the server held the folder').not.toBeNull();
    expect(failure!.code).not.toBe(0);
    expect(failure!.stderr).toMatch(
      /the server \(PID \d+ since .*\) holds the data folder .*: stop it first/,
    );
    expect(failure!.stderr).not.toMatch(/Created/);
  });

  it('on SIGTERM under load, answers every request it accepted, closes the database and exits 0', async () => {
    const { url } = server!;
    const outcomes: Array<{ id: string; status?: number; error?: string; inFlightAtSignal: boolean }> = [];
    let signalled = false;
    let refused = false;
    const running = new Set<{ inFlightAtSignal: boolean }>();
    const worker = async (index: number) => {
      // Until the server no longer takes connections, on keep-alive connections: a heavy read and a light one.
      for (let sent = 0; !refused; sent++) {
        const marker = { inFlightAtSignal: false };
        // Named in the server's log ("incoming request"), to tell a request it took from one it never read.
        const id = `lifecycle-${index}-${sent}`;
        running.add(marker);
        try {
          const response = await fetch(index % 2 === 0 ? `${url}/api/export` : `${url}/api/health/ready`, {
            headers: { 'x-request-id': id },
          });
          await response.arrayBuffer();
          outcomes.push({ id, status: response.status, inFlightAtSignal: marker.inFlightAtSignal });
        } catch (error) {
          const code = String((error as { cause?: { code?: string } }).cause?.code ?? error);
          outcomes.push({ id, error: code, inFlightAtSignal: marker.inFlightAtSignal });
          if (signalled) refused = true;
        } finally {
          running.delete(marker);
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, index) => worker(index));
    await expect.poll(() => outcomes.length, { timeout: 60_000 }).toBeGreaterThan(16);
    for (const marker of running) marker.inFlightAtSignal = true;
    signalled = true;
    server!.child.kill('SIGTERM');
    const code = await server!.exited;
    refused = true;
    await Promise.all(workers);

    expect(code, server!.output()).toBe(0);
    // Every request that got an answer got a good one.
    const answered = outcomes.filter((outcome) => outcome.status !== undefined);
    expect(answered.filter((outcome) => outcome.status !== 200)).toEqual([]);
    // Requests on their way when the signal came were all answered, not cut: all those the server
    // had taken. One still in the socket of an idle keep-alive connection, which the server closes as
    // it stops, was never read (HTTP/1.1's own race, which a client retries): it is not in the log.
    const log = server!.output();
    expect(log).toContain('"lifecycle-');
    const inFlight = outcomes.filter((outcome) => outcome.inFlightAtSignal);
    expect(inFlight.length).toBeGreaterThan(0);
    const taken = inFlight.filter(
      (outcome) => outcome.status !== undefined || log.includes(`"${outcome.id}"`),
    );
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.filter((outcome) => outcome.status !== 200)).toEqual([]);
    // Later ones either were answered or found the connection closed: never a 5xx.
    for (const outcome of outcomes.filter((item) => item.error))
      expect(outcome.error).toMatch(/ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET|EPIPE/);
    expect(server!.output()).toMatch(/Stopped\./);
    // The database was closed cleanly: its folder is free again.
    expect(existsSync(lockPathOf(join(folder, 'data')))).toBe(false);
    const reopened = await openDatabase({ dataDir: join(folder, 'data') });
    await reopened.close();
  });
});
