import { describe, expect, it } from 'vitest';
import { distinctLinks, evaluate, holdOut, seededRandom } from './evaluation.ts';
import { climateZone, languagesOf, populationBand, regionOf } from './profile.ts';
import { reasonText } from './reasons.ts';
import {
  type Authority,
  buildMatchIndex,
  countryPairFrequency,
  mostTwinned,
  type Reason,
  suggestPartners,
} from './recommender.ts';

describe('an authority as matchmaking sees it', () => {
  it('falls in a population band, unknown when the population is', () => {
    expect(populationBand(0)).toBeNull();
    expect(populationBand(null)).toBeNull();
    expect(populationBand(9_999)).toBe('under_10k');
    expect(populationBand(10_000)).toBe('10k_50k');
    expect(populationBand(120_000)).toBe('50k_250k');
    expect(populationBand(999_999)).toBe('250k_1m');
    expect(populationBand(3_000_000)).toBe('over_1m');
  });

  it('has a climate zone from its latitude, made cooler by its elevation', () => {
    expect(climateZone(14.7)).toBe('tropical'); // Dakar
    expect(climateZone(-0.22, 2850)).toBe('subtropical'); // Quito, a subtropical highland climate
    expect(climateZone(-16.5, 3640)).toBe('cold'); // La Paz
    expect(climateZone(33.6)).toBe('subtropical'); // Casablanca
    expect(climateZone(48.85)).toBe('temperate'); // Paris
    expect(climateZone(59.9)).toBe('cold'); // Oslo
    expect(climateZone(69.6)).toBe('polar'); // Tromsø
    expect(climateZone(null)).toBeNull();
  });

  it('has a region and languages from its country', () => {
    expect(regionOf('ma')).toBe('AF');
    expect(regionOf('FR')).toBe('EU');
    expect(regionOf('XX')).toBeNull();
    expect(languagesOf('MA')).toContain('ar');
    expect(languagesOf('SN')).toEqual(['fr']);
    expect(languagesOf(null)).toEqual([]);
  });
});

const authorities: Authority[] = [
  { id: 'dakhla', countryCode: 'MA', population: 106_000, latitude: 23.7, themes: ['tourism', 'culture'] },
  { id: 'laayoune', countryCode: 'MA', population: 217_000, latitude: 27.15, networks: ['club'] },
  { id: 'dakar', countryCode: 'SN', population: 1_100_000, latitude: 14.7 },
  { id: 'saint-louis', countryCode: 'SN', population: 210_000, latitude: 16.0, themes: ['tourism'] },
  { id: 'bordeaux', countryCode: 'FR', population: 260_000, latitude: 44.8 },
  { id: 'nouakchott', countryCode: 'MR', population: 1_200_000, latitude: 18.1, networks: ['club'] },
  { id: 'quebec', countryCode: 'CA', population: 550_000, latitude: 46.8 },
];
const links: Array<[string, string]> = [
  ['dakhla', 'dakar'],
  ['dakhla', 'bordeaux'],
  ['saint-louis', 'dakar'],
  ['saint-louis', 'bordeaux'],
  ['laayoune', 'dakar'],
  ['quebec', 'bordeaux'],
];

describe('partner suggestions', () => {
  const index = buildMatchIndex(authorities, links);

  it('never suggests the authority itself or a partner it has', () => {
    const ids = suggestPartners(index, 'dakhla', { limit: 10 }).map((s) => s.id);
    expect(ids).not.toContain('dakhla');
    expect(ids).not.toContain('dakar');
    expect(ids).not.toContain('bordeaux');
    expect(ids).toHaveLength(4);
  });

  it('puts partners of partners first and says which partners they share', () => {
    const [first] = suggestPartners(index, 'dakhla');
    expect(first?.id).toBe('saint-louis');
    expect(first?.reasons).toContainEqual({
      code: 'partners_in_common',
      value: 2,
      items: ['bordeaux', 'dakar'],
    });
    expect(first?.reasons).toContainEqual({ code: 'shared_themes', value: 1, items: ['tourism'] });
    expect(first?.reasons).toContainEqual({ code: 'same_population_band', value: '50k_250k', items: [] });
    expect(first?.reasons).toContainEqual({ code: 'same_region', value: 'AF', items: [] });
    // Arabic in Morocco, French in Senegal: no language in common is claimed.
    expect(first?.reasons.map((r) => r.code)).not.toContain('shared_languages');
  });

  it('says which networks and which country ties a suggestion shares', () => {
    const suggestions = suggestPartners(index, 'laayoune', { limit: 10 });
    const nouakchott = suggestions.find((s) => s.id === 'nouakchott');
    expect(nouakchott?.reasons).toContainEqual({ code: 'shared_networks', value: 1, items: ['club'] });
    const saintLouis = suggestions.find((s) => s.id === 'saint-louis');
    expect(saintLouis?.reasons).toContainEqual({ code: 'country_ties', value: 2, items: ['SN'] });
    // Only what holds is said: Québec shares no partner, network, language or region with Laâyoune.
    const quebec = suggestions.find((s) => s.id === 'quebec');
    expect(quebec?.reasons.map((r) => r.code)).not.toContain('partners_in_common');
    expect(quebec?.reasons.map((r) => r.code)).not.toContain('same_region');
  });

  it('filters by country, region, size and theme', () => {
    expect(suggestPartners(index, 'laayoune', { filters: { countryCode: 'sn' } }).map((s) => s.id)).toEqual([
      'saint-louis',
    ]);
    expect(suggestPartners(index, 'dakhla', { filters: { region: 'NA' } }).map((s) => s.id)).toEqual([
      'quebec',
    ]);
    expect(suggestPartners(index, 'dakhla', { filters: { band: 'over_1m' } }).map((s) => s.id)).toEqual([
      'nouakchott',
    ]);
    expect(suggestPartners(index, 'bordeaux', { filters: { theme: 'tourism' } }).map((s) => s.id)).toEqual(
      [],
    );
    expect(suggestPartners(index, 'laayoune', { filters: { theme: 'tourism' } }).map((s) => s.id)).toEqual([
      'saint-louis',
      'dakhla',
    ]);
  });

  it('knows nothing of an authority it was not given', () => {
    expect(suggestPartners(index, 'nowhere')).toEqual([]);
  });

  it('gives the same list for the same data', () => {
    expect(suggestPartners(buildMatchIndex(authorities, links), 'quebec')).toEqual(
      suggestPartners(index, 'quebec'),
    );
  });
});

