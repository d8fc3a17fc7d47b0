import { describe, expect, it } from 'vitest';
import { mapColumns, parseMappingOption, recognizeHeader } from './columns.ts';
import { decide, type PlaceCandidate } from './confidence.ts';
import { resolveCountry, withinOneEdit } from './countries.ts';
import { mergeUnorderedPairs, unorderedPairKey } from './pairs.ts';
import { nameVariants } from './place-names.ts';
import { readCsv } from './read-table.ts';

describe('country names as lists write them', () => {
  it.each([
    ['England', 'GB'],
    ['Scotland', 'GB'],
    ['Wales, United Kingdom', 'GB'],
    ['Georgia (country)', 'GE'],
    ['Republic of Ireland', 'IE'],
    ['United States', 'US'],
    ['Kosovo', 'XK'],
    ['Moldova', 'MD'],
    ['Northern Cyprus', 'CY'],
    ['São Tomé and Príncipe', 'ST'],
    ['in Italy', 'IT'],
    ['Allemagne', 'DE'],
    ['المغرب', 'MA'],
    ['FR', 'FR'],
  ])('%s is %s', (name, code) => {
    expect(resolveCountry(name)?.code).toBe(code);
  });

  it('takes a one-letter slip only when it points to a single country, and says so', () => {
    expect(resolveCountry('Grece')).toEqual({ code: 'GR', corrected: false }); // French, once accents are folded
    expect(resolveCountry('Madagaskar')).toEqual({ code: 'MG', corrected: true });
    expect(resolveCountry('Kazakhstah')).toEqual({ code: 'KZ', corrected: true });
    expect(resolveCountry('Japa')).toBeNull();
    expect(resolveCountry('Atlantis')).toBeNull();
    expect(resolveCountry('')).toBeNull();
  });

  it('counts edits', () => {
    expect(withinOneEdit('greece', 'grece')).toBe(true);
    expect(withinOneEdit('iceland', 'island')).toBe(false);
  });
});

describe('the spellings tried for a place', () => {
  it('tries the name as written first, then without qualifiers, then before a comma', () => {
    expect(nameVariants('Dębica (rural gmina)').map((variant) => variant.normalized)).toEqual([
      'debica rural gmina',
      'debica',
    ]);
    expect(nameVariants('Halle (Saale)')[0]).toEqual({ normalized: 'halle saale', shortened: false });
    expect(nameVariants('Bayside, New South Wales').map((variant) => variant.normalized)).toEqual([
      'bayside new south wales',
      'bayside',
    ]);
    expect(nameVariants('Haaren – Esch').map((variant) => variant.normalized)).toEqual([
      'haaren esch',
      'esch',
      'haaren',
    ]);
  });
});

describe('pairs', () => {
  it('merges a pair listed both ways and twice, and sets apart a place paired with itself', () => {
    const outcome = mergeUnorderedPairs([
      { a: 'x', b: 'y', row: 1 },
      { a: 'y', b: 'x', row: 2 },
      { a: 'x', b: 'y', row: 3 },
      { a: 'x', b: 'z', row: 4 },
      { a: 'z', b: 'z', row: 5 },
    ]);
    expect(outcome.pairs).toEqual([
      { a: 'x', b: 'y', rows: [1, 2, 3] },
      { a: 'x', b: 'z', rows: [4] },
    ]);
    expect(outcome.selfPairs).toEqual([5]);
    expect(unorderedPairKey('b', 'a')).toBe(unorderedPairKey('a', 'b'));
  });
});

function candidate(
  id: string,
  population: number,
  featureCode = 'PPL',
  match: PlaceCandidate['match'] = 'exact',
) {
  return { placeId: id, name: id, countryCode: 'FR', population, featureCode, matchedName: id, match };
}

describe('when a name is settled', () => {
  it('takes the only place of the name in the country', () => {
    expect(decide(true, [candidate('a', 300)])).toMatchObject({ resolved: true, why: 'only' });
  });
  it('takes a seat over smaller places of the same name', () => {
    const decision = decide(true, [candidate('hamlet', 800), candidate('seat', 40_000, 'PPLA2')]);
    expect(decision).toMatchObject({ resolved: true, why: 'seat', candidate: { placeId: 'seat' } });
  });
  it('takes by far the largest place, not one barely larger', () => {
    expect(decide(true, [candidate('big', 90_000), candidate('small', 3_000)])).toMatchObject({
      resolved: true,
      why: 'most_populous',
    });
    expect(decide(true, [candidate('a', 9_000), candidate('b', 6_000)])).toMatchObject({
      resolved: false,
      reason: 'ambiguous',
    });
    expect(decide(true, [candidate('a', 4_000), candidate('b', 10)])).toMatchObject({ resolved: false });
  });
  it('never takes a close spelling, nor anything without a country', () => {
    expect(decide(true, [candidate('near', 50_000, 'PPLA', 'close')])).toMatchObject({
      resolved: false,
      reason: 'close_only',
    });
    expect(decide(true, [])).toMatchObject({ resolved: false, reason: 'not_found' });
    expect(decide(false, [candidate('a', 300)])).toMatchObject({
      resolved: false,
      reason: 'unknown_country',
    });
  });
});

describe('columns', () => {
  it('recognizes headers in English, French and Arabic', () => {
    expect(recognizeHeader('city1')).toBe('city1');
    expect(recognizeHeader('country2')).toBe('country2');
    expect(recognizeHeader('Ville A')).toBe('city1');
    expect(recognizeHeader('Pays partenaire')).toBe('country2');
    expect(recognizeHeader('المدينة 1')).toBe('city1');
    expect(recognizeHeader('البلد 2')).toBe('country2');
    expect(recognizeHeader('Population')).toBeNull();
  });
  it('maps a file, or says which columns it lacks', () => {
    expect(mapColumns(['city1', 'country1', 'city2', 'country2'])).toEqual({
      ok: true,
      mapping: { city1: 'city1', country1: 'country1', city2: 'city2', country2: 'country2' },
    });
    expect(mapColumns(['From', 'country1', 'To', 'country2'])).toEqual({
      ok: false,
      missing: ['city1', 'city2'],
      ambiguous: [],
    });
    const given = parseMappingOption('city1=From,city2=To');
    expect(mapColumns(['From', 'country1', 'To', 'country2'], given)).toMatchObject({ ok: true });
    expect(() => parseMappingOption('town=From')).toThrow(/--map/);
  });
});

describe('reading a CSV', () => {
  it('reads quoted values, a byte order mark and semicolons', () => {
    expect(readCsv('\uFEFFcity1,country1\n"Bayside, New South Wales",Australia\n')).toEqual({
      headers: ['city1', 'country1'],
      rows: [{ city1: 'Bayside, New South Wales', country1: 'Australia' }],
    });
    expect(readCsv('ville 1;pays 1\nIvry;France').rows).toEqual([{ 'ville 1': 'Ivry', 'pays 1': 'France' }]);
  });
});
