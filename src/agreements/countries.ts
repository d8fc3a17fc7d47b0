import { sql } from 'drizzle-orm';
import { type Database, selectRows } from '../db/client.ts';
import { keptWhileUnchanged, STATEMENT_SNAPSHOT } from '../db/kept.ts';

/**
 * A country's agreements are few when reading them all by their ids costs less than walking the sort
 * order to fill a page: n of N agreements are about one in N/n, so a page of this many takes about
 * PAGE·N/n steps of the walk, against n reads: few while n² ≤ PAGE·N (N as the planner's statistics
 * count it, not counted again). Either way the page is the same. Never more than MOST_BY_ID.
 */
const PAGE = 50;
const MOST_BY_ID = 5000;

export interface CountryParties {
  /** The organizations of the country, as a PostgreSQL array literal of their ids. */
  organizations: string;
  /** The agreements with a party of the country, as an array literal, when they are few (see PAGE); else null. */
  agreements: string | null;
}

/**
 * A country's parties: the organizations it is recorded for or whose place GeoNames files under it
 * (alternate codes such as EH included), and when they are few, the agreements any party of the
 * country (its own country recorded, or one of those organizations) is party to. Reading the
 * organizations joins every organization to the country's places, which grows with the registry
 * (at the size of the 26k twinning lists, most of a list's time), so both are kept while nothing is
 * written (db/kept.ts). Given the few agreements themselves, the list reads them by their ids rather
 * than walking the whole sort order to find them.
 */
export function partiesOfCountry(db: Database, country: string): Promise<CountryParties> {
  return keptWhileUnchanged(db, `parties of country ${country}`, async () => {
    const [row] = await selectRows<{ organizations: string; agreements: string | null; snapshot: string }>(
      db,
      sql`WITH of_country AS (
            SELECT o.id FROM organizations o WHERE o.country_code = ${country}
            UNION
            SELECT o.id FROM organizations o JOIN places p ON p.id = o.place_id
            WHERE p.country_code = ${country} OR p.other_country_codes @> ARRAY[${country}]::text[]),
          agreed AS (
            SELECT DISTINCT ap.agreement_id FROM agreement_parties ap
            WHERE ap.country_code = ${country} OR ap.organization_id IN (SELECT id FROM of_country)
            LIMIT ${MOST_BY_ID + 1})
          SELECT ARRAY(SELECT id FROM of_country)::text AS organizations,
                 CASE WHEN (SELECT count(*) FROM agreed) <= least(${MOST_BY_ID},
                        sqrt(${PAGE} * (SELECT greatest(c.reltuples, 0) FROM pg_class c WHERE c.oid = 'agreements'::regclass)))
                      THEN ARRAY(SELECT agreement_id FROM agreed)::text END AS agreements,
                 ${STATEMENT_SNAPSHOT} AS snapshot`,
    );
    return {
      value: { organizations: row!.organizations, agreements: row!.agreements },
      snapshot: row!.snapshot,
    };
  });
}
