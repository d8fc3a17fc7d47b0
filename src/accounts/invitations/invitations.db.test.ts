import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectData, expectProblem, statusOf } from '../../../test/helpers/api-client.ts';
import { type As, setUpTestApp, TEST_PASSWORD } from '../../../test/helpers/app.ts';
import { createCity, createNetworkWithCouncil } from '../../../test/helpers/fixtures.ts';
import { buildAppWithTestSmtp, type startTestSmtpServer } from '../../../test/helpers/smtp.ts';
import type { paths } from '../../../web/src/api/schema.d.ts';
import { selectRows } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { buildApp } from '../../http/app.ts';
import type { App } from '../../http/server-types.ts';
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
  admin = (await ctx.signInAs([], { admin: true })).cookie;
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

type InvitationInput = paths['/api/invitations']['post']['requestBody']['content']['application/json'];

let admin = '';
/** The typed client of the app wired to the test SMTP server, as the given person. */
const api = (as: As) => apiClient(app, as === 'public' ? {} : { cookie: as === 'admin' ? admin : as.cookie });
const invite = (as: As, body: InvitationInput) => api(as).POST('/api/invitations', { body });
const signUp = (body: { token: string; displayName: string; password: string }) =>
  api('public').POST('/api/auth/sign-up', { body });

const tokenIn = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';

