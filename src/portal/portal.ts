import { and, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import type { Reader } from '../accounts/visibility.ts';
import { agreementParties, agreements } from '../agreements/tables.ts';
import { visibleTo } from '../agreements/visibility.ts';
import { type Database, selectRows } from '../db/client.ts';
import { STATEMENT_SNAPSHOT } from '../db/kept.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import { type KeyFigures, UNDRAWN_LISTED } from './schemas.ts';

/**
 * Read views for the public portal: key figures, and the links the map and the network graph
 * draw (the search over everything is search.ts'). Each respects the reader's visibility.
 */

export async function keyFigures(db: Database, reader: Reader): Promise<KeyFigures> {
  const visible = visibleTo(db, reader);
  const [agreementCounts] = await db
    .select({ agreements: countDistinct(agreements.id) })
    .from(agreements)
    .where(visible);
  const [partyCounts] = await db
    .select({
      organizations: countDistinct(agreementParties.organizationId),
      countries: countDistinct(sql`coalesce(${agreementParties.countryCode}, ${organizations.countryCode})`),
    })
    .from(agreementParties)
    .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
    .leftJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .where(visible);
  const [networkCounts] = await db
    .select({ networks: countDistinct(organizations.id) })
    .from(organizations)
    .where(eq(organizations.kind, 'network'));
  const countryRows = await db
    .selectDistinct({
      code: sql<string>`coalesce(${agreementParties.countryCode}, ${organizations.countryCode})`,
    })
    .from(agreementParties)
    .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
    .leftJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .where(visible);
  return {
    countryCodes: countryRows.flatMap((row) => (row.code ? [row.code] : [])).sort(),
    agreements: Number(agreementCounts?.agreements ?? 0),
    organizations: Number(partyCounts?.organizations ?? 0),
    countries: Number(partyCounts?.countries ?? 0),
    networks: Number(networkCounts?.networks ?? 0),
  };
}

/**
 * Every agreement the reader may see as links between its located parties (the first party to
 * each other one), with the organizations they join, as the JSON text of AgreementLinks. Compact,
 * because the map draws tens of thousands of them: the database gathers the rows, pairs the parties
 * and writes the JSON itself, so that no row is mapped nor serialized one by one here (at the size of
 * the real twinning lists, that took most of a second on PGlite). `network` keeps agreements among
 * that network's members; `organization`, those it is a party to.
 */
export async function agreementLinksJson(
  db: Database,
  reader: Reader,
  filter: { network?: string; organization?: string },
): Promise<{ body: string; snapshot: string }> {
  const conditions = [visibleTo(db, reader)];
  if (filter.organization) {
    conditions.push(
      inArray(
        agreements.id,
        db
          .select({ id: agreementParties.agreementId })
          .from(agreementParties)
          .where(eq(agreementParties.organizationId, filter.organization)),
      ),
    );
  }
  if (filter.network) {
    conditions.push(
      inArray(
        agreementParties.organizationId,
        db
          .select({ id: memberships.memberOrganizationId })
          .from(memberships)
          .where(and(eq(memberships.organizationId, filter.network), membershipInForce())),
      ),
    );
  }
  const selected = db
    .select({
      agreementId: sql`${agreements.id}`.as('agreement_id'),
      status: sql`${agreements.status}`.as('status'),
      type: sql`${agreements.type}`.as('type'),
      position: sql`${agreementParties.position}`.as('position'),
      organizationId: sql`${organizations.id}`.as('organization_id'),
      name: sql`${organizations.name}`.as('name'),
      countryCode: sql`${organizations.countryCode}`.as('country_code'),
      longitude: sql`${places.longitude}`.as('longitude'),
      latitude: sql`${places.latitude}`.as('latitude'),
    })
    // From the agreements, so that one without any party is counted among those not drawn.
    .from(agreements)
    .leftJoin(agreementParties, eq(agreementParties.agreementId, agreements.id))
    .leftJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .leftJoin(places, eq(places.id, organizations.placeId))
    .where(and(...conditions));
  // Within a network, only agreements between two of its members belong to its map; elsewhere,
  // even an agreement without a recorded party is one the map leaves out.
  const minimumParties = filter.network ? 2 : 0;
  // Agreements the map cannot draw are counted, so the reader is told what it leaves out.
  // The snapshot the statement read in, so that the answer may be kept as long as it is current (links.ts).
  const [row] = await selectRows<{ body: string; snapshot: string }>(
    db,
    sql`WITH selected AS MATERIALIZED (${selected}),
      located AS (
        SELECT *, row_number() OVER (PARTITION BY agreement_id ORDER BY position) AS rank
        FROM selected
        WHERE organization_id IS NOT NULL AND name IS NOT NULL AND latitude IS NOT NULL AND longitude IS NOT NULL),
      links AS (
        SELECT other.agreement_id, first.status, first.type, first.organization_id AS "from",
               other.organization_id AS "to", other.rank
        FROM located first JOIN located other ON other.agreement_id = first.agreement_id AND other.rank > 1
        WHERE first.rank = 1 AND other.organization_id <> first.organization_id),
      points AS (
        SELECT DISTINCT ON (organization_id) organization_id, name, country_code, longitude, latitude,
               agreement_id, position
        FROM located ORDER BY organization_id, agreement_id, position),
      undrawn AS (
        SELECT agreement_id FROM selected
        WHERE agreement_id NOT IN (SELECT agreement_id FROM links)
        GROUP BY agreement_id HAVING count(DISTINCT organization_id) >= ${sql.raw(String(minimumParties))}),
      listed AS (SELECT agreement_id FROM undrawn ORDER BY agreement_id LIMIT ${sql.raw(String(UNDRAWN_LISTED))})
    SELECT concat(
      '{"points":[',
      (SELECT string_agg(row_to_json(point)::text, ',' ORDER BY p.agreement_id, p.position)
        FROM points p CROSS JOIN LATERAL (SELECT p.organization_id AS id, p.name, p.country_code AS "countryCode",
          p.longitude, p.latitude) point),
      '],"links":[',
      (SELECT string_agg(row_to_json(link)::text, ',' ORDER BY l.agreement_id, l.rank)
        FROM links l CROSS JOIN LATERAL (SELECT l.agreement_id AS "agreementId", l.status, l.type, l."from",
          l."to") link),
      '],"undrawn":{"total":', (SELECT count(*) FROM undrawn), ',"agreements":[',
      (SELECT string_agg(row_to_json(agreement)::text, ',' ORDER BY a.id)
        FROM listed JOIN ${agreements} a ON a.id = listed.agreement_id
        CROSS JOIN LATERAL (SELECT a.id, a.title) agreement),
      ']}}'
    ) AS body, ${STATEMENT_SNAPSHOT} AS snapshot`,
  );
  return row!;
}
