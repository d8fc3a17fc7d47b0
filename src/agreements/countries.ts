import { sql } from 'drizzle-orm';
import { type Database, selectRows } from '../db/client.ts';
import { keptWhileUnchanged, STATEMENT_SNAPSHOT } from '../db/kept.ts';

/**
 * The organizations of a country, as a PostgreSQL array literal of their ids: those it is recorded
 * for, and those whose place GeoNames files under it (alternate codes such as EH included). Reading
 * the second kind joins every organization to the country's places, which grows with the registry
 * (a common country of the 26k twinning agreements: most of a list's time), so the set is kept
 * while nothing is written (db/kept.ts).
 */
export function organizationsOfCountry(db: Database, country: string): Promise<string> {
  return keptWhileUnchanged(db, `organizations of country ${country}`, async () => {
    const [row] = await selectRows<{ ids: string; snapshot: string }>(
      db,
      sql`SELECT ARRAY(
            SELECT o.id FROM organizations o WHERE o.country_code = ${country}
            UNION
            SELECT o.id FROM organizations o JOIN places p ON p.id = o.place_id
            WHERE p.country_code = ${country} OR p.other_country_codes @> ARRAY[${country}]::text[])::text AS ids,
          ${STATEMENT_SNAPSHOT} AS snapshot`,
    );
    return { value: row!.ids, snapshot: row!.snapshot };
  });
}