describe('the baselines', () => {
  const index = buildMatchIndex(authorities, links);
  it('rank the most-twinned first', () => {
    expect(mostTwinned(index, 'quebec', 2)).toEqual(['dakar', 'dakhla']);
  });
  it('rank the countries the authority’s country twins with most', () => {
    // Senegal twins with Morocco twice, with Senegal once, with no other country: the most-twinned first then.
    expect(countryPairFrequency(index, 'dakar', 3)).toEqual(['bordeaux', 'quebec', 'nouakchott']);
    expect(countryPairFrequency(index, 'saint-louis', 1)).toEqual(['dakhla']);
  });
});

describe('reasons in the reader’s language', () => {
  const names = (id: string) => ({ dakar: 'Dakar', bordeaux: 'Bordeaux', club: 'Club' })[id];
  const common: Reason = { code: 'partners_in_common', value: 2, items: ['bordeaux', 'dakar'] };
  it('names common partners, countries, languages and themes', () => {
    expect(reasonText('en', common, names)).toBe('2 partner(s) in common: Bordeaux and Dakar');
    expect(reasonText('fr', common, names)).toBe('2 partenaire(s) en commun : Bordeaux et Dakar');
    expect(reasonText('ar', common, names)).toBe('شركاء مشتركون (2): Bordeaux وDakar');
    expect(reasonText('fr', { code: 'country_ties', value: 3, items: ['SN'] })).toBe(
      '3 lien(s) déjà noué(s) entre votre pays et Sénégal',
    );
    expect(reasonText('en', { code: 'shared_languages', value: 1, items: ['fr'] })).toBe(
      'Shared language(s): French',
    );
    expect(reasonText('ar', { code: 'shared_themes', value: 1, items: ['tourism'] })).toContain('السياحة');
  });
  it('names bands, zones and regions', () => {
    expect(reasonText('fr', { code: 'same_population_band', value: '50k_250k', items: [] })).toBe(
      'Même taille : 50 000 à 250 000 habitants',
    );
    expect(reasonText('ar', { code: 'same_climate', value: 'temperate', items: [] })).toBe(
      'المناخ نفسه: معتدل',
    );
    expect(reasonText('en', { code: 'same_region', value: 'AF', items: [] })).toBe('Same region: Africa');
  });
  it('leaves out names the reader is not given', () => {
    expect(reasonText('en', { code: 'shared_networks', value: 1, items: ['secret'] })).toBe(
      'Same network(s)',
    );
  });
});

describe('the evaluation', () => {
  it('shuffles the same way for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('counts each unordered pair once', () => {
    expect(
      distinctLinks([
        ['a', 'b'],
        ['b', 'a'],
        ['a', 'a'],
        ['c', 'a'],
      ]),
    ).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });

  it('hides a tenth of the links of authorities with three partners or more, reproducibly', () => {
    const star: Array<[string, string]> = [];
    for (let i = 0; i < 40; i++) star.push([`hub${i % 4}`, `leaf${i}`]);
    const first = holdOut(star, { seed: 3 });
    expect(first.hidden).toHaveLength(4);
    expect(first.kept).toHaveLength(36);
    expect(holdOut(star, { seed: 3 }).hidden).toEqual(first.hidden);
    expect(holdOut(star, { seed: 4 }).hidden).not.toEqual(first.hidden);
    // Leaves have one partner: only hubs are evaluated.
    expect([...first.hiddenOf.keys()].every((id) => id.startsWith('hub'))).toBe(true);
  });

  it('reports recall for the recommender and both baselines', () => {
    // Two clusters of cities twinned with each other: partners of partners find the hidden ones.
    const cities: Authority[] = [];
    const pairs: Array<[string, string]> = [];
    for (const [country, other] of [
      ['FR', 'DE'],
      ['PL', 'UA'],
    ] as const) {
      for (let i = 0; i < 6; i++) {
        cities.push(
          { id: `${country}${i}`, countryCode: country },
          { id: `${other}${i}`, countryCode: other },
        );
      }
      for (let i = 0; i < 6; i++)
        for (let j = 0; j < 6; j++) if ((i + j) % 2 === 0) pairs.push([`${country}${i}`, `${other}${j}`]);
    }
    const result = evaluate(cities, pairs, { seed: 1 });
    expect(result.hidden).toBe(Math.round(pairs.length * 0.1));
    expect(result.cities).toBeGreaterThan(0);
    expect(result.recommender['recall@50']).toBe(1);
    expect(Object.keys(result.baselines)).toEqual(['most_twinned', 'country_pairs']);
  });
});
