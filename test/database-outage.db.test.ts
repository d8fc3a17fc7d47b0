import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { isDatabaseUnavailable } from '../src/db/unavailable.ts';
import { type App, buildApp } from '../src/http/app.ts';
import { apiClient, expectData, problemOf } from './helpers/api-client.ts';
import { createTestDatabase, testEngine } from './helpers/database.ts';

/**
 * A TCP relay between the app and PostgreSQL that the test can cut and restore: the database goes
 * away (every connection dropped, new ones refused) and comes back on the same address.
 */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  private readonly target: URL;

  constructor(target: URL) {
    this.target = target;
  }

  async start() {
    this.server = createServer((client) => {
      const upstream = connect(Number(this.target.port || 5432), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    this.server.listen(this.port, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop() {
    const closed = new Promise((resolve) => this.server?.close(resolve));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

function expectUnavailable(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body).toBe(503);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  const problem = problemOf(response);
  expect(problem.status).toBe(503);
  expect(problem.type).toBe('/api/problems#unavailable');
}

// Requests that each need the database in their own way: a read, a session lookup, a write.
const requests = [
  { method: 'GET', url: '/api/health' },
  { method: 'GET', url: '/api/health/ready' },
  { method: 'GET', url: '/api/organizations' },
  { method: 'GET', url: '/api/auth/me', headers: { cookie: 'jumelage_session=abc' } },
  { method: 'POST', url: '/api/auth/sign-in', payload: { email: 'a@b.example', password: 'x' } },
] as const;

describe.runIf(testEngine() === 'postgres')('PostgreSQL going away and coming back', () => {
  let migrated: Awaited<ReturnType<typeof createTestDatabase>>;
  let relay: Relay;
  let app: App;
  let handle: Awaited<ReturnType<typeof openDatabase>>;

  beforeAll(async () => {
    migrated = await createTestDatabase();
    const url = new URL((migrated.pool!.options as { connectionString: string }).connectionString);
    relay = new Relay(url);
    await relay.start();
    const throughRelay = new URL(url);
    throughRelay.port = String(relay.port);
    handle = await openDatabase({ databaseUrl: throughRelay.toString() }, { connectionTimeoutMillis: 2_000 });
    app = await buildApp({ database: handle, webRoot: false });
  });

  afterAll(async () => {
    await app?.close();
    await handle?.close();
    await relay?.stop().catch(() => undefined);
    await migrated?.close();
  });

  it('answers while the database answers', async () => {
    for (const request of requests) {
      const response = await app.inject(request);
      expect(response.statusCode, `${request.url}: ${response.body}`).toBeLessThan(500);
    }
  });

  it('answers 503 with Retry-After to every request needing the database while it is away, and stays alive', async () => {
    // Connections are in the pool, idle; one is checked out in a transaction when the database goes.
    await app.inject({ method: 'GET', url: '/api/health' });
    const transaction = handle.db.transaction(async (tx) => {
      await tx.execute('select 1');
      await relay.stop();
      // The connection is dropped while this transaction holds it, between two of its queries.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.execute('select 1');
    });
    const failure = await transaction.then(
      () => null,
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(failure), String(failure)).toBe(true);

    for (const request of requests) expectUnavailable(await app.inject(request));
    // In French too: the title is the reader's language.
    const french = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'accept-language': 'fr' },
    });
    expect(problemOf(french).title).toMatch(/indisponible/);

    // The process itself is fine: liveness does not ask the database, even with a session cookie.
    const live = apiClient(app, { cookie: 'jumelage_session=abc' }).GET('/api/health/live');
    expect(await expectData(live, 200)).toMatchObject({ status: 'ok' });
  });

  it('serves again once the database is back, by itself', async () => {
    await relay.start();
    await expect
      .poll(async () => (await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode, {
        timeout: 30_000,
      })
      .toBe(200);
    for (const request of requests) {
      const response = await app.inject(request);
      expect(response.statusCode, `${request.url}: ${response.body}`).toBeLessThan(500);
    }
  });

  it('survives its connections being ended by the server (an administrator, a restart)', async () => {
    // Fill the pool with idle connections, then have PostgreSQL end them all.
    await Promise.all(
      Array.from({ length: 5 }, () => app.inject({ method: 'GET', url: '/api/organizations' })),
    );
    await migrated.db.execute(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()`,
    );
    await expect
      .poll(async () => (await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode, {
        timeout: 30_000,
      })
      .toBe(200);
    const response = await app.inject({ method: 'GET', url: '/api/organizations' });
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('an embedded database that is closed', () => {
  it('answers 503 with Retry-After, and liveness still answers', async () => {
    const database = await createTestDatabase();
    const app = await buildApp({ database, webRoot: false });
    try {
      expect((await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);
      if (database.pglite) await database.pglite.close();
      else await database.pool!.end();
      for (const request of requests) expectUnavailable(await app.inject(request));
      expect((await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close().catch(() => undefined);
    }
  });
});
