import { isCountryCode, isLanguageCode } from './codes.ts';
import { ValidationError } from './errors.ts';
import type { LocalizedText } from './localized.ts';

export function assertCountry(code: string | null | undefined, field: string): void {
  if (code === null || code === undefined) return;
  if (!isCountryCode(code)) throw new ValidationError('country.invalid', { value: code }, field);
}

export function assertLanguage(code: string | null | undefined, field: string): void {
  if (code === null || code === undefined) return;
  if (!isLanguageCode(code)) throw new ValidationError('language.invalid', { value: code }, field);
}

/** A localized text: known language keys, non-blank values, and at least one when required. */
export function assertLocalizedText(text: LocalizedText | undefined, field: string, required: boolean): void {
  const entries = Object.entries(text ?? {});
  if (required && entries.length === 0) {
    throw new ValidationError('text.missing', field);
  }
  for (const [language, value] of entries) {
    assertLanguage(language, `${field}/${language}`);
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ValidationError('text.blank', `${field}/${language}`);
    }
  }
}
