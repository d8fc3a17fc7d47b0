import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import {
  canEditPerson,
  canSeeContactDetails,
  canWriteContactDetails,
  type Principal,
} from '../accounts/policy.ts';
import {
  type ContactFacts,
  contactFacts,
  contactFactsJson,
  networksOfOrganizationJson,
  organizationsOfPeople,
  personOfUser,
  scopeFacts,
} from '../accounts/scopes.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { outer, rowFromJson } from '../db/json-rows.ts';
import { executePrepared } from '../db/prepared.ts';
import { inTransaction } from '../db/transaction.ts';
import { decisions } from '../governance/tables.ts';
import { membershipActions, personActions } from '../http/record-actions.ts';
import { organizations } from '../organizations/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate, assertDateOrder } from '../shared/dates.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { NAME_SIMILARITY, normalizeName } from '../shared/names.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import { assertLocalizedText } from '../shared/validate.ts';
import { assertVersion, type ExpectedVersion } from '../shared/versions.ts';
import {
  type Citation,
  type CitationsJson,
  citationsFromJson,
  citationsJson,
  cite,
  listCitations,
} from '../sources/sources.ts';
import { assertDuesPeriod, assertFee, duesAmount } from './fees.ts';
import {
  type FeePeriod,
  initialMembershipStatus,
  type MembershipAction,
  type MembershipStatus,
  membershipKind,
  openMembershipActions,
} from './membership-lifecycle.ts';
import {
  changeMembershipStatus,
  feeColumns,
  feeOf,
  type MembershipChange,
  type MembershipRecord,
  type MembershipSides,
  membershipFromRow,
  sidesActedFor,
  sidesOf,
  today,
} from './membership-steps.ts';
import type {
  DuesInput,
  Membership,
  MembershipChanges,
  MembershipDetail,
  MembershipInput,
  Person,
  PersonChanges,
  PersonDetail,
  PersonEvent,
  PersonInput,
  Post,
  PostInput,
} from './schemas.ts';
import { membershipDues, memberships, membershipTransitions, people, posts } from './tables.ts';

/** Roles a post or membership can have; labels come from the post when it has one. */
export { ROLES, type Role } from './roles.ts';
export type {
  Membership,
  MembershipAction,
  MembershipInput,
  MembershipStatus,
  Person,
  PersonChanges,
  PersonDetail,
  PersonInput,
  Post,
  PostInput,
};
export { changeMembershipStatus, type MembershipChange, type MembershipRecord };

/** A person as stored, with their version (lists leave the version out). */
type VersionedPerson = Omit<
  PersonDetail,
  'memberships' | 'organizations' | 'events' | 'sources' | 'allowedActions'
>;

function personSearchText(name: string, names: LocalizedText, alternateNames: string[]): string {
  return [
    ...new Set(
      [name, ...Object.values(names), ...alternateNames]
        .map((text) => normalizeName(text ?? ''))
        .filter(Boolean),
    ),
  ].join(' | ');
}

function toPerson(row: typeof people.$inferSelect): VersionedPerson {
  const { searchText: _s, createdAt: _c, updatedAt: _u, ...person } = row;
  return person;
}

function validatePerson(input: Partial<PersonInput>): void {
  if (input.name !== undefined && input.name.trim() === '') throw new ValidationError('text.blank', '/name');
  assertLocalizedText(input.names, '/names', false);
}

export async function createPerson(
  tx: Database,
  actingAs: ActingAs,
  input: PersonInput,
): Promise<PersonDetail> {
  validatePerson(input);
  const names = input.names ?? {};
  const alternateNames = input.alternateNames ?? [];
  const [row] = await tx
    .insert(people)
    .values({
      name: input.name,
      names,
      alternateNames,
      searchText: personSearchText(input.name, names, alternateNames),
      gender: input.gender ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
    })
    .returning();
  const person = toPerson(row!);
  const citations: Citation[] = [];
  for (const [index, citation] of (input.sources ?? []).entries()) {
    citations.push(await cite(tx, actingAs, 'person', person.id, citation, `/sources/${index}`));
  }
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'person',
    entityId: person.id,
    after: person,
  });
  return {
    ...person,
    memberships: [],
    organizations: [],
    events: [],
    sources: citations,
    // A new record: no one's own yet, in no organization.
    allowedActions: personActions(actingAs.principal, { id: person.id, organizations: new Set() }, null),
  };
}

