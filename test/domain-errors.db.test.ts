import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import { message } from '../src/http/messages.ts';
import type { paths } from '../web/src/api/schema.d.ts';
import { expectData, expectProblem, problemOf } from './helpers/api-client.ts';
import { type As, setUpTestApp, TEST_PASSWORD } from './helpers/app.ts';
import { countRows, createCity } from './helpers/fixtures.ts';

/*
 * Domain errors answer in the reader's language (issue: trust, item 18): the problem's detail and
 * its field's message are written from the error's stable code, which the body keeps for clients.
 */
const ctx = setUpTestApp();
const ids = {} as Record<'smara' | 'timbuktu', string>;

beforeAll(async () => {
  ids.smara = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.timbuktu = (await createCity(ctx, 'Timbuktu', 'ML')).id;
});

/** The typed client as someone, asking for answers in this language (none: no Accept-Language). */
const apiIn = (language: string | undefined, as: As = 'admin') => {
  const headers = language ? { 'accept-language': language } : {};
  const client = ctx.apiAs(as);
  return {
    createAgreement: (body: AgreementInput) => client.POST('/api/agreements', { headers, body }),
    client,
    headers,
  };
};

type AgreementInput = paths['/api/agreements']['post']['requestBody']['content']['application/json'];

const agreement = (overrides: Partial<AgreementInput>): AgreementInput => ({
  type: 'twinning',
  title: { en: 'Twinning Smara – Timbuktu' },
  parties: [{ organizationId: ids.smara }, { organizationId: ids.timbuktu }],
  ...overrides,
});

describe('18. domain errors in the reader’s language', () => {
  it('writes a broken rule’s detail and field message in Arabic, French or English, with its code', async () => {
    const before = await countRows(ctx);
    const expected = {
      ar: 'التاريخ 2025-01-01 سابق لتاريخ 2025-05-01',
      fr: 'La date 2025-01-01 est antérieure au 2025-05-01',
      en: '2025-01-01 is before 2025-05-01',
    };
    for (const [language, text] of Object.entries(expected)) {
      const problem = await expectProblem(
        apiIn(language).createAgreement(agreement({ startsOn: '2025-05-01', endsOn: '2025-01-01' })),
        422,
      );
      expect(problem).toMatchObject({
        code: 'date.before_start',
        detail: text,
        field: '/endsOn',
        errors: [{ field: '/endsOn', code: 'date.before_start', message: text }],
      });
    }
    // Without Accept-Language, English.
    const plain = await apiIn(undefined).createAgreement(
      agreement({ startsOn: '2025-05-01', endsOn: '2025-01-01' }),
    );
    expect(plain.error?.detail).toBe(expected.en);
    expect(await countRows(ctx)).toEqual(before);
  });

  it('names statuses in the reader’s language when a transition is not allowed', async () => {
    const created = await expectData(apiIn(undefined).createAgreement(agreement({})), 201);
    const move = (language: string) => {
      const { client, headers } = apiIn(language);
      return client.POST('/api/agreements/{id}/transitions', {
        params: { path: { id: created.id } },
        headers,
        body: { to: 'in_force', reason: 'signed in Timbuktu' },
      });
    };
    const arabic = await move('ar');
    expect(arabic.response.status).toBe(409);
    expect(arabic.error).toMatchObject({
      title: 'الطلب يتعارض مع الحالة الراهنة',
      code: 'agreement.transition_not_allowed',
      detail: 'لا يمكن أن تنتقل الاتفاقية من حالة «مقترحة» إلى حالة «سارية»',
      errors: [{ field: '/to', message: 'لا يمكن أن تنتقل الاتفاقية من حالة «مقترحة» إلى حالة «سارية»' }],
    });
    const french = await move('fr-FR,fr;q=0.9');
    expect(french.error).toMatchObject({
      title: 'La requête est incompatible avec l’état actuel',
      code: 'agreement.transition_not_allowed',
      detail: 'Un accord ne peut pas passer du statut « proposé » au statut « en vigueur »',
    });
  });

  it('says what is missing and who may not act in the reader’s language', async () => {
    const id = randomUUID();
    const { client, headers } = apiIn('fr');
    const missing = await client.GET('/api/agreements/{id}', { params: { path: { id } }, headers });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({
      code: 'agreement.not_found',
      detail: `Accord introuvable : ${id}`,
    });
    const anonymous = await apiIn('ar', 'public').createAgreement(agreement({}));
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.error).toMatchObject({ code: 'access.sign_in_required', detail: 'سجّل الدخول أولًا' });
  });

  it('refuses a wrong current password and a weak new one in the reader’s language', async () => {
    const me = await ctx.signInAs();
    const change = (language: string, currentPassword: string, newPassword: string) => {
      const { client, headers } = apiIn(language, me);
      return client.POST('/api/auth/password', {
        headers,
        body: { currentPassword, newPassword, keepApiTokens: false },
      });
    };
    const expected = {
      fr: {
        wrong: 'Le mot de passe est erroné',
        short: 'Le mot de passe doit comporter au moins 12 caractères',
        weak: 'Ce mot de passe est trop facile à deviner : choisissez une phrase plus longue, faite de mots sans rapport entre eux',
      },
      ar: {
        wrong: 'كلمة المرور غير صحيحة',
        short: 'يجب ألا يقل طول كلمة المرور عن 12 حرفًا',
        weak: 'كلمة المرور هذه سهلة التخمين: استعمل عبارة أطول من كلمات لا رابط بينها',
      },
    };
    for (const [language, text] of Object.entries(expected)) {
      const wrong = await expectProblem(
        change(language, 'not my password at all', 'granite willow saffron echo'),
        422,
      );
      expect(wrong).toMatchObject({
        code: 'password.wrong',
        detail: text.wrong,
        field: '/currentPassword',
        errors: [{ field: '/currentPassword', code: 'password.wrong', message: text.wrong }],
      });
      const short = await expectProblem(change(language, TEST_PASSWORD, 'granite'), 422);
      expect(short).toMatchObject({
        code: 'password.too_short',
        detail: text.short,
        field: '/newPassword',
      });
      const weak = await expectProblem(change(language, TEST_PASSWORD, 'azertyuiop123'), 422);
      expect(weak).toMatchObject({
        code: 'password.too_guessable',
        detail: text.weak,
        field: '/newPassword',
      });
    }
  });

  it('answers a wildcard Accept-Language, as many HTTP clients send, in the installation language', async () => {
    const wildcard = await apiIn('*').createAgreement(
      agreement({ startsOn: '2025-05-01', endsOn: '2025-01-01' }),
    );
    expect(wildcard.error?.detail).toBe('2025-01-01 is before 2025-05-01');
    const french = await buildApp({ database: ctx.database, defaultLanguage: 'fr', webRoot: false });
    try {
      const answered = await french.inject({
        method: 'GET',
        url: '/api/no-such-route',
        headers: { 'accept-language': '*' },
      });
      expect(problemOf(answered).title).toBe(message('fr', 'problem.route_not_found'));
      const chosen = await french.inject({
        method: 'GET',
        url: '/api/no-such-route',
        headers: { 'accept-language': 'ar, *;q=0.5' },
      });
      expect(problemOf(chosen).title).toBe(message('ar', 'problem.route_not_found'));
    } finally {
      await french.close();
    }
  });
});
