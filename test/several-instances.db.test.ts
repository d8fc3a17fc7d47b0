import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, serverClient } from './helpers/api-client.ts';
import { testEngine, testServerUrl } from './helpers/database.ts';
import {
  adminWithToken,
  SERVER_TEST_PASSWORD,
  type ServerProcess,
  startServer,
  stopServer,
} from './helpers/server-process.ts';

// Two server processes on one PostgreSQL database serve the same people: what one knows, the other does.
describe.runIf(testEngine() === 'postgres')('two instances on one PostgreSQL database', () => {
  let folder: string;
  let databaseName: string;
  let environment: NodeJS.ProcessEnv;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jumelage-instances-'));
    databaseName = `jumelage_instances_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    environment = {
      ...process.env,
      DATABASE_URL: testServerUrl(databaseName),
      // One key file for both, made by whichever starts first.
      JUMELAGE_KEY_FILE: join(folder, 'keys', 'secret-keys.json'),
    };
    delete environment.MIGRATION_DATABASE_URL;
    // Started at once on an empty database: both migrate, one after the other, and neither fails.
    [a, b] = await Promise.all([startServer(environment), startServer(environment)]);
  });

  afterAll(async () => {
    await Promise.all([stopServer(a), stopServer(b)]);
    await rm(folder, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  });

  it('both started on the empty database, with one key between them', async () => {
    expect((await fetch(`${a!.url}/api/health/ready`)).status).toBe(200);
    expect((await fetch(`${b!.url}/api/health/ready`)).status).toBe(200);
    const keys = JSON.parse(await readFile(environment.JUMELAGE_KEY_FILE!, 'utf8')) as { keys: unknown[] };
    expect(keys.keys).toHaveLength(1);
    // Only the instance that made the key says so.
    const generated = [a!, b!].filter((server) => /Generated a secret key/.test(server.output()));
    expect(generated).toHaveLength(1);
  });

  it('takes a session made on one instance on the other, two-factor sign-in included', async () => {
    // Two-factor set up on A: its secret, encrypted with A's key, is read by B at sign-in.
    const { email, cookie, secret } = await adminWithToken(environment, a!.url);
    const me = await expectData(serverClient(b!.url, { cookie }).GET('/api/auth/me'), 200);
    expect(me.user.email).toBe(email);
    // Two-factor was set up on A, its secret encrypted with the shared key: B reads it to check a code
    // (the next period's: the current one was used to turn it on, and a code counts once).
    const { totpCode } = await import('../src/accounts/two-factor/codes.ts');
    const signIn = await fetch(`${b!.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email,
        password: SERVER_TEST_PASSWORD,
        code: totpCode(secret, new Date(Date.now() + 30_000)),
      }),
    });
    expect(signIn.status, await signIn.clone().text()).toBe(200);
  });

  it('throttles sign-in on both instances after failures on one', async () => {
    const email = `someone-${randomBytes(4).toString('hex')}@example.org`;
    const attempt = (url: string) =>
      fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'not the password' }),
      });
    let status = 0;
    for (let tries = 0; tries < 20 && status !== 429; tries++) status = (await attempt(a!.url)).status;
    expect(status).toBe(429);
    const onB = await attempt(b!.url);
    expect(onB.status).toBe(429);
    expect(Number(onB.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers a create sent again with the same Idempotency-Key on the other instance with the first answer', async () => {
    const { token } = await adminWithToken(environment, a!.url);
    const key = `instances-${randomBytes(6).toString('hex')}`;
    const create = (url: string) =>
      serverClient(url, { authorization: `Bearer ${token}` }).POST('/api/places', {
        params: { header: { 'idempotency-key': key } },
        body: { name: `Once ${key}`, countryCode: 'FR' },
      });
    const first = await expectData(create(a!.url), 201);
    const second = await expectData(create(b!.url), 201);
    expect(second.id).toBe(first.id);
    const client = new pg.Client({ connectionString: environment.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM places WHERE name = $1', [
        `Once ${key}`,
      ]);
      expect(rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  });
});