/**
 * A person with their memberships (each with its sources) and their sources, in one statement; as
 * a viewer may see them when one is given (the public: `null`), the facts that decide whether
 * they see the contact details read in the same statement. Without a viewer: the whole record.
 */
export async function getPerson(db: Database, id: string, viewer?: Principal | null): Promise<PersonDetail> {
  const [found] = await executePrepared(
    'person',
    db
      .select({
        row: people,
        memberships: sql<
          Array<{ membership: Record<string, unknown>; sources: CitationsJson; networks: string[] | null }>
        >`coalesce((
        SELECT json_agg(json_build_object('membership', to_jsonb(m), 'sources', ${citationsJson('membership', sql.raw('m.id'))},
            'networks', ${
              // What a signed-in reader may do with each post depends on the networks of its organization.
              viewer && !viewer.isPlatformAdmin
                ? networksOfOrganizationJson(sql.raw('m.organization_id'))
                : sql`NULL`
            })
          ORDER BY m.start_date, m.id)
        FROM memberships m WHERE m.person_id = ${outer(people.id)}), '[]'::json)`,
        organizations: sql<
          Array<{ id: string; kind: string; name: LocalizedText; country_code: string | null }>
        >`coalesce((
        SELECT json_agg(json_build_object('id', o.id, 'kind', o.kind, 'name', o.name, 'country_code', o.country_code)
          ORDER BY o.id)
        FROM organizations o
        WHERE o.id IN (SELECT m.organization_id FROM memberships m WHERE m.person_id = ${outer(people.id)})), '[]'::json)`,
        events: sql<PersonEvent[]>`coalesce((
        SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'title', e.title, 'status', e.status,
            'startDate', e.start_date, 'endDate', e.end_date, 'role', ep.role)
          ORDER BY e.start_date DESC NULLS LAST, e.id, ep.role)
        FROM event_participants ep JOIN events e ON e.id = ep.event_id
        WHERE ep.person_id = ${outer(people.id)}), '[]'::json)`,
        sources: citationsJson('person', people.id),
        contactFacts:
          viewer && !viewer.isPlatformAdmin ? contactFactsJson(viewer, outer(people.id)) : sql<null>`NULL`,
      })
      .from(people)
      .where(eq(people.id, id)),
  );
  if (!found) throw new NotFoundError('person.not_found', { id });
  const person: PersonDetail = {
    ...toPerson(found.row),
    memberships: membershipsWithActions(
      viewer,
      found.memberships.map(({ membership, sources }) => {
        return membershipFromRow(rowFromJson(memberships, membership), citationsFromJson(sources));
      }),
      {
        self: found.contactFacts?.self ?? null,
        networksOf: new Map(
          found.memberships.map(({ membership, networks }) => [
            String(membership.organization_id),
            networks ?? [],
          ]),
        ),
        networkIds: new Set(
          found.organizations.flatMap((organization) =>
            organization.kind === 'network' ? [organization.id] : [],
          ),
        ),
      },
    ),
    organizations: found.organizations.map(({ country_code, ...organization }) => ({
      ...organization,
      countryCode: country_code,
    })),
    events: found.events,
    sources: citationsFromJson(found.sources),
    allowedActions: [],
  };
  if (viewer === undefined) return person;
  if (viewer === null) return { ...person, email: null, phone: null };
  if (viewer.isPlatformAdmin) {
    return { ...person, allowedActions: personActions(viewer, { id, organizations: new Set() }, null) };
  }
  const facts = found.contactFacts ?? undefined;
  return {
    ...withContactsAsSeen(viewer, person, facts),
    allowedActions: personActions(
      viewer,
      { id, organizations: new Set(facts?.organizations ?? []) },
      facts?.self ?? null,
    ),
  };
}

export async function getPeopleByIds(db: Database, ids: string[]): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(people)
    .where(inArray(people.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, toPerson(row)]));
}

/**
 * People as this reader may see them: email and phone only for those who may read them (see
 * canSeeContactDetails). Every answer that carries a person goes through here, writes included.
 */
export async function withVisibleContacts<
  T extends { id: string; email: string | null; phone: string | null },
>(db: Database, principal: Principal | null, list: T[]): Promise<T[]> {
  if (principal?.isPlatformAdmin) return list;
  const hidden = (person: T): T => ({ ...person, email: null, phone: null });
  if (!principal) return list.map(hidden);
  const facts = await contactFacts(
    db,
    principal,
    list.map((person) => person.id),
  );
  return list.map((person) => withContactsAsSeen(principal, person, facts.get(person.id)));
}

