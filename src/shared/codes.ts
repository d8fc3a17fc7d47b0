import countries from 'i18n-iso-countries';
import ISO6391 from 'iso-639-1';

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function isLanguageCode(code: string): boolean {
  return ISO6391.validate(code);
}
