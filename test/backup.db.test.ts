import { Readable, Writable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { writeBackup } from '../src/backup/backup.ts';
import { restoreBackup } from '../src/backup/restore.ts';
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts';
import { loadDemo } from '../src/demo/load.ts';
import { expectData } from './helpers/api-client.ts';
import { setUpTestApp } from './helpers/app.ts';
import { createEmptyPostgresDatabase, createTestDatabase, testEngine } from './helpers/database.ts';
import { createCity, MINIMAL_PDF, multipartBody } from './helpers/fixtures.ts';
import { fullDump, rowCounts } from './helpers/full-dump.ts';

const ctx = setUpTestApp();
let original: Record<string, string[]>;
let backup: Buffer;
let apiToken: string;

async function backupOf(handle: DatabaseHandle): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeBackup(handle, sink, { app: 'test' });
  return Buffer.concat(chunks);
}

const restore = (handle: DatabaseHandle, bytes: Buffer) =>
  restoreBackup(handle, Readable.from([bytes]), { app: 'test' });

/** A new migrated database on the other engine than the suite's: PGlite ↔ PostgreSQL. */
async function otherEngineDatabase(): Promise<DatabaseHandle | null> {
  if (testEngine() === 'postgres') {
    const handle = await openDatabase({ memory: true });
    await handle.migrate();
    return handle;
  }
  if (!process.env.TEST_DATABASE_URL) return null;
  const handle = await createEmptyPostgresDatabase();
  await handle.migrate();
  return handle;
}

const isEmpty = (dump: Record<string, string[]>) =>
  Object.values(rowCounts(dump)).every((count) => count === 0);

// The demo registry, plus what only its holders may read: a restricted agreement with named
// readers, a restricted document's bytes, accounts with sessions, two-factor secrets and recovery
// codes, an API token, and the audit log of all of it.
beforeAll(async () => {
  await loadDemo(ctx.database);
  const a = (await createCity(ctx, 'Smara', 'EH')).id;
  const b = (await createCity(ctx, 'Porto-Novo', 'BJ')).id;
  const reader = await ctx.signInAs([{ role: 'municipal_officer', scopeId: a }]);
  const readerId = (await expectData(ctx.apiAs(reader).GET('/api/auth/me'), 200)).user.id;
  const agreement = await expectData(
    ctx.api.POST('/api/agreements', {
      body: {
        type: 'twinning',
        title: { en: 'Restricted twinning', ar: 'توأمة مقيدة' },
        parties: [{ organizationId: a }, { organizationId: b }],
        visibility: 'restricted',
        readers: { userIds: [readerId], bodyIds: [] },
      },
    }),
    201,
  );
  const document = await ctx.request({
    method: 'POST',
    url: `/api/agreements/${agreement.id}/documents`,
    ...multipartBody(
      { language: 'fr', visibility: 'restricted' },
      { name: 'scan.pdf', content: MINIMAL_PDF },
    ),
  });
  expect(document.statusCode, document.body).toBe(201);
  const token = await expectData(
    ctx.api.POST('/api/tokens', { body: { name: 'backups', access: 'read' } }),
    201,
  );
  apiToken = token.secret;
  original = await fullDump(ctx.database);
  backup = await backupOf(ctx.database);
});

