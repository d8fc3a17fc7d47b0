import { describe, expect, it } from 'vitest';
import { importance, type PlaceCandidate, rankPlaceCandidates, reasonOf } from './ranking.ts';

function candidate(
  placeId: string,
  tier: PlaceCandidate['tier'],
  population: number,
  extra: Partial<PlaceCandidate> = {},
) {
  return {
    row: {},
    placeId,
    tier,
    primary: true,
    population,
    featureCode: 'PPL',
    spellingDistance: 0,
    spellingLength: 6,
    ...extra,
  } satisfies PlaceCandidate;
}

const order = (candidates: PlaceCandidate[]) =>
  rankPlaceCandidates(candidates).map(({ candidate }) => candidate.placeId);

describe('place ranking', () => {
  it('puts the place the reader’s network touches before a namesake of about its size, never before a better match', () => {
    const smaraCity = candidate('smara-city', 4, 60_000);
    const smaraCamp = candidate('smara-camp', 4, 40_000, { touched: true });
    expect(order([smaraCity, candidate('smara-camp', 4, 40_000)])).toEqual(['smara-city', 'smara-camp']);
    expect(order([smaraCity, smaraCamp])).toEqual(['smara-camp', 'smara-city']);
    // A whole name typed still beats the network's place that only begins with it, and a capital a hamlet.
    expect(order([candidate('prefix', 3, 40_000, { touched: true }), candidate('whole', 4, 40_000)])).toEqual(
      ['whole', 'prefix'],
    );
    expect(order([candidate('hamlet', 4, 500, { touched: true }), candidate('city', 4, 2_000_000)])).toEqual([
      'city',
      'hamlet',
    ]);
  });

  it('puts the whole name first, then the most populous place of that name', () => {
    expect(
      order([
        candidate('hamlet', 4, 600),
        candidate('city', 4, 2_000_000),
        candidate('prefix', 3, 5_000_000),
      ]),
    ).toEqual(['city', 'hamlet', 'prefix']);
  });

  it('puts a capital or a regional seat before a village of the same size and name', () => {
    expect(importance(100_000, 'PPLC')).toBeGreaterThan(importance(100_000, 'PPL'));
    expect(
      order([candidate('village', 4, 30_000), candidate('seat', 4, 30_000, { featureCode: 'PPLA' })]),
    ).toEqual(['seat', 'village']);
  });

  it('lets a great city found by its sounds pass a hamlet whose name only begins with the query', () => {
    expect(
      order([candidate('hamlet', 3, 500), candidate('konya', 2, 1_390_000, { featureCode: 'PPLA' })]),
    ).toEqual(['konya', 'hamlet']);
  });

  it('weighs the spelling distance among places found by their sounds', () => {
    const iloilo = candidate('iloilo', 2, 387_000, { spellingDistance: 0 });
    const lviv = candidate('lviv', 2, 717_000, { spellingDistance: 4 });
    expect(order([lviv, iloilo])).toEqual(['iloilo', 'lviv']);
  });

  it('keeps each place once, by its best match', () => {
    const ranked = rankPlaceCandidates([
      candidate('a', 2, 1000),
      candidate('a', 4, 1000, { primary: false }),
    ]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.reason).toBe('alternate_name');
  });

  it('says why each place matched', () => {
    expect(reasonOf({ tier: 4, primary: true })).toBe('exact');
    expect(reasonOf({ tier: 4, primary: false })).toBe('alternate_name');
    expect(reasonOf({ tier: 3, primary: true })).toBe('prefix');
    expect(reasonOf({ tier: 2, primary: false })).toBe('transliteration');
    expect(reasonOf({ tier: 1, primary: false })).toBe('fuzzy');
  });
});
