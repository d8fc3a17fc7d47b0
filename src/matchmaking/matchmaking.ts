import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Reader } from '../accounts/visibility.ts';
import { agreementParties, agreements } from '../agreements/tables.ts';
import { visibleTo } from '../agreements/visibility.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import { NotFoundError, ValidationError } from '../shared/errors.ts';
import type { UiLanguage } from '../shared/languages.ts';
import { populationBand } from './profile.ts';
import { reasonText } from './reasons.ts';
import { type Authority, buildMatchIndex, suggestPartners } from './recommender.ts';
import type { SuggestionQuery } from './schemas.ts';

/*
 * Reads what partner suggestions need from the registry — local authorities with their place, the
 * links between them and the themes of their agreements as far as the reader may read them, the
 * networks they belong to — and hands it to the recommender.
 */

/** Local authorities with their place's facts. */
export async function readAuthorities(
  db: Database,
): Promise<Array<Authority & { name: Record<string, string | undefined> }>> {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      countryCode: sql<string | null>`coalesce(${organizations.countryCode}, ${places.countryCode})`,
      population: places.population,
      latitude: places.latitude,
      elevation: places.elevation,
    })
    .from(organizations)
    .leftJoin(places, eq(places.id, organizations.placeId))
    .where(eq(organizations.kind, 'local_authority'))
    .orderBy(organizations.id);
  return rows;
}

/** Links between two identified parties of the agreements the reader may read (withdrawn ones left out), with their themes. */
export async function readLinks(
  db: Database,
  reader: Reader,
): Promise<Array<{ a: string; b: string; themes: string[] }>> {
  const other = alias(agreementParties, 'other_party');
  const rows = await db
    .select({ a: agreementParties.organizationId, b: other.organizationId, themes: agreements.themes })
    .from(agreements)
    .innerJoin(agreementParties, eq(agreementParties.agreementId, agreements.id))
    .innerJoin(other, eq(other.agreementId, agreements.id))
    .where(
      and(
        ne(agreements.status, 'withdrawn'),
        isNotNull(agreementParties.organizationId),
        sql`${agreementParties.organizationId} < ${other.organizationId}`,
        visibleTo(db, reader),
      ),
    );
  return rows.map((row) => ({ a: row.a!, b: row.b!, themes: row.themes }));
}

/** The networks each organization belongs to (memberships in force). */
export async function readNetworks(db: Database): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ member: memberships.memberOrganizationId, network: memberships.organizationId })
    .from(memberships)
    .where(and(isNotNull(memberships.memberOrganizationId), membershipInForce()));
  const networks = new Map<string, string[]>();
  for (const { member, network } of rows) networks.set(member!, [...(networks.get(member!) ?? []), network]);
  return networks;
}

export async function partnerSuggestions(
  db: Database,
  reader: Reader,
  organizationId: string,
  query: SuggestionQuery,
  language: UiLanguage,
) {
  const [subject] = await db
    .select({ kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!subject) throw new NotFoundError('organization.not_found', { id: organizationId });
  if (subject.kind !== 'local_authority') throw new ValidationError('partner_request.not_local_authority');
  const [authorities, links, networks] = await Promise.all([
    readAuthorities(db),
    readLinks(db, reader),
    readNetworks(db),
  ]);
  const themes = new Map<string, string[]>();
  for (const link of links) {
    for (const end of [link.a, link.b]) themes.set(end, [...(themes.get(end) ?? []), ...link.themes]);
  }
  const index = buildMatchIndex(
    authorities.map((authority) => ({
      ...authority,
      themes: themes.get(authority.id) ?? [],
      networks: networks.get(authority.id) ?? [],
    })),
    links.map((link) => [link.a, link.b] as const),
  );
  const suggestions = suggestPartners(index, organizationId, {
    limit: query.limit ?? 20,
    filters: {
      ...(query.country ? { countryCode: query.country } : {}),
      ...(query.region ? { region: query.region } : {}),
      ...(query.size ? { band: query.size } : {}),
      ...(query.theme ? { theme: query.theme } : {}),
    },
  });
  const byId = new Map(authorities.map((authority) => [authority.id, authority]));
  const namedIds = new Set<string>();
  for (const suggestion of suggestions) {
    for (const reason of suggestion.reasons) {
      if (reason.code === 'partners_in_common' || reason.code === 'shared_networks') {
        for (const id of reason.items) namedIds.add(id);
      }
    }
  }
  const named = namedIds.size
    ? await db
        .select({ id: organizations.id, name: organizations.name, countryCode: organizations.countryCode })
        .from(organizations)
        .where(inArray(organizations.id, [...namedIds]))
    : [];
  const nameOf = (id: string) => {
    const found = named.find((organization) => organization.id === id);
    return found ? (found.name[language] ?? Object.values(found.name)[0]) : undefined;
  };
  return {
    items: suggestions.map((suggestion) => {
      const authority = byId.get(suggestion.id)!;
      return {
        organization: { id: authority.id, name: authority.name, countryCode: authority.countryCode },
        score: suggestion.score,
        populationBand: populationBand(authority.population),
        reasons: suggestion.reasons.map((reason) => ({
          ...reason,
          text: reasonText(language, reason, nameOf),
        })),
      };
    }),
    named,
  };
}