describe('invitations', () => {
  it('lets an admin invite by email; the link signs the person up once, with the roles offered', async () => {
    const before = smtp.received.length;
    const invited = await expectData(
      invite('admin', {
        email: ' Moussa.Ag@Agadez.example ',
        displayName: 'Moussa Ag',
        language: 'fr',
        grants: [{ role: 'municipal_officer', scopeId: ids.member }],
      }),
      201,
    );
    expect(invited.invitation).toMatchObject({ email: 'moussa.ag@agadez.example', language: 'fr' });
    expect(JSON.stringify(invited)).not.toMatch(/token/i);
    expect(smtp.received).toHaveLength(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.subject).toBe('Vous êtes invité·e sur Jumelage');
    expect(mail.to).toMatchObject({ text: 'moussa.ag@agadez.example' });
    expect(mail.text).toContain('https://jumelage.example.org/sign-up?token=');
    const token = tokenIn(mail.text ?? '');

    const offer = await expectData(api('public').POST('/api/auth/invitation', { body: { token } }), 200);
    expect(offer.invitation.grants).toEqual([{ role: 'municipal_officer', scopeId: ids.member }]);

    const weak = await expectProblem(
      signUp({ token, displayName: 'Moussa Ag', password: 'password1234' }),
      422,
    );
    expect(weak.errors?.[0]?.field).toBe('/password');
    expect(
      await ctx.database.db.select().from(users).where(eq(users.email, 'moussa.ag@agadez.example')),
    ).toHaveLength(0);

    const signedUp = await signUp({ token, displayName: 'Moussa Ag', password: NEW_PASSWORD });
    expect((await expectData(signedUp, 201)).user).toMatchObject({
      email: 'moussa.ag@agadez.example',
      language: 'fr',
    });
    const cookie = String(signedUp.response.headers.get('set-cookie')).split(';')[0]!;
    // An officer of Agadez now: may act for Agadez, not for Lyon.
    const patch = (id: string) =>
      api({ cookie }).PATCH('/api/organizations/{id}', { params: { path: { id } }, body: {} });
    expect(await statusOf(patch(ids.member))).not.toBe(403);
    expect(await statusOf(patch(ids.outsider))).toBe(403);
    const again = await expectProblem(signUp({ token, displayName: 'Someone', password: NEW_PASSWORD }), 422);
    expect(again.errors?.[0]?.field).toBe('/token');
  });

  it('lets a secretariat invite to roles in its network only, writing and sending nothing otherwise', async () => {
    await expectData(
      invite(secretariat, {
        email: 'council@mayors.example',
        language: 'ar',
        grants: [{ role: 'council_member', scopeId: ids.council }],
      }),
      201,
    );
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
    ] satisfies Array<[As, InvitationInput]>) {
      const refused = await invite(as, payload);
      expect(refused.response.status, JSON.stringify(refused.error)).toBe(403);
    }
    const anonymous = invite('public', { email: 'x@y.example', language: 'en', grants: [] });
    expect(await statusOf(anonymous)).toBe(401);
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
    const inviteTo = async (email: string) => {
      const before = smtp.received.length;
      const answer = await invite(outsiderSecretariat, {
        email,
        language: 'en',
        grants: [{ role: 'municipal_officer', scopeId: ids.member }],
      });
      return { answer, mails: smtp.received.slice(before) };
    };
    const taken = await inviteTo('taken@agadez.example');
    const free = await inviteTo('free@agadez.example');
    const shape = ({ answer: { data, response } }: typeof taken) => ({
      status: response.status,
      headers: [...response.headers.keys()].sort(),
      invitation: {
        ...data?.invitation,
        id: 'id',
        email: 'email',
        createdAt: 'at',
        expiresAt: 'at',
      },
    });
    expect(taken.answer.response.status, JSON.stringify(taken.answer.error)).toBe(201);
    expect(shape(taken)).toEqual(shape(free));
    expect(taken.answer.data?.invitation.email).toBe('taken@agadez.example');
    // The account holder hears of it in their language; no sign-up link goes anywhere.
    expect(taken.mails).toHaveLength(1);
    expect(taken.mails[0]!.to).toMatchObject({ text: 'taken@agadez.example' });
    expect(taken.mails[0]!.subject).toBe('Une invitation sur Jumelage pour votre adresse');
    expect(taken.mails[0]!.text).toContain('Test User a invité taken@agadez.example');
    expect(taken.mails[0]!.text).not.toContain('token=');
    expect(free.mails).toHaveLength(1);
    expect(free.mails[0]!.text).toContain('/sign-up?token=');
    const listed = await expectData(api(outsiderSecretariat).GET('/api/invitations'), 200);
    expect(listed.items.map((item) => item.email).sort()).toEqual([
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
    ] as const) {
      const before = smtp.received.length;
      const response = await invite('admin', { email: lookAlike, language: 'en', grants: [] });
      expect(response.response.status, `${lookAlike}: ${JSON.stringify(response.error)}`).toBe(201);
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
      const refused = await invite('admin', { email, language: 'en', grants: [] });
      expect(refused.response.status, email).toBe(422);
      expect(refused.error?.errors?.[0]).toMatchObject({
        field: '/email',
        message: expect.stringMatching(rule),
      });
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
    const unknown = await invite('admin', {
      email: 'new@agadez.example',
      language: 'en',
      grants: [{ role: 'municipal_officer', scopeId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.response.status).toBe(422);
    expect(unknown.error?.errors?.[0]?.field).toBe('/grants/0/scopeId');

    const invited = async (email: string) => {
      const created = await expectData(
        invite(secretariat, {
          email,
          language: 'en',
          grants: [{ role: 'municipal_officer', scopeId: ids.member }],
        }),
        201,
      );
      return { id: created.invitation.id, token: tokenIn(smtp.received.at(-1)!.text ?? '') };
    };
    const withdrawn = await invited('withdrawn@agadez.example');
    const withdraw = (as: As) =>
      api(as).DELETE('/api/invitations/{id}', { params: { path: { id: withdrawn.id } } });
    expect(await statusOf(withdraw(officer))).toBe(403);
    expect(await statusOf(withdraw(secretariat))).toBe(204);
    const listed = await expectData(api(secretariat).GET('/api/invitations'), 200);
    const listedWithdrawn = listed.items.find((item) => item.id === withdrawn.id);
    expect(listedWithdrawn).toBeDefined();
    expect(listedWithdrawn?.revokedAt).not.toBeNull();
    const useWithdrawn = signUp({ token: withdrawn.token, displayName: 'W', password: NEW_PASSWORD });
    expect(await statusOf(useWithdrawn)).toBe(422);

    const expired = await invited('expired@agadez.example');
    await ctx.database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, expired.id));
    const useExpired = signUp({ token: expired.token, displayName: 'E', password: NEW_PASSWORD });
    expect(await statusOf(useExpired)).toBe(422);
  });

  it('are rate limited per inviting account, with Retry-After', async () => {
    const busy = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
    const me = await expectData(api(busy).GET('/api/auth/me'), 200);
    await ctx.database.db.insert(invitations).values(
      Array.from({ length: INVITE_PER_ACCOUNT.freeFailures }, (_, index) => ({
        tokenHash: `bulk-${me.user.id}-${index}`,
        email: `bulk${index}@mayors.example`,
        language: 'en',
        grants: [],
        invitedBy: me.user.id,
        ip: '203.0.113.9',
        expiresAt: new Date(Date.now() + 86_400_000),
      })),
    );
    const { response: refused } = await invite(busy, {
      email: 'one-more@mayors.example',
      language: 'en',
      grants: [{ role: 'council_member', scopeId: ids.council }],
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
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
        (await selectRows<{ n: string }>(ctx.database.db, sql`select count(*) as n from invitations`))[0]!.n,
      );
    const before = await count();
    const { response } = await apiClient(broken, { cookie: admin }).POST('/api/invitations', {
      body: { email: 'unsent@agadez.example', language: 'en', grants: [] },
    });
    await broken.close();
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
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
      api('public').POST('/api/auth/sign-in', { body: { email, password: TEST_PASSWORD } });
    const cookie = String((await signIn('aicha@smara.example')).response.headers.get('set-cookie')).split(
      ';',
    )[0]!;
    const changeEmail = (password: string, newEmail: string) =>
      api({ cookie }).POST('/api/auth/email', { body: { password, newEmail } });
    const wrong = await expectProblem(changeEmail('wrong wrong wrong', 'aicha@new.example'), 422);
    expect(wrong.errors?.[0]?.field).toBe('/password');
    for (const newEmail of [
      'taken@agadez.example',
      'ＴＡＫＥＮ@agadez.example',
      'ta​ken@agadez.example',
      'tаken@agadez.example',
    ]) {
      const taken = await changeEmail(TEST_PASSWORD, newEmail);
      // Look-alikes of another account's address are taken too; invisible and mixed-script ones are refused.
      expect(taken.response.status, newEmail).toBe(
        newEmail.normalize('NFKC').toLowerCase().startsWith('taken@') ? 409 : 422,
      );
      expect(taken.error?.errors?.[0]?.field).toBe('/newEmail');
    }

    const before = smtp.received.length;
    const asked = await changeEmail(TEST_PASSWORD, 'Aicha@New.example');
    expect(asked.response.status, JSON.stringify(asked.error)).toBe(202);
    const mails = smtp.received.slice(before);
    expect(mails.map((mail) => mail.to && 'text' in mail.to && mail.to.text).sort()).toEqual([
      'aicha@new.example',
      'aicha@smara.example',
    ]);
    const confirm = mails.find((mail) => mail.text?.includes('token='))!;
    expect(confirm.subject).toBe('أكّد عنوانك الجديد في Jumelage');
    // Nothing changes until the new address confirms.
    expect(await statusOf(signIn('aicha@smara.example'))).toBe(200);

    const token = tokenIn(confirm.text ?? '');
    const confirmEmail = () => api('public').POST('/api/auth/email/confirm', { body: { token } });
    const confirmed = await expectData(confirmEmail(), 200);
    expect(confirmed.email).toBe('aicha@new.example');
    expect(await statusOf(signIn('aicha@smara.example'))).toBe(401);
    expect(await statusOf(signIn('aicha@new.example'))).toBe(200);
    expect(await statusOf(confirmEmail())).toBe(422);
  });
});

describe('an invitation’s roles at acceptance', () => {
  it('are given only if still the sender’s to give: a membership ended since voids them', async () => {
    const zinder = (await createCity(ctx, 'Zinder', 'NE')).id;
    const joined = await api('admin').POST('/api/memberships', {
      body: { organizationId: ids.network, memberOrganizationId: zinder, role: 'member' },
    });
    expect(joined.data?.status).toBe('active');
    const before = smtp.received.length;
    await expectData(
      invite(secretariat, {
        email: 'officer@zinder.example',
        language: 'fr',
        grants: [{ role: 'municipal_officer', scopeId: zinder }],
      }),
      201,
    );
    await expect.poll(() => smtp.received.length).toBeGreaterThan(before);
    const token = tokenIn(smtp.received.at(-1)!.text ?? '');
    const ended = api('admin').POST('/api/memberships/{id}/transitions', {
      params: { path: { id: joined.data!.id } },
      body: { action: 'end' },
    });
    expect(await statusOf(ended)).toBe(200);
    const signedUp = await expectProblem(
      signUp({ token, displayName: 'Officer of Zinder', password: NEW_PASSWORD }),
      403,
    );
    expect(signedUp.code).toBe('invitation.no_longer_valid');
    const [row] = await ctx.database.db.select().from(users).where(eq(users.email, 'officer@zinder.example'));
    expect(row).toBeUndefined();
  });

  it('never let a secretariat make another secretariat for one of its members', async () => {
    const response = invite(secretariat, {
      email: 'boss@agadez.example',
      language: 'fr',
      grants: [{ role: 'network_secretariat', scopeId: ids.member }],
    });
    expect(await statusOf(response)).toBe(403);
  });
});
