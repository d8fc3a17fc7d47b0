import { and, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import type { Reader } from '../accounts/visibility.ts';
import { agreementParties, agreements } from '../agreements/tables.ts';
import { visibleTo } from '../agreements/visibility.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import {
  type AgreementLink,
  type AgreementLinks,
  type KeyFigures,
  type MapPoint,
  UNDRAWN_LISTED,
} from './schemas.ts';

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
 * each other one), with the organizations they join. Compact, because the map draws tens of
 * thousands of them. `network` keeps agreements among that network's members; `organization`, those
 * it is a party to.
 */
export async function agreementLinks(
  db: Database,
  reader: Reader,
  filter: { network?: string; organization?: string },
): Promise<AgreementLinks> {
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
  const rows = await db
    .select({
      agreementId: agreements.id,
      status: agreements.status,
      type: agreements.type,
      position: agreementParties.position,
      organizationId: organizations.id,
      name: organizations.name,
      countryCode: organizations.countryCode,
      longitude: places.longitude,
      latitude: places.latitude,
    })
    // From the agreements, so that one without any party is counted among those not drawn.
    .from(agreements)
    .leftJoin(agreementParties, eq(agreementParties.agreementId, agreements.id))
    .leftJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .leftJoin(places, eq(places.id, organizations.placeId))
    .where(and(...conditions))
    .orderBy(agreements.id, agreementParties.position);
  const points = new Map<string, MapPoint>();
  const byAgreement = new Map<string, Array<{ organizationId: string; status: string; type: string }>>();
  // Agreements the map cannot draw are counted, so the reader is told what it leaves out.
  const partiesOf = new Map<string, Set<string>>();
  for (const row of rows) {
    const parties = partiesOf.get(row.agreementId) ?? new Set();
    if (row.organizationId !== null) parties.add(row.organizationId);
    partiesOf.set(row.agreementId, parties);
    if (row.organizationId === null || row.name === null || row.latitude === null || row.longitude === null)
      continue;
    points.set(row.organizationId, {
      id: row.organizationId,
      name: row.name,
      countryCode: row.countryCode,
      longitude: row.longitude,
      latitude: row.latitude,
    });
    const list = byAgreement.get(row.agreementId) ?? [];
    list.push({ organizationId: row.organizationId, status: row.status, type: row.type });
    byAgreement.set(row.agreementId, list);
  }
  const links: AgreementLink[] = [];
  for (const [agreementId, parties] of byAgreement) {
    const [first, ...others] = parties;
    for (const other of others) {
      if (other.organizationId === first!.organizationId) continue;
      links.push({
        agreementId,
        status: first!.status,
        type: first!.type,
        from: first!.organizationId,
        to: other.organizationId,
      });
    }
  }
  const drawn = new Set(links.map((link) => link.agreementId));
  // Within a network, only agreements between two of its members belong to its map; elsewhere,
  // even an agreement without a recorded party is one the map leaves out.
  const minimumParties = filter.network ? 2 : 0;
  const undrawnIds = [...partiesOf]
    .filter(([agreementId, parties]) => !drawn.has(agreementId) && parties.size >= minimumParties)
    .map(([agreementId]) => agreementId);
  const listed = undrawnIds.slice(0, UNDRAWN_LISTED);
  const titles = listed.length
    ? await db
        .select({ id: agreements.id, title: agreements.title })
        .from(agreements)
        .where(inArray(agreements.id, listed))
        .orderBy(agreements.id)
    : [];
  return {
    points: [...points.values()],
    links,
    undrawn: { total: undrawnIds.length, agreements: titles },
  };
}
