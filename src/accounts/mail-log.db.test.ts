import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp, TEST_PASSWORD } from '../../test/helpers/app.ts';
import { inTransaction } from '../db/transaction.ts';
import { type App, buildApp } from '../http/app.ts';
import { createUser } from './accounts.ts';

const ctx = setUpTestApp();
const raw: string[] = [];
let app: App;
const FORGED_NAME = 'Eve\n{"level":60,"time":1,"msg":"forged: admin signed in"}';

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      done();
    },
  });
  // No mailer given: as `serve` without SMTP_URL, mails go to the app's log.
  app = await buildApp({ database: ctx.database, logger: { level: 'info', stream } });
  await inTransaction(ctx.database.db, (tx) =>
    createUser(
      tx,
      { actor: 'test' },
      { email: 'eve@mail-log.example', displayName: FORGED_NAME, password: TEST_PASSWORD },
    ),
  );
});
afterAll(() => app?.close());

describe('mail without SMTP in the log', () => {
  it('is structured fields (recipient, kind, link), never the text a display name could forge a line with', async () => {
    const asked = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'eve@mail-log.example' },
    });
    expect(asked.statusCode).toBe(202);
    const lines = raw.join('').split('\n').filter(Boolean);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.some((record) => String(record.msg).includes('forged'))).toBe(false);
    const mail = records.find((record) => record.event === 'mail');
    expect(mail).toMatchObject({
      kind: 'password-reset',
      to: 'eve@mail-log.example',
      language: 'en',
      link: expect.stringMatching(/\/reset-password\?token=[\w-]+$/),
    });
    expect(lines.join('\n')).not.toContain('forged');
    expect(lines.join('\n')).not.toContain('Hello');
  });
});
