import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type As, setUpTestApp, TEST_PASSWORD } from '../../../test/helpers/app.ts';
import { createCity, createNetworkWithCouncil } from '../../../test/helpers/fixtures.ts';
import { buildAppWithTestSmtp, type startTestSmtpServer } from '../../../test/helpers/smtp.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type App, buildApp } from '../../http/app.ts';
import { createMailer } from '../../mail/mailer.ts';
import { createUser } from '../accounts.ts';
import { invitations, users } from '../tables.ts';
import { INVITE_PER_ACCOUNT } from '../throttle.ts';

const ctx = setUpTestApp();
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let app: App;
const ids = {} as Record<'network' | 'council' | 'member' | 'outsider', string>;
let secretariat: As;
let officer: As;
const NEW_PASSWORD = 'granite willow saffron echo';

beforeAll(async () => {
  ({ app, smtp } = await buildAppWithTestSmtp(ctx.database));
  ids.member = (await createCity(ctx, 'Agadez', 'NE')).id;
  ids.outsider = (await createCity(ctx, 'Lyon', 'FR')).id;
  Object.assign(ids, await createNetworkWithCouncil(ctx, [ids.member], 'Mayors'));
  secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
  officer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.member }]);
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

/** Sends a request to the app wired to the test SMTP server, as the given person. */
async function call(method: 'GET' | 'POST' | 'DELETE', url: string, as: As | 'admin', payload?: object) {
  const cookie = as === 'public' ? undefined : as === 'admin' ? await adminCookie() : as.cookie;
  const response = await app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
  const data = response.body ? JSON.parse(response.body) : undefined;
  return Object.assign(response, { data });
}

let admin: string | undefined;
async function adminCookie() {
  admin ??= (await ctx.signInAs([], { admin: true })).cookie;
  return admin;
}

const tokenIn = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';