describe('backup and restore', () => {
  it('holds every record, private ones included', () => {
    const counts = rowCounts(original);
    for (const table of [
      'agreements',
      'agreement_documents',
      'agreement_readers',
      'users',
      'sessions',
      'recovery_codes',
      'api_tokens',
      'audit_log',
      'places',
      'citations',
    ])
      expect(counts[table], table).toBeGreaterThan(0);
    expect(original.agreements!.some((row) => row.includes('"visibility": "restricted"'))).toBe(true);
    expect(original.users!.some((row) => !row.includes('"totp_secret": null'))).toBe(true);
  });

  it('restores into an empty database every row of every table as it was, with the audit chain intact', async () => {
    const target = await createTestDatabase();
    try {
      const summary = await restore(target, backup);
      expect(summary.totalRows).toBe(Object.values(rowCounts(original)).reduce((sum, n) => sum + n, 0));
      expect(await fullDump(target)).toEqual(original);
      const chain = await verifyAuditChain(target.db);
      expect(chain.broken).toBeNull();
      expect(chain.checked).toBe(original.audit_log!.length);
      // It backs up to the same stream, but for the header's time and so the checksum.
      const again = gunzipSync(await backupOf(target))
        .toString('utf8')
        .split('\n');
      const first = gunzipSync(backup).toString('utf8').split('\n');
      expect(again.slice(1, -2)).toEqual(first.slice(1, -2));
      expect(JSON.parse(again.at(-2)!).rows).toEqual(JSON.parse(first.at(-2)!).rows);
      // And it takes new records after the restored ones (sequences past them), chained to them.
      await target.db.execute(
        sql`INSERT INTO audit_log (actor, action, entity_type, entity_id) VALUES ('test', 'create', 'test', 'x')`,
      );
      const longer = await verifyAuditChain(target.db);
      expect(longer).toMatchObject({ broken: null, checked: original.audit_log!.length + 1 });
    } finally {
      await target.close();
    }
  });

  it('restores a backup taken on one engine into the other', async () => {
    const target = await otherEngineDatabase();
    if (!target) return;
    try {
      await restore(target, backup);
      expect(await fullDump(target)).toEqual(original);
      expect((await verifyAuditChain(target.db)).broken).toBeNull();
    } finally {
      await target.close();
    }
  });

  it('is sent by the running server to a platform admin’s API token, as the same stream', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/admin/backup',
      headers: { authorization: `Bearer ${apiToken}` },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/gzip');
    const lines = gunzipSync(response.rawPayload).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: 'jumelage-backup', version: 1, engine: testEngine() });
    // Only what the backup did itself may differ: the request's token use is recorded on it.
    const target = await createTestDatabase();
    try {
      await restore(target, response.rawPayload);
      const restored = await fullDump(target);
      expect(rowCounts(restored)).toEqual(rowCounts(original));
      expect(restored.audit_log).toEqual(original.audit_log);
      expect(restored.agreement_documents).toEqual(original.agreement_documents);
    } finally {
      await target.close();
    }
  });

  it('refuses a database that holds records, and leaves it as it was', async () => {
    const before = await fullDump(ctx.database);
    await expect(restore(ctx.database, backup)).rejects.toThrow(/target database is not empty/);
    expect(await fullDump(ctx.database)).toEqual(before);
  });

  it('refuses a truncated, altered or foreign file with a clear message, leaving the target empty', async () => {
    const target = await createTestDatabase();
    try {
      const text = gunzipSync(backup).toString('utf8');
      const lines = text.split('\n');
      const cases: Array<[string, Buffer, RegExp]> = [
        ['cut gzip', backup.subarray(0, Math.floor(backup.length * 0.8)), /truncated or corrupted/],
        ['no trailer', gzipSync(lines.slice(0, -2).join('\n')), /ends before its trailer/],
        ['altered row', gzipSync(text.replace('Restricted twinning', 'Restricted twinnings')), /checksum/],
        ['not gzip', Buffer.from('{"hello": 1}\n'), /truncated or corrupted/],
        ['not a backup', gzipSync('{"hello": 1}\n'), /not a Jumelage backup/],
        ['empty', gzipSync(''), /empty/],
        [
          'newer version',
          gzipSync(
            [
              JSON.stringify({
                ...JSON.parse(lines[0]!),
                migrations: [
                  ...JSON.parse(lines[0]!).migrations,
                  { tag: '9999_future', createdAt: 4_000_000_000_000, hash: 'f' },
                ],
              }),
              ...lines.slice(1),
            ].join('\n'),
          ),
          /newer Jumelage/,
        ],
        [
          'older version',
          gzipSync(
            [
              JSON.stringify({
                ...JSON.parse(lines[0]!),
                migrations: JSON.parse(lines[0]!).migrations.slice(0, -1),
              }),
              ...lines.slice(1),
            ].join('\n'),
          ),
          /older Jumelage/,
        ],
      ];
      for (const [name, bytes, message] of cases) {
        await expect(restore(target, bytes), name).rejects.toThrow(message);
        expect(isEmpty(await fullDump(target)), name).toBe(true);
      }
      // After all those refusals, the same database still takes the whole backup.
      await restore(target, backup);
      expect(await fullDump(target)).toEqual(original);
    } finally {
      await target.close();
    }
  });
});
