import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { normalizeName } from '../shared/names.ts';

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(ar);

/**
 * Country names as lists write them that the ISO names do not cover: the nations of the United
 * Kingdom, Wikipedia's disambiguated and former names, and territories a list names apart from the
 * state the gazetteer files their places under.
 */
const ALIASES: Record<string, string> = {
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'great britain': 'GB',
  uk: 'GB',
  'republic of ireland': 'IE',
  moldova: 'MD',
  moldavia: 'MD',
  transnistria: 'MD',
  'northern cyprus': 'CY',
  'turkish republic of northern cyprus': 'CY',
  abkhazia: 'GE',
  'south ossetia': 'GE',
  somaliland: 'SO',
  syria: 'SY',
  laos: 'LA',
  'east timor': 'TL',
  brunei: 'BN',
  surinam: 'SR',
  micronesia: 'FM',
  'federated states of micronesia': 'FM',
  'falkland islands': 'FK',
  'sao tome and principe': 'ST',
  'bosnia and hercegovina': 'BA',
  'west bank': 'PS',
  'gaza strip': 'PS',
  'state of palestine': 'PS',
  'sahrawi arab democratic republic': 'EH',
  'sahrawi republic': 'EH',
  kosovo: 'XK',
  'vatican city': 'VA',
  'ivory coast': 'CI',
  'cape verde': 'CV',
  'czech republic': 'CZ',
  'republic of the congo': 'CG',
  'congo brazzaville': 'CG',
  'democratic republic of the congo': 'CD',
  'congo kinshasa': 'CD',
  'the gambia': 'GM',
  'the bahamas': 'BS',
  'the netherlands': 'NL',
  holland: 'NL',
  'united states of america': 'US',
  usa: 'US',
  'people s republic of china': 'CN',
  'republic of china': 'TW',
  'south korea': 'KR',
  'north korea': 'KP',
  // French and Arabic names the ISO lists spell otherwise.
  angleterre: 'GB',
  ecosse: 'GB',
  'pays de galles': 'GB',
  'etats unis': 'US',
  انجلترا: 'GB',
  إنجلترا: 'GB',
  اسكتلندا: 'GB',
  ويلز: 'GB',
  'الولايات المتحدة': 'US',
  سوريا: 'SY',
  فلسطين: 'PS',
};

/** Every name of every country in the three languages, normalized, with its code. */
let index: Map<string, string> | null = null;

function countryIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const language of ['en', 'fr', 'ar']) {
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) {
      for (const name of names) {
        const key = normalizeName(name);
        if (key && !index.has(key)) index.set(key, code);
      }
    }
  }
  for (const code of Object.keys(countries.getAlpha2Codes())) index.set(code.toLowerCase(), code);
  for (const [name, code] of Object.entries(ALIASES)) index.set(normalizeName(name), code);
  return index;
}

/** A list's country written without its disambiguation ("Georgia (country)") nor a stray "in ". */
function countryKey(text: string): string {
  return normalizeName(text.replace(/\([^)]*\)/g, ' ').replace(/^\s*in\s+/i, ''));
}

export interface CountryResolution {
  code: string;
  /** True when the name was matched only after correcting a typing slip (Grece, Kazakhstah). */
  corrected: boolean;
}

/**
 * The ISO 3166-1 alpha-2 code of a country as a list writes it: an English, French or Arabic name,
 * a Wikipedia name ("England", "Georgia (country)", "Republic of Ireland"), or a code. A name one
 * letter away from a single known one (five letters or more) is taken as a slip and said so.
 */
// The same words are asked about again and again (every name an article writes, every row of a
// list), and a near spelling is looked for among every country name: answers are remembered.
const RESOLVED = new Map<string, CountryResolution | null>();
const RESOLVED_LIMIT = 20_000;

export function resolveCountry(text: string): CountryResolution | null {
  const known = RESOLVED.get(text);
  if (known !== undefined) return known;
  const found = resolveCountryUncached(text);
  if (RESOLVED.size >= RESOLVED_LIMIT) RESOLVED.clear();
  RESOLVED.set(text, found);
  return found;
}

function resolveCountryUncached(text: string): CountryResolution | null {
  const whole = resolveCountryName(text);
  if (whole || !text.includes(',')) return whole;
  // "Wales, United Kingdom", "Jiangsu, China": the parts, the last (the state) first.
  for (const part of text.split(',').reverse()) {
    const found = resolveCountryName(part);
    if (found) return found;
  }
  return null;
}

function resolveCountryName(text: string): CountryResolution | null {
  const key = countryKey(text);
  if (!key) return null;
  const names = countryIndex();
  const exact = names.get(key);
  if (exact) return { code: exact, corrected: false };
  if (key.length < 5) return null;
  const near = new Set<string>();
  for (const [name, code] of names) {
    if (Math.abs(name.length - key.length) <= 1 && withinOneEdit(name, key)) near.add(code);
  }
  return near.size === 1 ? { code: [...near][0]!, corrected: true } : null;
}

/** Whether two strings differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}