describe('invitations', () => {
  it('lets an admin invite by email; the link signs the person up once, with the roles offered', async () => {
    const before = smtp.received.length;
    const invited = await call('POST', '/api/invitations', 'admin', {
      email: ' Moussa.Ag@Agadez.example ',
      displayName: 'Moussa Ag',
      language: 'fr',
      grants: [{ role: 'municipal_officer', scopeId: ids.member }],
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.data.invitation).toMatchObject({ email: 'moussa.ag@agadez.example', language: 'fr' });
    expect(invited.body).not.toMatch(/token/i);
    expect(smtp.received).toHaveLength(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.subject).toBe('Vous êtes invité·e sur Jumelage');
    expect(mail.to).toMatchObject({ text: 'moussa.ag@agadez.example' });
    expect(mail.text).toContain('https://jumelage.example.org/sign-up?token=');
    const token = tokenIn(mail.text ?? '');

    const offer = await call('POST', '/api/auth/invitation', 'public', { token });
    expect(offer.statusCode).toBe(200);
    expect(offer.data.invitation.grants).toEqual([{ role: 'municipal_officer', scopeId: ids.member }]);

    const weak = await call('POST', '/api/auth/sign-up', 'public', {
      token,
      displayName: 'Moussa Ag',
      password: 'password1234',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.data.errors[0].field).toBe('/password');
    expect(
      await ctx.database.db.select().from(users).where(eq(users.email, 'moussa.ag@agadez.example')),
    ).toHaveLength(0);

    const signedUp = await call('POST', '/api/auth/sign-up', 'public', {
      token,
      displayName: 'Moussa Ag',
      password: NEW_PASSWORD,
    });
    expect(signedUp.statusCode, signedUp.body).toBe(201);
    expect(signedUp.data.user).toMatchObject({ email: 'moussa.ag@agadez.example', language: 'fr' });
    const cookie = String(signedUp.headers['set-cookie']).split(';')[0]!;
    // An officer of Agadez now: may act for Agadez, not for Lyon.
    const patch = (id: string) =>
      app.inject({ method: 'PATCH', url: `/api/organizations/${id}`, payload: {}, headers: { cookie } });
    expect((await patch(ids.member)).statusCode).not.toBe(403);
    expect((await patch(ids.outsider)).statusCode).toBe(403);
    const again = await call('POST', '/api/auth/sign-up', 'public', {
      token,
      displayName: 'Someone',
      password: NEW_PASSWORD,
    });
    expect(again.statusCode).toBe(422);
    expect(again.data.errors[0].field).toBe('/token');
  });

  it('lets a secretariat invite to roles in its network only, writing and sending nothing otherwise', async () => {
    const ok = await call('POST', '/api/invitations', secretariat, {
      email: 'council@mayors.example',
      language: 'ar',
      grants: [{ role: 'council_member', scopeId: ids.council }],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(smtp.received.at(-1)!.subject).toBe('دعوة للانضمام إلى Jumelage');

    const count = async () => (await ctx.database.db.select().from(invitations)).length;
    const [rows, mails] = [await count(), smtp.received.length];
    for (const [as, payload] of [
      [
        secretariat,
        {
          email: 'x@lyon.example',
          language: 'en',
          grants: [{ role: 'municipal_officer', scopeId: ids.outsider }],
        },
      ],
      [secretariat, { email: 'x@lyon.example', language: 'en', grants: [], platformAdmin: true }],
      [secretariat, { email: 'x@lyon.example', language: 'en', grants: [] }],
      [
        officer,
        {
          email: 'x@agadez.example',
          language: 'en',
          grants: [{ role: 'municipal_officer', scopeId: ids.member }],
        },
      ],
    ] as const) {
      const refused = await call('POST', '/api/invitations', as, payload);
      expect(refused.statusCode, refused.body).toBe(403);
    }
    const anonymous = await call('POST', '/api/invitations', 'public', {
      email: 'x@y.example',
      language: 'en',
      grants: [],
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await count()).toBe(rows);
    expect(smtp.received.length).toBe(mails);
  });

  it('answer the same whether or not the address has an account; the account is told by email instead', async () => {
    await inTransaction(ctx.database.db, (tx) =>
      createUser(
        tx,
        { actor: 'test' },
        { email: 'taken@agadez.example', displayName: 'Taken', password: TEST_PASSWORD, language: 'fr' },
      ),
    );
    // A secretariat with no say over the account learns nothing from the answer either way.
    const outsiderSecretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
    const invite = async (email: string) => {
      const before = smtp.received.length;
      const response = await call('POST', '/api/invitations', outsiderSecretariat, {
        email,
        language: 'en',
        grants: [{ role: 'municipal_officer', scopeId: ids.member }],
      });
      return { response, mails: smtp.received.slice(before) };
    };
    const taken = await invite('taken@agadez.example');
    const free = await invite('free@agadez.example');
    const shape = ({ response }: { response: { statusCode: number; headers: object; data: any } }) => ({
      status: response.statusCode,
      headers: Object.keys(response.headers).sort(),
      invitation: {
        ...response.data.invitation,
        id: 'id',
        email: 'email',
        createdAt: 'at',
        expiresAt: 'at',
      },
    });
    expect(taken.response.statusCode, taken.response.body).toBe(201);
    expect(shape(taken)).toEqual(shape(free));
    expect(taken.response.data.invitation.email).toBe('taken@agadez.example');
    // The account holder hears of it in their language; no sign-up link goes anywhere.
    expect(taken.mails).toHaveLength(1);
    expect(taken.mails[0]!.to).toMatchObject({ text: 'taken@agadez.example' });
    expect(taken.mails[0]!.subject).toBe('Une invitation sur Jumelage pour votre adresse');
    expect(taken.mails[0]!.text).toContain('Test User a invité taken@agadez.example');
    expect(taken.mails[0]!.text).not.toContain('token=');
    expect(free.mails).toHaveLength(1);
    expect(free.mails[0]!.text).toContain('/sign-up?token=');
    const listed = await call('GET', '/api/invitations', outsiderSecretariat);
    expect(listed.data.items.map((item: { email: string }) => item.email).sort()).toEqual([
      'free@agadez.example',
      'taken@agadez.example',
    ]);
  });

  it('treat a look-alike of an account’s address as that address, and refuse invisible characters, mixed scripts and a trailing dot', async () => {
    for (const email of ['fiona@agadez.example', 'ceo@agadez.example', 'paypal@agadez.example']) {
      await inTransaction(ctx.database.db, (tx) =>
        createUser(tx, { actor: 'test' }, { email, displayName: 'Holder', password: TEST_PASSWORD }),
      );
    }
    for (const [lookAlike, holder] of [
      ['ＦＩＯＮＡ@agadez.example', 'fiona@agadez.example'], // fullwidth
      ['ﬁona@agadez.example', 'fiona@agadez.example'], // ligature
      ['сео@agadez.example', 'ceo@agadez.example'], // all Cyrillic
      ['paypa1@agadez.example', 'paypal@agadez.example'], // digit one for l
    ]) {
      const before = smtp.received.length;
      const response = await call('POST', '/api/invitations', 'admin', {
        email: lookAlike,
        language: 'en',
        grants: [],
      });
      expect(response.statusCode, `${lookAlike}: ${response.body}`).toBe(201);
      const mails = smtp.received.slice(before);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.to, lookAlike).toMatchObject({ text: holder });
      expect(mails[0]!.text).not.toContain('token=');
    }
    for (const [email, rule] of [
      ['fio\u200Bna@agadez.example', /invisible/],
      ['fiona\u200D@agadez.example', /invisible/],
      ['fiоna@agadez.example', /mix scripts/], // Cyrillic о among Latin letters
      ['fiona@agadez.example.', /not an email address/],
    ] as const) {
      const [rows, mails] = [(await ctx.database.db.select().from(invitations)).length, smtp.received.length];
      const refused = await call('POST', '/api/invitations', 'admin', { email, language: 'en', grants: [] });
      expect(refused.statusCode, email).toBe(422);
      expect(refused.data.errors[0]).toMatchObject({ field: '/email', message: expect.stringMatching(rule) });
      expect((await ctx.database.db.select().from(invitations)).length).toBe(rows);
      expect(smtp.received.length).toBe(mails);
    }
    // Nor can an account be made for a look-alike in any other way.
    await expect(
      inTransaction(ctx.database.db, (tx) =>
        createUser(
          tx,
          { actor: 'test' },
          { email: 'сео@agadez.example', displayName: 'Other', password: TEST_PASSWORD },
        ),
      ),
    ).rejects.toThrow(/looks like it/);
  });

  it('refuses an unknown scope, and a withdrawn or expired invitation', async () => {
    const unknown = await call('POST', '/api/invitations', 'admin', {
      email: 'new@agadez.example',
      language: 'en',
      grants: [{ role: 'municipal_officer', scopeId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.data.errors[0].field).toBe('/grants/0/scopeId');

    const invite = async (email: string) => {
      const response = await call('POST', '/api/invitations', secretariat, {
        email,
        language: 'en',
        grants: [{ role: 'municipal_officer', scopeId: ids.member }],
      });
      expect(response.statusCode, response.body).toBe(201);
      return { id: response.data.invitation.id as string, token: tokenIn(smtp.received.at(-1)!.text ?? '') };
    };
    const withdrawn = await invite('withdrawn@agadez.example');
    expect((await call('DELETE', `/api/invitations/${withdrawn.id}`, officer)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/invitations/${withdrawn.id}`, secretariat)).statusCode).toBe(204);
    const listed = await call('GET', '/api/invitations', secretariat);
    expect(
      listed.data.items.find((item: { id: string }) => item.id === withdrawn.id).revokedAt,
    ).not.toBeNull();
    const useWithdrawn = await call('POST', '/api/auth/sign-up', 'public', {
      token: withdrawn.token,
      displayName: 'W',
      password: NEW_PASSWORD,
    });
    expect(useWithdrawn.statusCode).toBe(422);

    const expired = await invite('expired@agadez.example');
    await ctx.database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, expired.id));
    const useExpired = await call('POST', '/api/auth/sign-up', 'public', {
      token: expired.token,
      displayName: 'E',
      password: NEW_PASSWORD,
    });
    expect(useExpired.statusCode).toBe(422);
  });

  it('are rate limited per inviting account, with Retry-After', async () => {
    const busy = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
    const me = await call('GET', '/api/auth/me', busy);
    await ctx.database.db.insert(invitations).values(
      Array.from({ length: INVITE_PER_ACCOUNT.freeFailures }, (_, index) => ({
        tokenHash: `bulk-${me.data.user.id}-${index}`,
        email: `bulk${index}@mayors.example`,
        language: 'en',
        grants: [],
        invitedBy: me.data.user.id,
        ip: '203.0.113.9',
        expiresAt: new Date(Date.now() + 86_400_000),
      })),
    );
    const refused = await call('POST', '/api/invitations', busy, {
      email: 'one-more@mayors.example',
      language: 'en',
      grants: [{ role: 'council_member', scopeId: ids.council }],
    });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('leave nothing behind when the mail server refuses the message', async () => {
    const broken = await buildApp({
      database: ctx.database,
      mailer: createMailer({
        smtpUrl: 'smtp://127.0.0.1:9',
        from: 'Jumelage <no-reply@jumelage.example.org>',
      }),
    });
    const count = async () =>
      Number(
        (
          (await ctx.database.db.execute(sql`select count(*) as n from invitations`)) as unknown as {
            rows: Array<{ n: string }>;
          }
        ).rows[0]!.n,
      );
    const before = await count();
    const response = await broken.inject({
      method: 'POST',
      url: '/api/invitations',
      headers: { cookie: await adminCookie() },
      payload: { email: 'unsent@agadez.example', language: 'en', grants: [] },
    });
    await broken.close();
    expect(response.statusCode).toBeGreaterThanOrEqual(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await count()).toBe(before);
  });
});

describe('changing the email address', () => {
  it('asks for the password, confirms from the new mailbox, and tells the old one', async () => {
    await inTransaction(ctx.database.db, (tx) =>
      createUser(
        tx,
        { actor: 'test' },
        {
          email: 'aicha@smara.example',
          displayName: 'Aicha',
          password: TEST_PASSWORD,
          language: 'ar',
        },
      ),
    );
    const signIn = (email: string) =>
      app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: TEST_PASSWORD } });
    const cookie = String((await signIn('aicha@smara.example')).headers['set-cookie']).split(';')[0]!;
    const as = { cookie };
    const wrong = await call('POST', '/api/auth/email', as, {
      password: 'wrong wrong wrong',
      newEmail: 'aicha@new.example',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.data.errors[0].field).toBe('/password');
    for (const newEmail of [
      'taken@agadez.example',
      'ＴＡＫＥＮ@agadez.example',
      'ta​ken@agadez.example',
      'tаken@agadez.example',
    ]) {
      const taken = await call('POST', '/api/auth/email', as, { password: TEST_PASSWORD, newEmail });
      // Look-alikes of another account's address are taken too; invisible and mixed-script ones are refused.
      expect(taken.statusCode, newEmail).toBe(
        newEmail.normalize('NFKC').toLowerCase().startsWith('taken@') ? 409 : 422,
      );
      expect(taken.data.errors[0].field).toBe('/newEmail');
    }

    const before = smtp.received.length;
    const asked = await call('POST', '/api/auth/email', as, {
      password: TEST_PASSWORD,
      newEmail: 'Aicha@New.example',
    });
    expect(asked.statusCode, asked.body).toBe(202);
    const mails = smtp.received.slice(before);
    expect(mails.map((mail) => mail.to && 'text' in mail.to && mail.to.text).sort()).toEqual([
      'aicha@new.example',
      'aicha@smara.example',
    ]);
    const confirm = mails.find((mail) => mail.text?.includes('token='))!;
    expect(confirm.subject).toBe('أكّد عنوانك الجديد في Jumelage');
    // Nothing changes until the new address confirms.
    expect((await signIn('aicha@smara.example')).statusCode).toBe(200);

    const token = tokenIn(confirm.text ?? '');
    const confirmed = await call('POST', '/api/auth/email/confirm', 'public', { token });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.data.email).toBe('aicha@new.example');
    expect((await signIn('aicha@smara.example')).statusCode).toBe(401);
    expect((await signIn('aicha@new.example')).statusCode).toBe(200);
    expect((await call('POST', '/api/auth/email/confirm', 'public', { token })).statusCode).toBe(422);
  });
});

describe('an invitation’s roles at acceptance', () => {
  it('are given only if still the sender’s to give: a membership ended since voids them', async () => {
    const zinder = (await createCity(ctx, 'Zinder', 'NE')).id;
    const joined = await call('POST', '/api/memberships', 'admin', {
      organizationId: ids.network,
      memberOrganizationId: zinder,
      role: 'member',
    });
    expect(joined.data.status).toBe('active');
    const before = smtp.received.length;
    const invited = await call('POST', '/api/invitations', secretariat, {
      email: 'officer@zinder.example',
      language: 'fr',
      grants: [{ role: 'municipal_officer', scopeId: zinder }],
    });
    expect(invited.statusCode, invited.body).toBe(201);
    await expect.poll(() => smtp.received.length).toBeGreaterThan(before);
    const token = tokenIn(smtp.received.at(-1)!.text ?? '');
    expect(
      (await call('POST', `/api/memberships/${joined.data.id}/transitions`, 'admin', { action: 'end' }))
        .statusCode,
    ).toBe(200);
    const signedUp = await call('POST', '/api/auth/sign-up', 'public', {
      token,
      displayName: 'Officer of Zinder',
      password: NEW_PASSWORD,
    });
    expect(signedUp.statusCode, signedUp.body).toBe(403);
    expect(signedUp.data.code).toBe('invitation.no_longer_valid');
    const [row] = await ctx.database.db.select().from(users).where(eq(users.email, 'officer@zinder.example'));
    expect(row).toBeUndefined();
  });

  it('never let a secretariat make another secretariat for one of its members', async () => {
    const response = await call('POST', '/api/invitations', secretariat, {
      email: 'boss@agadez.example',
      language: 'fr',
      grants: [{ role: 'network_secretariat', scopeId: ids.member }],
    });
    expect(response.statusCode).toBe(403);
  });
});