/**
 * People of a list as this reader may see them (withVisibleContacts), each with what the reader may
 * do with them, decided as their own page decides it: the same facts, read for the whole list at once.
 */
export async function peopleAsListed<T extends { id: string; email: string | null; phone: string | null }>(
  db: Database,
  principal: Principal | null,
  list: T[],
): Promise<Array<T & { allowedActions: string[] }>> {
  if (!principal) return list.map((person) => ({ ...person, email: null, phone: null, allowedActions: [] }));
  if (principal.isPlatformAdmin) {
    return list.map((person) => ({
      ...person,
      allowedActions: personActions(principal, { id: person.id, organizations: new Set() }, null),
    }));
  }
  const facts = await contactFacts(
    db,
    principal,
    list.map((person) => person.id),
  );
  return list.map((person) => {
    const known = facts.get(person.id);
    return {
      ...withContactsAsSeen(principal, person, known),
      allowedActions: personActions(
        principal,
        { id: person.id, organizations: new Set(known?.organizations ?? []) },
        known?.self ?? null,
      ),
    };
  });
}

/** One person as this signed-in viewer may see them, the facts that decide it being known. */
export function withContactsAsSeen<T extends { id: string; email: string | null; phone: string | null }>(
  principal: Principal,
  person: T,
  facts: ContactFacts | undefined,
): T {
  if (principal.isPlatformAdmin) return person;
  const mayWrite = canWriteContactDetails(
    principal,
    { id: person.id, organizations: new Set(facts?.organizations ?? []) },
    facts?.self ?? null,
  );
  return canSeeContactDetails(
    principal,
    new Set(facts?.viewerNetworks ?? []),
    new Set(facts?.networks ?? []),
    mayWrite,
  )
    ? person
    : { ...person, email: null, phone: null };
}

export async function updatePerson(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  changes: PersonChanges,
  expected?: ExpectedVersion,
): Promise<PersonDetail> {
  const [current] = await tx.select().from(people).where(eq(people.id, id)).for('update');
  if (!current) throw new NotFoundError('person.not_found', { id });
  validatePerson(changes);
  const field = changes.email !== undefined ? '/email' : changes.phone !== undefined ? '/phone' : null;
  const principal = actingAs.principal;
  if (principal !== undefined) {
    const self = principal ? await personOfUser(tx, principal.userId) : null;
    if (!principal || !canEditPerson(principal, id, self)) {
      throw new ForbiddenError('person.change_forbidden');
    }
    const organizations = (await organizationsOfPeople(tx, [id])).get(id)!;
    if (field && !canWriteContactDetails(principal, { id, organizations }, self)) {
      throw new ForbiddenError('person.contact_details_forbidden', field);
    }
  }
  // Only once the rights are checked: the refused learn nothing of the record's version.
  assertVersion(expected, current.version);
  const name = changes.name ?? current.name;
  const names = changes.names ?? current.names;
  const alternateNames = changes.alternateNames ?? current.alternateNames;
  const [row] = await tx
    .update(people)
    .set({
      ...changes,
      searchText: personSearchText(name, names, alternateNames),
      updatedAt: new Date(),
      version: current.version + 1,
    })
    .where(eq(people.id, id))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'person',
    entityId: id,
    before: toPerson(current),
    after: toPerson(row!),
  });
  return getPerson(tx, id, actingAs.principal);
}

