import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  allOf,
  anyOf,
  ERROR_MESSAGES,
  type ErrorCode,
  errorMessage,
  LABELS,
  type LabelKey,
  label,
} from './error-messages.ts';
import { ConflictError, NotFoundError, TooManyRequestsError, ValidationError } from './errors.ts';
import { UI_LANGUAGES } from './languages.ts';

const codes = Object.keys(ERROR_MESSAGES.en) as ErrorCode[];
const labelKeys = Object.keys(LABELS.en) as LabelKey[];

/** The arguments an ICU message names; throws if it is not valid ICU or uses more than plain arguments. */
function argumentsOf(text: string): string[] {
  return parse(text)
    .filter((element) => element.type !== TYPE.literal)
    .map((element) => {
      if (element.type !== TYPE.argument) throw new Error(`only plain {arguments}: ${text}`);
      return element.value;
    })
    .sort();
}

describe('the messages of domain errors', () => {
  it('have a message for every code in ar, fr and en, none blank', () => {
    for (const language of UI_LANGUAGES) {
      expect(Object.keys(ERROR_MESSAGES[language]).sort(), language).toEqual([...codes].sort());
      for (const code of codes)
        expect(ERROR_MESSAGES[language][code]?.trim(), `${language} ${code}`).toBeTruthy();
    }
  });

  it('are valid ICU messages naming the same placeholders in every language', () => {
    for (const code of codes) {
      const english = argumentsOf(ERROR_MESSAGES.en[code]);
      for (const language of UI_LANGUAGES) {
        expect(argumentsOf(ERROR_MESSAGES[language][code]), `${language} ${code}`).toEqual(english);
      }
    }
  });

  it('are written in each language, not copied from English', () => {
    for (const code of codes) {
      expect(ERROR_MESSAGES.ar[code], code).toMatch(/\p{Script=Arabic}/u);
      expect(ERROR_MESSAGES.fr[code], code).not.toBe(ERROR_MESSAGES.en[code]);
    }
  });

  it('have every label they name in ar, fr and en', () => {
    for (const language of UI_LANGUAGES) {
      expect(Object.keys(LABELS[language]).sort(), language).toEqual([...labelKeys].sort());
      for (const key of labelKeys) {
        expect(argumentsOf(LABELS[language][key]), `${language} ${key}`).toEqual([]);
        expect(LABELS[language][key].trim(), `${language} ${key}`).toBeTruthy();
      }
    }
    for (const key of labelKeys) expect(LABELS.ar[key], key).toMatch(/\p{Script=Arabic}/u);
  });

  it('fill placeholders with values, translated labels and lists joined the language’s way', () => {
    const transition = { from: label('agreement_status.proposed'), to: label('agreement_status.in_force') };
    expect(errorMessage('en', 'agreement.transition_not_allowed', transition)).toBe(
      'an agreement cannot go from proposed to in force',
    );
    expect(errorMessage('fr', 'agreement.transition_not_allowed', transition)).toBe(
      'Un accord ne peut pas passer du statut « proposé » au statut « en vigueur »',
    );
    expect(errorMessage('ar', 'agreement.transition_not_allowed', transition)).toBe(
      'لا يمكن أن تنتقل الاتفاقية من حالة «مقترحة» إلى حالة «سارية»',
    );
    expect(errorMessage('fr', 'agreement.approval_required', { countries: allOf(['DZ', 'ML']) })).toBe(
      'L’approbation de l’autorité de tutelle est requise pour les parties des pays suivants : DZ et ML',
    );
    const visibilities = anyOf([label('visibility.public'), label('visibility.restricted')]);
    expect(errorMessage('en', 'document.visibility_invalid', { values: visibilities })).toBe(
      'visibility is one of public or restricted',
    );
    expect(errorMessage('ar', 'document.visibility_invalid', { values: visibilities })).toBe(
      'الإتاحة إحدى القيم التالية: عمومية أو مقيدة',
    );
  });
});

describe('a domain error', () => {
  it('carries its code, its parameters and its field, and an English message for the log', () => {
    const error = new ValidationError('date.invalid', { value: '2023-02-30' }, '/startsOn');
    expect(error).toMatchObject({
      name: 'ValidationError',
      code: 'date.invalid',
      params: { value: '2023-02-30' },
      field: '/startsOn',
      message: '2023-02-30 is not a calendar date (YYYY-MM-DD)',
    });
    expect(new ConflictError('agreement.parties_signed', '/parties')).toMatchObject({
      code: 'agreement.parties_signed',
      params: {},
      field: '/parties',
    });
    expect(new NotFoundError('agreement.not_found', { id: 'x' }).field).toBeUndefined();
    expect(new TooManyRequestsError('access.forbidden', {}, 30)).toMatchObject({
      code: 'access.forbidden',
      retryAfterSeconds: 30,
    });
  });

  it('refuses a code the catalog does not have', () => {
    expect(() => new ValidationError('agreement.no_such_rule' as ErrorCode)).toThrow(TypeError);
  });
});
