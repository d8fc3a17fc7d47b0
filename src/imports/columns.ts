import { normalizeName } from '../shared/names.ts';

/** What an agreements file must say of each pair: the two places and their countries. */
export const AGREEMENT_COLUMNS = ['city1', 'country1', 'city2', 'country2'] as const;
export type AgreementColumn = (typeof AGREEMENT_COLUMNS)[number];

/** Which header of the file holds each column. */
export type ColumnMapping = Record<AgreementColumn, string>;

/** Header names, in English, French and Arabic, that say which column is which (without the side's number). */
const HEADER_WORDS: Record<'city' | 'country', string[]> = {
  city: [
    'city',
    'town',
    'municipality',
    'place',
    'locality',
    'name',
    'partner',
    'ville',
    'commune',
    'localite',
    'collectivite',
    'municipalite',
    'lieu',
    'nom',
    'partenaire',
    'مدينة',
    'المدينة',
    'بلدية',
    'البلدية',
    'جماعة',
    'الجماعة',
    'الشريك',
  ],
  country: ['country', 'nation', 'pays', 'state', 'etat', 'بلد', 'البلد', 'دولة', 'الدولة'],
};

/** Ordinal words for the two sides ("city A", "ville 2", "المدينة الأولى"). */
const SIDE_WORDS: Record<'1' | '2', string[]> = {
  '1': ['1', 'a', 'one', 'first', 'un', 'une', 'premiere', 'premier', 'الاولى', 'الاول', 'اولى', 'اول', '١'],
  '2': [
    '2',
    'b',
    'two',
    'second',
    'seconde',
    'deux',
    'deuxieme',
    'partner',
    'partenaire',
    'الثانية',
    'الثاني',
    'ثانية',
    'الشريكة',
    '٢',
  ],
};

/** The column a header names, when its words say both what (city, country) and which side (1, 2). */
export function recognizeHeader(header: string): AgreementColumn | null {
  const words = normalizeName(header.replace(/(\p{L})(\d)/gu, '$1 $2'))
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return null;
  let what: 'city' | 'country' | null = null;
  for (const [kind, names] of Object.entries(HEADER_WORDS) as Array<['city' | 'country', string[]]>) {
    if (words.some((word) => names.map(normalizeName).includes(word))) what = kind;
  }
  // "country" wins over "city" in "city country" headers: a country column names its kind last.
  if (words.some((word) => HEADER_WORDS.country.map(normalizeName).includes(word))) what = 'country';
  if (!what) return null;
  const rest = words.filter((word) => !HEADER_WORDS[what].map(normalizeName).includes(word));
  let side: '1' | '2' | null = null;
  for (const [which, names] of Object.entries(SIDE_WORDS) as Array<['1' | '2', string[]]>) {
    if (rest.some((word) => names.map(normalizeName).includes(word))) side = which;
  }
  if (!side) return null;
  return `${what}${side}` as AgreementColumn;
}

export type MappingResult =
  | { ok: true; mapping: ColumnMapping }
  | { ok: false; missing: AgreementColumn[]; ambiguous: AgreementColumn[] };

/**
 * Which header holds each column: those `given` explicitly (--map, the workspace's mapping step),
 * then those recognized by their names. Fails naming what is missing or claimed by two headers.
 */
export function mapColumns(headers: string[], given: Partial<ColumnMapping> = {}): MappingResult {
  const found: Partial<Record<AgreementColumn, string[]>> = {};
  for (const header of headers) {
    const column = recognizeHeader(header);
    if (column) found[column] = [...(found[column] ?? []), header];
  }
  const mapping: Partial<ColumnMapping> = {};
  const missing: AgreementColumn[] = [];
  const ambiguous: AgreementColumn[] = [];
  for (const column of AGREEMENT_COLUMNS) {
    const explicit = given[column];
    if (explicit !== undefined) {
      if (headers.includes(explicit)) mapping[column] = explicit;
      else missing.push(column);
      continue;
    }
    const candidates = found[column] ?? [];
    if (candidates.length === 1) mapping[column] = candidates[0]!;
    else if (candidates.length === 0) missing.push(column);
    else ambiguous.push(column);
  }
  if (missing.length || ambiguous.length) return { ok: false, missing, ambiguous };
  return { ok: true, mapping: mapping as ColumnMapping };
}

/** `city1=Ville A,country1=Pays A,…` (the command line's --map) as a partial mapping; throws on a stranger. */
export function parseMappingOption(text: string): Partial<ColumnMapping> {
  const mapping: Partial<ColumnMapping> = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const equals = part.indexOf('=');
    const column = part.slice(0, equals).trim();
    const header = part.slice(equals + 1).trim();
    if (equals < 0 || !header || !(AGREEMENT_COLUMNS as readonly string[]).includes(column)) {
      throw new Error(
        `--map takes ${AGREEMENT_COLUMNS.map((name) => `${name}=<header>`).join(',')}, not "${part.trim()}"`,
      );
    }
    mapping[column as AgreementColumn] = header;
  }
  return mapping;
}
