import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { selectRows } from '../db/client.ts';

const ctx = setUpTestApp();

describe('the audit log', () => {
  it('records the request id and the caller’s address with each change', async () => {
    const created = await ctx.request({
      method: 'POST',
      url: '/api/people',
      headers: { 'x-request-id': 'audit-1' },
      payload: { name: 'Moulay Brahim Chrif' },
    });
    const { data } = await ctx.request({
      method: 'GET',
      url: `/api/audit?entity=person&id=${created.data.id}`,
    });
    expect(data).toEqual([
      expect.objectContaining({
        action: 'create',
        requestId: 'audit-1',
        actor: expect.stringMatching(/^user:/),
      }),
    ]);
    const [row] = await selectRows<{ ip: string }>(
      ctx.database.db,
      sql`SELECT ip FROM audit_log WHERE request_id = 'audit-1'`,
    );
    expect(row?.ip).toBe('127.0.0.1');
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
    const me = await ctx.request({ method: 'GET', url: '/api/auth/me' });
    const actor = `user:${me.data.user.id}`;
    const mine = await ctx.request({ method: 'GET', url: `/api/audit?actor=${actor}` });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.data.length).toBeGreaterThan(0);
    expect(mine.data.every((entry: any) => entry.actor === actor)).toBe(true);
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
