import { countries } from 'countries-list';

/*
 * What a local authority looks like to matchmaking, derived from plain facts (its country, its
 * place's population, latitude and elevation). No I/O: the web application imports this too.
 */

export const POPULATION_BANDS = ['under_10k', '10k_50k', '50k_250k', '250k_1m', 'over_1m'] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];

const BAND_FLOORS: ReadonlyArray<readonly [PopulationBand, number]> = [
  ['over_1m', 1_000_000],
  ['250k_1m', 250_000],
  ['50k_250k', 50_000],
  ['10k_50k', 10_000],
  ['under_10k', 1],
];

/** The population band of a place; unknown (0 or missing) population has none. */
export function populationBand(population: number | null | undefined): PopulationBand | null {
  if (!population || population <= 0) return null;
  for (const [band, floor] of BAND_FLOORS) if (population >= floor) return band;
  return null;
}

export const CLIMATE_ZONES = ['tropical', 'subtropical', 'temperate', 'cold', 'polar'] as const;
export type ClimateZone = (typeof CLIMATE_ZONES)[number];

/**
 * A rough climate zone from latitude, shifted poleward by elevation: air cools about 6.5 °C per
 * 1,000 m, about what ten degrees of latitude take away, so a city at 2,400 m on the equator
 * (Quito) counts as temperate. A rule of thumb, not Köppen: it groups places of like seasons.
 */
export function climateZone(
  latitude: number | null | undefined,
  elevation?: number | null,
): ClimateZone | null {
  if (latitude === null || latitude === undefined || !Number.isFinite(latitude)) return null;
  const effective = Math.abs(latitude) + Math.max(0, elevation ?? 0) / 100;
  if (effective < 23.5) return 'tropical';
  if (effective < 35) return 'subtropical';
  if (effective < 50) return 'temperate';
  if (effective < 62) return 'cold';
  return 'polar';
}

export const REGIONS = ['AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA'] as const;
export type Region = (typeof REGIONS)[number];

type CountryFacts = { continent: string; languages: readonly string[] };
const COUNTRIES = countries as unknown as Record<string, CountryFacts | undefined>;

/** The world region (continent) of a country, by ISO 3166-1 alpha-2 code. */
export function regionOf(countryCode: string | null | undefined): Region | null {
  if (!countryCode) return null;
  const continent = COUNTRIES[countryCode.toUpperCase()]?.continent;
  return continent && (REGIONS as readonly string[]).includes(continent) ? (continent as Region) : null;
}

/** The official languages of a country (ISO 639-1), what its local authorities are likely to work in. */
export function languagesOf(countryCode: string | null | undefined): string[] {
  if (!countryCode) return [];
  return [...(COUNTRIES[countryCode.toUpperCase()]?.languages ?? [])];
}
