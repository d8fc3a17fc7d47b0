import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectData } from '../../test/helpers/api-client.ts';
import { enrolTwoFactor, TEST_PASSWORD } from '../../test/helpers/app.ts';
import { createTestDatabase, testEngine, testServerUrl } from '../../test/helpers/database.ts';
import { createUser } from '../accounts/accounts.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import { writeBackup } from '../backup/backup.ts';
import { buildApp } from '../http/app.ts';
import { type DatabaseHandle, openDatabase, selectRows } from './client.ts';
import { migrateAsOwner, quoteIdentifier, servingRoleGrants, servingRoleWarnings } from './roles.ts';
import { inTransaction } from './transaction.ts';

describe('the serving role’s grants', () => {
  it('read and write rows, and only read and append the audit log', () => {
    expect(servingRoleGrants('jumelage_app')).toEqual([
      'GRANT USAGE ON SCHEMA public TO "jumelage_app"',
      'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "jumelage_app"',
      'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "jumelage_app"',
      'REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM "jumelage_app"',
      'GRANT USAGE ON SCHEMA drizzle TO "jumelage_app"',
      'GRANT SELECT ON drizzle.__drizzle_migrations TO "jumelage_app"',
    ]);
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});

describe.runIf(testEngine() === 'pglite')('the embedded database', () => {
  it('has a single user, and serve does not warn about it', async () => {
    const database = await createTestDatabase();
    try {
      expect(await servingRoleWarnings(database)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe.runIf(testEngine() === 'postgres')('on PostgreSQL, the owner and the serving role', () => {
  const suffix = randomBytes(5).toString('hex');
  const owner = `jumelage_owner_${suffix}`;
  const serving = `jumelage_app_${suffix}`;
  const name = `jumelage_roles_${suffix}`;
  const password = randomBytes(12).toString('hex');
  const urlAs = (role: string) => {
    const url = new URL(testServerUrl(name));
    url.username = role;
    url.password = password;
    return url.toString();
  };
  let superuser: pg.Client;
  let app: DatabaseHandle;

  beforeAll(async () => {
    superuser = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await superuser.connect();
    // As README's "Database roles" says: an owner of the database, and a role that owns nothing.
    await superuser.query(`CREATE ROLE ${owner} LOGIN PASSWORD '${password}'`);
    await superuser.query(`CREATE ROLE ${serving} LOGIN PASSWORD '${password}'`);
    await superuser.query(`CREATE DATABASE ${name} OWNER ${owner}`);
    app = await openDatabase({ databaseUrl: urlAs(serving) });
    await migrateAsOwner(app, urlAs(owner));
  });

  afterAll(async () => {
    await app?.close();
    await superuser.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await superuser.query(`DROP ROLE IF EXISTS ${serving}`);
    await superuser.query(`DROP ROLE IF EXISTS ${owner}`);
    await superuser.end();
  });

  /** The database's own error for a statement run as the serving role. */
  async function refusal(statement: string) {
    try {
      await app.db.execute(sql.raw(statement));
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause ?? (error as any);
      return { code: cause.code, message: cause.message };
    }
    return null;
  }

  it('lets normal writes through the app succeed, audit records included', async () => {
    const email = `admin-${suffix}@test.example`;
    await inTransaction(app.db, (tx) =>
      createUser(
        tx,
        { actor: 'cli' },
        {
          email,
          displayName: 'Admin',
          password: TEST_PASSWORD,
          isPlatformAdmin: true,
        },
      ),
    );
    const server = await buildApp({ database: app, webRoot: false });
    try {
      const signIn = await server.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: TEST_PASSWORD },
      });
      expect(signIn.statusCode, signIn.body).toBe(200);
      const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
      await enrolTwoFactor(server, cookie);
      const created = await expectData(
        apiClient(server, { cookie }).POST('/api/people', { body: { name: 'Aminata Traoré' } }),
        201,
      );
      const [row] = await selectRows<{ count: string }>(
        app.db,
        sql`SELECT count(*) FROM audit_log WHERE entity_id = ${created.id}`,
      );
      expect(row?.count).toBe('1');
    } finally {
      await server.close();
    }
    expect((await verifyAuditChain(app.db)).broken).toBeNull();
  });

  it('takes a backup as the serving role, as the server does for GET /api/admin/backup', async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    const summary = await writeBackup(app, sink, { app: 'test' });
    expect(summary.rows.audit_log).toBeGreaterThan(0);
    const header = JSON.parse(gunzipSync(Buffer.concat(chunks)).toString('utf8').split('\n')[0]!);
    expect(header.migrations.length).toBeGreaterThan(0);
  });

  it.each([
    ['ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete', /must be owner/],
    ['ALTER TABLE audit_log DISABLE TRIGGER ALL', /must be owner/],
    ['DROP TRIGGER audit_log_chain ON audit_log', /must be owner/],
    [
      'CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END; $$',
      /must be owner|permission denied/,
    ],
    ['SET session_replication_role = replica', /permission denied/],
    ["UPDATE audit_log SET actor = 'someone else'", /permission denied/],
    ['DELETE FROM audit_log', /permission denied/],
    ['TRUNCATE audit_log', /permission denied/],
    ['ALTER TABLE people ADD COLUMN x text', /must be owner/],
  ])('refuses the serving role: %s', async (statement, expected) => {
    const refused = await refusal(statement);
    expect(refused?.code).toBe('42501');
    expect(refused?.message).toMatch(expected);
  });

  it('warns when serving as the owner or as a superuser, not as the serving role', async () => {
    expect(await servingRoleWarnings(app)).toEqual([]);
    const asOwner = await openDatabase({ databaseUrl: urlAs(owner) });
    const asSuperuser = await openDatabase({ databaseUrl: testServerUrl(name) });
    try {
      expect(await servingRoleWarnings(asOwner)).toEqual([
        expect.stringContaining(`runs as "${owner}", which owns the tables`),
      ]);
      expect(await servingRoleWarnings(asSuperuser)).toEqual([expect.stringContaining('superuser')]);
    } finally {
      await asOwner.close();
      await asSuperuser.close();
    }
  });
});
