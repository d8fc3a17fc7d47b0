import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answerOf, expectData } from '../../test/helpers/api-client.ts';
import { type As, setUpTestApp } from '../../test/helpers/app.ts';
import { selectRows } from '../db/client.ts';
import { buildApp } from '../http/app.ts';

const ctx = setUpTestApp();

/** The audit trail this query asks for, as the admin. Raw: the query is one of two shapes, which its typed parameters do not say. */
async function trailOf(query: string, as: As = 'admin') {
  const response = await ctx.request({ method: 'GET', url: `/api/audit?${query}`, as });
  return answerOf(response, { path: '/api/audit', method: 'get', status: 200 });
}

describe('the audit log', () => {
  it('records the server’s request id, the client’s X-Request-Id apart as a correlation id, and the caller’s address', async () => {
    const created = await ctx.api.POST('/api/people', {
      headers: { 'x-request-id': 'audit-1' },
      body: { name: 'Moulay Brahim Chrif' },
    });
    expect(created.response.status).toBe(201);
    const serverId = String(created.response.headers.get('x-request-id'));
    expect(serverId).toMatch(/^[0-9a-f-]{36}$/);
    const data = await trailOf(`entity=person&id=${created.data!.id}`);
    expect(data).toEqual([
      expect.objectContaining({
        action: 'create',
        requestId: serverId,
        correlationId: 'audit-1',
        actor: expect.stringMatching(/^user:/),
      }),
    ]);
    const [row] = await selectRows<{ ip: string; request_id: string }>(
      ctx.database.db,
      sql`SELECT ip, request_id FROM audit_log WHERE correlation_id = 'audit-1'`,
    );
    expect(row).toEqual({ ip: '127.0.0.1', request_id: serverId });
  });

  it.each([
    ['an id reused from another request', 'audit-1'],
    ['a malformed id', 'forged\n{"level":30}'],
    ['an overlong id', 'x'.repeat(129)],
  ])('never takes a client’s X-Request-Id as the request id: %s', async (_case, header) => {
    // Raw: a header no Fetch API client would send.
    const created = await ctx.request({
      method: 'POST',
      url: '/api/people',
      headers: { 'x-request-id': header },
      payload: { name: 'Fatimetou Mint Ahmed' },
    });
    const person = answerOf(created, { path: '/api/people', method: 'post', status: 201 });
    const [row] = await selectRows<{ request_id: string; correlation_id: string | null }>(
      ctx.database.db,
      sql`SELECT request_id, correlation_id FROM audit_log WHERE entity_id = ${person.id}`,
    );
    expect(row?.request_id).toBe(created.headers['x-request-id']);
    expect(row?.request_id).not.toBe(header);
    expect(row?.correlation_id).toBe(header === 'audit-1' ? 'audit-1' : null);
  });

  it('logs the correlation id beside the request id', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const app = await buildApp({ database: ctx.database, logger: { level: 'info', stream } });
    try {
      const kept = await app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': 'trace-7' },
      });
      const ignored = await app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': 'a b' },
      });
      const keptLines = lines.filter((line) => line.reqId === kept.headers['x-request-id']);
      expect(keptLines.length).toBeGreaterThan(0);
      expect(keptLines.every((line) => line.correlationId === 'trace-7')).toBe(true);
      const ignoredLines = lines.filter((line) => line.reqId === ignored.headers['x-request-id']);
      expect(ignoredLines.length).toBeGreaterThan(0);
      expect(ignoredLines.some((line) => 'correlationId' in line)).toBe(false);
      expect(lines.some((line) => line.reqId === 'trace-7')).toBe(false);
    } finally {
      await app.close();
    }
  });

  it.each([
    ['UPDATE', sql`UPDATE audit_log SET actor = 'someone else'`],
    ['DELETE', sql`DELETE FROM audit_log`],
    ['TRUNCATE', sql`TRUNCATE audit_log`],
  ])('refuses %s at the database level', async (operation, statement) => {
    const [before] = await selectRows<{ count: string }>(
      ctx.database.db,
      sql`SELECT count(*) FROM audit_log`,
    );
    expect(Number(before?.count)).toBeGreaterThan(0);
    // Drizzle wraps the database's error; the trigger's message is its cause.
    await expect(ctx.database.db.execute(statement)).rejects.toMatchObject({
      cause: expect.objectContaining({ message: `the audit log is append-only: ${operation} refused` }),
    });
    const [after] = await selectRows<{ count: string }>(ctx.database.db, sql`SELECT count(*) FROM audit_log`);
    expect(after?.count).toBe(before?.count);
  });
});

describe('the audit log by actor', () => {
  it('shows platform admins everything one user changed, and refuses everyone else', async () => {
    const me = await expectData(ctx.api.GET('/api/auth/me'), 200);
    const actor = `user:${me.user.id}`;
    const mine = await trailOf(`actor=${actor}`);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((entry) => entry.actor === actor)).toBe(true);
    const officer = await ctx.signInAs([]);
    expect(
      (await ctx.request({ method: 'GET', url: `/api/audit?actor=${actor}`, as: officer })).statusCode,
    ).toBe(403);
    expect(
      (await ctx.request({ method: 'GET', url: `/api/audit?actor=${actor}`, as: 'public' })).statusCode,
    ).toBe(401);
    expect((await ctx.request({ method: 'GET', url: '/api/audit?actor=someone' })).statusCode).toBe(422);
  });
});