export async function listPeople(
  db: Database,
  query: { q?: string; organization?: string; limit?: number; cursor?: string },
): Promise<{ items: Person[]; nextCursor: string | null }> {
  const limit = pageSize(query.limit);
  const conditions: SQL[] = [];
  if (query.organization) {
    conditions.push(
      inArray(
        people.id,
        db
          .select({ id: memberships.personId })
          .from(memberships)
          .where(eq(memberships.organizationId, query.organization)),
      ),
    );
  }
  if (query.q !== undefined) {
    const normalized = normalizeName(query.q);
    if (!normalized) return { items: [], nextCursor: null };
    conditions.push(
      or(sql`${people.searchText} LIKE ${`%${normalized}%`}`, sql`${normalized} <% ${people.searchText}`)!,
    );
    // `<%` (which the trigram index answers) reads its threshold from a setting, kept to this transaction.
    const rows = await inTransaction(db, async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL pg_trgm.word_similarity_threshold = ${NAME_SIMILARITY}`));
      return tx
        .select()
        .from(people)
        .where(and(...conditions))
        .orderBy(sql`word_similarity(${normalized}, ${people.searchText}) DESC`, asc(people.id))
        .limit(limit);
    });
    return { items: rows.map(toPerson), nextCursor: null };
  }
  const cursor = decodeCursor(query.cursor, ['uuid']);
  if (cursor) conditions.push(gt(people.id, String(cursor[0])));
  const rows = await db
    .select()
    .from(people)
    .where(and(...conditions))
    .orderBy(asc(people.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toPerson);
  return { items, nextCursor: rows.length > limit ? encodeCursor([items.at(-1)!.id]) : null };
}

async function assertOrganizationExists(tx: Database, id: string, field: string): Promise<void> {
  const [row] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  if (!row) throw new ValidationError('organization.not_found', { id }, field);
}

export async function createPost(tx: Database, actingAs: ActingAs, input: PostInput): Promise<Post> {
  await assertOrganizationExists(tx, input.organizationId, '/organizationId');
  assertLocalizedText(input.label, '/label', false);
  const [row] = await tx
    .insert(posts)
    .values({ organizationId: input.organizationId, role: input.role, label: input.label ?? {} })
    .returning();
  const { createdAt: _c, ...post } = row!;
  await recordChange(tx, actingAs, { action: 'create', entityType: 'post', entityId: post.id, after: post });
  return post;
}

export async function listPosts(db: Database, organizationId: string): Promise<Post[]> {
  const rows = await db
    .select()
    .from(posts)
    .where(eq(posts.organizationId, organizationId))
    .orderBy(asc(posts.createdAt), asc(posts.id));
  return rows.map(({ createdAt: _c, ...post }) => post);
}

export async function createMembership(
  tx: Database,
  actingAs: ActingAs,
  input: MembershipInput,
): Promise<MembershipRecord> {
  // Who may record it, and in what status, before anything about the input is told.
  const status = initialMembershipStatus(await sidesOf(tx, actingAs, input));
  if (Boolean(input.personId) === Boolean(input.memberOrganizationId)) {
    throw new ValidationError(
      'membership.person_or_organization',
      input.personId ? '/memberOrganizationId' : '/personId',
    );
  }
  await assertOrganizationExists(tx, input.organizationId, '/organizationId');
  if (input.memberOrganizationId) {
    if (input.memberOrganizationId === input.organizationId) {
      throw new ValidationError('membership.self', '/memberOrganizationId');
    }
    await assertOrganizationExists(tx, input.memberOrganizationId, '/memberOrganizationId');
  }
  if (input.personId) {
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
    if (!person) throw new ValidationError('person.not_found', { id: input.personId }, '/personId');
  }
  if (input.postId) {
    const [post] = await tx.select().from(posts).where(eq(posts.id, input.postId));
    if (!post) throw new ValidationError('post.not_found', { id: input.postId }, '/postId');
    if (post.organizationId !== input.organizationId) {
      throw new ValidationError('post.other_organization', '/postId');
    }
  }
  assertDate(input.startDate, '/startDate');
  assertDate(input.endDate, '/endDate');
  assertDateOrder(input.startDate, input.endDate, '/endDate');
  assertLocalizedText(input.label, '/label', false);
  if (input.fee) assertFee(input.fee);
  const [row] = await tx
    .insert(memberships)
    .values({
      status,
      organizationId: input.organizationId,
      personId: input.personId ?? null,
      memberOrganizationId: input.memberOrganizationId ?? null,
      postId: input.postId ?? null,
      role: input.role,
      label: input.label ?? {},
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      ...feeColumns(input.fee ?? null),
    })
    .returning();
  const { createdAt: _c, updatedAt: _u, ...membership } = row!;
  await tx.insert(membershipTransitions).values({
    membershipId: membership.id,
    fromStatus: null,
    toStatus: status,
    action: 'create',
    effectiveOn: membership.startDate ?? today(),
    actor: actingAs.actor,
  });
  const citations: Citation[] = [];
  for (const [index, citation] of (input.sources ?? []).entries()) {
    citations.push(await cite(tx, actingAs, 'membership', membership.id, citation, `/sources/${index}`));
  }
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'membership',
    entityId: membership.id,
    after: membership,
  });
  return membershipFromRow(row!, citations);
}

/**
 * Memberships with what `principal` may do with each: the steps of its lifecycle open to the sides
 * they act for, and citing a source. The facts are read once for the whole list.
 */
export async function withMembershipActions<T extends MembershipSides & { status: MembershipStatus }>(
  db: Database,
  principal: Principal | null | undefined,
  list: T[],
): Promise<Array<T & { allowedActions: string[] }>> {
  if (!principal) return membershipsWithActions(principal, list, NOTHING_KNOWN);
  const postsIn = list.filter((membership) => !membership.memberOrganizationId);
  // A person's membership of a network is an expert's, with a member's steps; elsewhere, a post.
  const networks = postsIn.length
    ? await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(
          and(
            inArray(organizations.id, [...new Set(postsIn.map((membership) => membership.organizationId))]),
            eq(organizations.kind, 'network'),
          ),
        )
    : [];
  const networkIds = new Set(networks.map((network) => network.id));
  if (principal.isPlatformAdmin)
    return membershipsWithActions(principal, list, { ...NOTHING_KNOWN, networkIds });
  return membershipsWithActions(principal, list, {
    self: list.some((membership) => membership.personId) ? await personOfUser(db, principal.userId) : null,
    networksOf: postsIn.length
      ? (await scopeFacts(db, [...new Set(postsIn.map((membership) => membership.organizationId))]))
          .networksOf
      : new Map<string, readonly string[]>(),
    networkIds,
  });
}

const NOTHING_KNOWN = {
  self: null,
  networksOf: new Map<string, readonly string[]>(),
  networkIds: new Set<string>(),
};

/** withMembershipActions, the facts being read already. */
function membershipsWithActions<T extends MembershipSides & { status: MembershipStatus }>(
  principal: Principal | null | undefined,
  list: T[],
  known: {
    self: string | null;
    networksOf: ReadonlyMap<string, readonly string[]>;
    networkIds: ReadonlySet<string>;
  },
): Array<T & { allowedActions: string[] }> {
  if (!principal) return list.map((membership) => ({ ...membership, allowedActions: [] }));
  return list.map((membership) => {
    const sides = sidesActedFor(principal, membership, known);
    return {
      ...membership,
      allowedActions: membershipActions(
        principal,
        openMembershipActions(
          membership.status,
          sides,
          membershipKind(membership, known.networkIds.has(membership.organizationId)),
        ),
        sides.organization || sides.admin,
      ),
    };
  });
}

/** The membership locked, with the sides the actor speaks for; 404 when there is none. */
async function membershipForWrite(tx: Database, actingAs: ActingAs, id: string) {
  const [current] = await tx.select().from(memberships).where(eq(memberships.id, id)).for('update');
  if (!current) throw new NotFoundError('membership.not_found', { id });
  return { current, sides: await sidesOf(tx, actingAs, current) };
}

/** The fee and dues of a membership are the organization's (a network's secretariat) to keep. */
function assertOrganizationSide(sides: { organization: boolean; admin: boolean }): void {
  if (!sides.organization && !sides.admin) throw new ForbiddenError('access.forbidden');
}

/** Sets or removes a membership's fee: the organization's side (a network's secretariat) only. */
export async function updateMembership(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  changes: MembershipChanges,
): Promise<MembershipRecord> {
  const { current, sides } = await membershipForWrite(tx, actingAs, id);
  assertOrganizationSide(sides);
  if (changes.fee) assertFee(changes.fee);
  const [row] = await tx
    .update(memberships)
    .set({ ...feeColumns(changes.fee ?? null), updatedAt: new Date() })
    .where(eq(memberships.id, id))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'membership',
    entityId: id,
    before: { fee: feeOf(current) },
    after: { fee: feeOf(row!) },
  });
  const citations = await listCitations(tx, 'membership', [id]);
  return membershipFromRow(row!, citations.get(id) ?? []);
}

/** Records dues for one period, at the membership's fee unless another amount is said. */
export async function addDues(tx: Database, actingAs: ActingAs, id: string, input: DuesInput) {
  const { current, sides } = await membershipForWrite(tx, actingAs, id);
  assertOrganizationSide(sides);
  const fee = feeOf(current);
  assertDuesPeriod(input.period, (fee?.period ?? null) as FeePeriod | null);
  const amount = duesAmount(input, fee);
  const [existing] = await tx
    .select({ id: membershipDues.id })
    .from(membershipDues)
    .where(and(eq(membershipDues.membershipId, id), eq(membershipDues.period, input.period)));
  if (existing) throw new ConflictError('dues.exists', { period: input.period }, '/period');
  const [row] = await tx
    .insert(membershipDues)
    .values({ membershipId: id, period: input.period, ...amount })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'membership_dues',
    entityId: row!.id,
    after: { membershipId: id, period: row!.period, ...amount },
  });
  return id;
}

/** Marks dues paid on a day, or (`paidOn` null) takes back a payment recorded by mistake. */
export async function setDuesPayment(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  period: string,
  paidOn: string | null,
) {
  const { sides } = await membershipForWrite(tx, actingAs, id);
  assertOrganizationSide(sides);
  const [dues] = await tx
    .select()
    .from(membershipDues)
    .where(and(eq(membershipDues.membershipId, id), eq(membershipDues.period, period)))
    .for('update');
  if (!dues) throw new NotFoundError('dues.not_found', { period });
  if (paidOn !== null) {
    assertDate(paidOn, '/paidOn');
    if (paidOn > today()) throw new ValidationError('date.signed_in_future', { date: paidOn }, '/paidOn');
    if (dues.paidOn) {
      throw new ConflictError('dues.already_paid', { period, date: dues.paidOn }, '/paidOn');
    }
  } else if (!dues.paidOn) {
    throw new ConflictError('dues.not_paid', { period });
  }
  await tx
    .update(membershipDues)
    .set({ paidOn, updatedAt: new Date() })
    .where(eq(membershipDues.id, dues.id));
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'membership_dues',
    entityId: dues.id,
    before: { period, paidOn: dues.paidOn },
    after: { period, paidOn },
  });
  return id;
}

/**
 * A membership with its history (each step, with the meeting of the decision that took it) and,
 * for those acting for either side, its dues and the reasons given.
 */
export async function getMembership(
  db: Database,
  id: string,
  principal: Principal | null | undefined,
): Promise<MembershipDetail> {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  if (!row) throw new NotFoundError('membership.not_found', { id });
  const citations = await listCitations(db, 'membership', [id]);
  const [membership] = await withMembershipActions(db, principal, [
    membershipFromRow(row, citations.get(id) ?? []),
  ]);
  const sides = principal
    ? await sidesOf(db, { actor: 'reader', principal }, row)
    : { organization: false, member: false, admin: false };
  const insider = sides.organization || sides.member || sides.admin;
  const steps = await db
    .select({
      fromStatus: membershipTransitions.fromStatus,
      toStatus: membershipTransitions.toStatus,
      action: membershipTransitions.action,
      effectiveOn: membershipTransitions.effectiveOn,
      decisionId: membershipTransitions.decisionId,
      meetingId: decisions.meetingId,
      reason: membershipTransitions.reason,
      at: membershipTransitions.at,
    })
    .from(membershipTransitions)
    .leftJoin(decisions, eq(decisions.id, membershipTransitions.decisionId))
    .where(eq(membershipTransitions.membershipId, id))
    .orderBy(asc(membershipTransitions.at), asc(membershipTransitions.id));
  const dues = insider
    ? await db
        .select({
          period: membershipDues.period,
          amountMinor: membershipDues.amountMinor,
          currency: membershipDues.currency,
          paidOn: membershipDues.paidOn,
        })
        .from(membershipDues)
        .where(eq(membershipDues.membershipId, id))
        .orderBy(asc(membershipDues.period))
    : null;
  return {
    ...membership!,
    history: steps.map((step) => ({
      ...step,
      meetingId: step.meetingId ?? null,
      reason: insider ? step.reason : null,
      at: step.at.toISOString(),
    })),
    dues: dues ? dues.map((item) => ({ ...item, amountMinor: Number(item.amountMinor) })) : null,
  };
}

/** Whether a membership exists: sources are cited for existing ones only. */
export async function membershipExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.id, id));
  return Boolean(row);
}

export async function listMemberships(
  db: Database,
  filter: { personId?: string; organizationId?: string; memberOrganizationId?: string },
): Promise<MembershipRecord[]> {
  const conditions: SQL[] = [];
  if (filter.personId) conditions.push(eq(memberships.personId, filter.personId));
  if (filter.organizationId) conditions.push(eq(memberships.organizationId, filter.organizationId));
  if (filter.memberOrganizationId)
    conditions.push(eq(memberships.memberOrganizationId, filter.memberOrganizationId));
  const rows = await db
    .select()
    .from(memberships)
    .where(and(...conditions))
    .orderBy(asc(memberships.startDate), asc(memberships.id));
  const citations = await listCitations(
    db,
    'membership',
    rows.map((row) => row.id),
  );
  return rows.map((row) => membershipFromRow(row, citations.get(row.id) ?? []));
}
