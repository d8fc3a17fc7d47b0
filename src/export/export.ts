import { and, asc, eq, getTableColumns, inArray, isNull, or } from 'drizzle-orm';
import { ANONYMOUS } from '../accounts/visibility.ts';
import {
  agreementDocuments,
  agreementParties,
  agreementParts,
  agreements,
  agreementTransitions,
  approvalPolicies,
  approvals,
  partSignatories,
} from '../agreements/tables.ts';
import type { Database } from '../db/client.ts';
import { eventParticipants, events } from '../events/tables.ts';
import { organizations } from '../organizations/tables.ts';
import { memberships, people, posts } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import { citations, sources } from '../sources/tables.ts';
import { sourceVisibleTo } from '../sources/visibility.ts';

export const EXPORT_FORMAT = 'jumelage-registry/1';

/**
 * The registry as one JSON document: every record Jumelage holds, plus the places they
 * refer to (the rest of the gazetteer is GeoNames' own data). Document contents are left
 * out; their SHA-256 identifies them.
 */
export async function exportRegistry(db: Database) {
  const organizationRows = await db.select().from(organizations).orderBy(asc(organizations.id));
  const eventRows = await db.select().from(events).orderBy(asc(events.id));
  // The export is public: agreements that are members-only or restricted stay out, with all that hangs on them.
  const agreementRows = await db
    .select()
    .from(agreements)
    .where(eq(agreements.visibility, 'public'))
    .orderBy(asc(agreements.id));
  const publicIds = agreementRows.map((row) => row.id);
  const ofPublic = <T extends { agreementId: string }>(rows: T[]) => {
    const ids = new Set(publicIds);
    return rows.filter((row) => ids.has(row.agreementId));
  };
  const partRows = ofPublic(
    await db
      .select()
      .from(agreementParts)
      .orderBy(asc(agreementParts.agreementId), asc(agreementParts.number)),
  );
  const partIds = new Set(partRows.map((row) => row.id));
  const referencedPlaceIds = [
    ...new Set(
      [
        ...organizationRows.map((row) => row.placeId),
        ...eventRows.map((row) => row.placeId),
        ...partRows.map((row) => row.signingPlaceId),
      ].filter((id): id is string => Boolean(id)),
    ),
  ];
  // What was withdrawn is kept for those who work on the record, not published: neither the
  // withdrawn text or citation nor who withdrew it and why.
  const {
    content: _content,
    status: _documentStatus,
    withdrawnBy: _documentWithdrawnBy,
    withdrawnAt: _documentWithdrawnAt,
    withdrawalReason: _documentReason,
    ...documentColumns
  } = getTableColumns(agreementDocuments);
  const {
    status: _citationStatus,
    withdrawnBy: _citationWithdrawnBy,
    withdrawnAt: _citationWithdrawnAt,
    withdrawalReason: _citationReason,
    ...citationColumns
  } = getTableColumns(citations);
  // The open export is public: people's contact details stay out of it.
  const { searchText: _p, email: _email, phone: _phone, ...personColumns } = getTableColumns(people);
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    places: await db
      .select()
      .from(places)
      .where(
        referencedPlaceIds.length
          ? or(isNull(places.geonamesId), inArray(places.id, referencedPlaceIds))
          : isNull(places.geonamesId),
      )
      .orderBy(asc(places.id)),
    organizations: organizationRows.map(({ searchText: _s, ...row }) => row),
    people: await db.select(personColumns).from(people).orderBy(asc(people.id)),
    posts: await db.select().from(posts).orderBy(asc(posts.id)),
    memberships: await db.select().from(memberships).orderBy(asc(memberships.id)),
    events: eventRows,
    eventParticipants: await db.select().from(eventParticipants).orderBy(asc(eventParticipants.id)),
    agreements: agreementRows.map(({ titleSearch: _t, ...row }) => row),
    agreementParties: ofPublic(
      await db
        .select()
        .from(agreementParties)
        .orderBy(asc(agreementParties.agreementId), asc(agreementParties.position)),
    ),
    agreementParts: partRows,
    partSignatories: (await db.select().from(partSignatories).orderBy(asc(partSignatories.id))).filter(
      (row) => partIds.has(row.partId),
    ),
    approvals: ofPublic(await db.select().from(approvals).orderBy(asc(approvals.id))),
    agreementTransitions: ofPublic(
      await db.select().from(agreementTransitions).orderBy(asc(agreementTransitions.id)),
    ),
    agreementDocuments: ofPublic(
      await db
        .select(documentColumns)
        .from(agreementDocuments)
        .where(and(eq(agreementDocuments.visibility, 'public'), eq(agreementDocuments.status, 'current')))
        .orderBy(asc(agreementDocuments.id)),
    ),
    approvalPolicies: await db.select().from(approvalPolicies).orderBy(asc(approvalPolicies.countryCode)),
    sources: await db.select().from(sources).where(sourceVisibleTo(db, ANONYMOUS)).orderBy(asc(sources.id)),
    citations: (
      await db
        .select(citationColumns)
        .from(citations)
        .where(eq(citations.status, 'current'))
        .orderBy(asc(citations.id))
    ).filter((row) => row.entityType !== 'agreement' || publicIds.includes(row.entityId)),
  };
}
