import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import { message } from '../src/http/messages.ts';
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

function send(
  language: string | undefined,
  options: { method: 'GET' | 'POST'; url: string; payload?: object; as?: As },
) {
  return ctx.request({ ...options, headers: language ? { 'accept-language': language } : {} });
}

const agreement = (overrides: object) => ({
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
      const response = await send(language, {
        method: 'POST',
        url: '/api/agreements',
        payload: agreement({ startsOn: '2025-05-01', endsOn: '2025-01-01' }),
      });
      expect(response.statusCode, response.body).toBe(422);
      expect(response.data).toMatchObject({
        code: 'date.before_start',
        detail: text,
        field: '/endsOn',
        errors: [{ field: '/endsOn', code: 'date.before_start', message: text }],
      });
    }
    // Without Accept-Language, English.
    const plain = await send(undefined, {
      method: 'POST',
      url: '/api/agreements',
      payload: agreement({ startsOn: '2025-05-01', endsOn: '2025-01-01' }),
    });
    expect(plain.data.detail).toBe(expected.en);
    expect(await countRows(ctx)).toEqual(before);
  });

  it('names statuses in the reader’s language when a transition is not allowed', async () => {
    const created = await send(undefined, { method: 'POST', url: '/api/agreements', payload: agreement({}) });
    expect(created.statusCode, created.body).toBe(201);
    const move = (language: string) =>
      send(language, {
        method: 'POST',
        url: `/api/agreements/${created.data.id}/transitions`,
        payload: { to: 'in_force', reason: 'signed in Timbuktu' },
      });
    const arabic = await move('ar');
    expect(arabic.statusCode).toBe(409);
    expect(arabic.data).toMatchObject({
      title: 'الطلب يتعارض مع الحالة الراهنة',
      code: 'agreement.transition_not_allowed',
      detail: 'لا يمكن أن تنتقل الاتفاقية من حالة «مقترحة» إلى حالة «سارية»',
      errors: [{ field: '/to', message: 'لا يمكن أن تنتقل الاتفاقية من حالة «مقترحة» إلى حالة «سارية»' }],
    });
    const french = await move('fr-FR,fr;q=0.9');
    expect(french.data).toMatchObject({
      title: 'La requête est incompatible avec l’état actuel',
      code: 'agreement.transition_not_allowed',
      detail: 'Un accord ne peut pas passer du statut « proposé » au statut « en vigueur »',
    });
  });

  it('says what is missing and who may not act in the reader’s language', async () => {
    const id = randomUUID();
    const missing = await send('fr', { method: 'GET', url: `/api/agreements/${id}` });
    expect(missing.statusCode).toBe(404);
    expect(missing.data).toMatchObject({ code: 'agreement.not_found', detail: `Accord introuvable : ${id}` });
    const anonymous = await send('ar', {
      method: 'POST',
      url: '/api/agreements',
      payload: agreement({}),
      as: 'public',
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.data).toMatchObject({ code: 'access.sign_in_required', detail: 'سجّل الدخول أولًا' });
  });

  it('refuses a wrong current password and a weak new one in the reader’s language', async () => {
    const me = await ctx.signInAs();
    const change = (language: string, currentPassword: string, newPassword: string) =>
      send(language, {
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword, newPassword },
        as: me,
      });
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
      const wrong = await change(language, 'not my password at all', 'granite willow saffron echo');
      expect(wrong.statusCode, wrong.body).toBe(422);
      expect(wrong.data).toMatchObject({
        code: 'password.wrong',
        detail: text.wrong,
        field: '/currentPassword',
        errors: [{ field: '/currentPassword', code: 'password.wrong', message: text.wrong }],
      });
      const short = await change(language, TEST_PASSWORD, 'granite');
      expect(short.statusCode, short.body).toBe(422);
      expect(short.data).toMatchObject({
        code: 'password.too_short',
        detail: text.short,
        field: '/newPassword',
      });
      const weak = await change(language, TEST_PASSWORD, 'azertyuiop123');
      expect(weak.statusCode, weak.body).toBe(422);
      expect(weak.data).toMatchObject({
        code: 'password.too_guessable',
        detail: text.weak,
        field: '/newPassword',
      });
    }
  });

  it('answers a wildcard Accept-Language, as many HTTP clients send, in the installation language', async () => {
    const payload = agreement({ startsOn: '2025-05-01', endsOn: '2025-01-01' });
    const wildcard = await send('*', { method: 'POST', url: '/api/agreements', payload });
    expect(wildcard.data.detail).toBe('2025-01-01 is before 2025-05-01');
    const french = await buildApp({ database: ctx.database, defaultLanguage: 'fr', webRoot: false });
    try {
      const answered = await french.inject({
        method: 'GET',
        url: '/api/no-such-route',
        headers: { 'accept-language': '*' },
      });
      expect(answered.json().title).toBe(message('fr', 'problem.route_not_found'));
      const chosen = await french.inject({
        method: 'GET',
        url: '/api/no-such-route',
        headers: { 'accept-language': 'ar, *;q=0.5' },
      });
      expect(chosen.json().title).toBe(message('ar', 'problem.route_not_found'));
    } finally {
      await french.close();
    }
  });
});
