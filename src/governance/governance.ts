/**
 * Governance records in the database: a body's rules, seats and mandates; meetings with their agenda,
 * attendance, minutes, motions, votes and decisions. Rules live in the plain modules beside this one;
 * this layer reads, checks rights on the record, and writes inside the caller's transaction.
 */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { canActFor, type Principal } from '../accounts/policy.ts';
import { scopeFacts } from '../accounts/scopes.ts';
import { users } from '../accounts/tables.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { people } from '../people/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import {
  type Attendance,
  type AttendanceStatus,
  type MandateTerm,
  meetingDay,
  type QuorumState,
  quorumState,
  seatedOn,
  validateAttendance,
} from './attendance.ts';
import { assertLinkedRecord, carryOutDecision } from './decision-effects.ts';
import { queueInvitationsAfterTransition } from './invitations.ts';
import {
  assertMayOpenVote,
  assertMeetingTransition,
  assertVoteTransition,
  type MeetingAction,
  type MeetingMode,
  type MeetingStatus,
  openMeetingActions,
  type VoteStatus,
} from './lifecycle.ts';
import {
  type BodyPost,
  type BodyRules,
  DEFAULT_BODY_RULES,
  type DecisionEffect,
  type DecisionKind,
  majorityFor,
  validateBodyRules,
} from './rules.ts';
import {
  agendaItems,
  bodyMandates,
  bodyRules,
  bodySeats,
  decisions,
  meetingAttendance,
  meetingMinutes,
  meetings,
  motions,
  voteEvents,
  votes,
} from './tables.ts';
import {
  assertMayCast,
  type BallotMode,
  ballotsOpenTo,
  type Counts,
  countChoices,
  type Outcome,
  type VoteChoice,
  type VoteMethod,
  validateShowOfHands,
  voteResult,
} from './voting.ts';

// ——— Scopes, for the route policies ———

/** The body a meeting is of, as the organization a request on it acts for. */
export async function bodyOfMeeting(db: Database, meetingId: string): Promise<string[]> {
  const rows = await db.select({ bodyId: meetings.bodyId }).from(meetings).where(eq(meetings.id, meetingId));
  return rows.map((row) => row.bodyId);
}

export async function bodyOfVote(db: Database, voteId: string): Promise<string[]> {
  const rows = await db
    .select({ bodyId: meetings.bodyId })
    .from(voteEvents)
    .innerJoin(motions, eq(motions.id, voteEvents.motionId))
    .innerJoin(agendaItems, eq(agendaItems.id, motions.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(voteEvents.id, voteId));
  return rows.map((row) => row.bodyId);
}

export async function bodyOfMotion(db: Database, motionId: string): Promise<string[]> {
  const rows = await db
    .select({ bodyId: meetings.bodyId })
    .from(motions)
    .innerJoin(agendaItems, eq(agendaItems.id, motions.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(motions.id, motionId));
  return rows.map((row) => row.bodyId);
}

/** Whether the principal manages the body's records: its network's secretariat, or a platform admin. */
async function managesBody(db: Database, principal: Principal | null | undefined, bodyId: string) {
  if (principal === undefined) return true; // the installation itself (demo loader, command line)
  if (!principal) return false;
  return canActFor(principal, await scopeFacts(db, [bodyId]));
}

async function assertManagesBody(db: Database, actingAs: ActingAs, bodyId: string) {
  if (!(await managesBody(db, actingAs.principal, bodyId))) throw new ForbiddenError('access.forbidden');
}

/** Whether the principal may see each member's vote: members of the body and those who manage it. */
async function seesVotesOf(db: Database, principal: Principal | null | undefined, bodyId: string) {
  if (principal?.grants.some((grant) => grant.role === 'council_member' && grant.scopeId === bodyId)) {
    return true;
  }
  return managesBody(db, principal, bodyId);
}

// ——— Bodies: rules, seats, mandates ———

async function getBody(db: Database, bodyId: string) {
  const [body] = await db
    .select({ id: organizations.id, parentId: organizations.parentId })
    .from(organizations)
    .where(and(eq(organizations.id, bodyId), eq(organizations.kind, 'body')));
  if (!body) throw new NotFoundError('organization.not_found', { id: bodyId });
  return body;
}

function rulesFromRow(row: typeof bodyRules.$inferSelect | undefined): BodyRules {
  if (!row) return DEFAULT_BODY_RULES;
  return {
    quorum:
      row.quorumKind === 'count'
        ? { kind: 'count', count: row.quorumCount ?? 1 }
        : { kind: 'fraction', numerator: row.quorumNumerator ?? 1, denominator: row.quorumDenominator ?? 2 },
    ordinaryMajority: row.ordinaryMajority,
    specialMajority: row.specialMajority,
    proxiesAllowed: row.proxiesAllowed,
    maxProxiesPerMember: row.maxProxiesPerMember,
  };
}

async function rulesAndSeats(db: Database, bodyId: string) {
  const [row] = await db.select().from(bodyRules).where(eq(bodyRules.bodyId, bodyId));
  const seats = await db
    .select()
    .from(bodySeats)
    .where(eq(bodySeats.bodyId, bodyId))
    .orderBy(asc(bodySeats.category));
  return { rules: rulesFromRow(row), seats, seatCount: seats.reduce((sum, seat) => sum + seat.count, 0) };
}

const OFFICER_POSTS: readonly BodyPost[] = ['chair', 'vice_chair', 'secretary', 'treasurer'];

/** A body's rules, seats by category with who holds them now, and the vacancies. */
export async function getBodyGovernance(db: Database, bodyId: string, principal?: Principal | null) {
  await getBody(db, bodyId);
  const { rules, seats, seatCount } = await rulesAndSeats(db, bodyId);
  const mandates = await db
    .select({
      id: bodyMandates.id,
      seatId: bodyMandates.seatId,
      post: bodyMandates.post,
      personId: bodyMandates.personId,
      personName: people.name,
      startDate: bodyMandates.startDate,
      endDate: bodyMandates.endDate,
    })
    .from(bodyMandates)
    .innerJoin(people, eq(people.id, bodyMandates.personId))
    .where(
      and(
        eq(bodyMandates.bodyId, bodyId),
        sql`${bodyMandates.startDate} <= current_date`,
        sql`(${bodyMandates.endDate} IS NULL OR ${bodyMandates.endDate} >= current_date)`,
      ),
    )
    .orderBy(asc(bodyMandates.startDate), asc(bodyMandates.id));
  return {
    bodyId,
    rules,
    seatCount,
    seats: seats.map((seat) => {
      const holders = mandates.filter((mandate) => mandate.seatId === seat.id);
      return {
        id: seat.id,
        category: seat.category,
        label: seat.label,
        count: seat.count,
        holders,
        vacant: Math.max(0, seat.count - holders.length),
      };
    }),
    vacantPosts: OFFICER_POSTS.filter((post) => !mandates.some((mandate) => mandate.post === post)),
    mayManage: await managesBody(db, principal ?? null, bodyId),
  };
}

export interface GovernanceInput {
  rules: BodyRules;
  seats: Array<{ category: string; label?: LocalizedText; count: number }>;
}

/** Replaces a body's rules and seat counts; a seat category held by a mandate stays. */
export async function setBodyGovernance(
  tx: Database,
  actingAs: ActingAs,
  bodyId: string,
  input: GovernanceInput,
) {
  await getBody(tx, bodyId);
  await assertManagesBody(tx, actingAs, bodyId);
  const categories = new Set<string>();
  input.seats.forEach((seat, index) => {
    if (categories.has(seat.category)) {
      throw new ValidationError(
        'governance.seat_category_twice',
        { category: seat.category },
        `/seats/${index}/category`,
      );
    }
    categories.add(seat.category);
  });
  const seatCount = input.seats.reduce((sum, seat) => sum + seat.count, 0);
  try {
    validateBodyRules(input.rules, seatCount);
  } catch (error) {
    if (error instanceof ValidationError && error.field) {
      throw new ValidationError(error.code, error.params, `/rules${error.field}`);
    }
    throw error;
  }
  const { rules } = input;
  const values = {
    quorumKind: rules.quorum.kind,
    quorumCount: rules.quorum.kind === 'count' ? rules.quorum.count : null,
    quorumNumerator: rules.quorum.kind === 'fraction' ? rules.quorum.numerator : null,
    quorumDenominator: rules.quorum.kind === 'fraction' ? rules.quorum.denominator : null,
    ordinaryMajority: rules.ordinaryMajority,
    specialMajority: rules.specialMajority,
    proxiesAllowed: rules.proxiesAllowed,
    maxProxiesPerMember: rules.maxProxiesPerMember,
  };
  await tx
    .insert(bodyRules)
    .values({ bodyId, ...values })
    .onConflictDoUpdate({
      target: bodyRules.bodyId,
      set: { ...values, version: sql`${bodyRules.version} + 1`, updatedAt: sql`now()` },
    });
  const existing = await tx.select().from(bodySeats).where(eq(bodySeats.bodyId, bodyId));
  for (const seat of input.seats) {
    const found = existing.find((row) => row.category === seat.category);
    if (found) {
      await tx
        .update(bodySeats)
        .set({ count: seat.count, label: seat.label ?? found.label })
        .where(eq(bodySeats.id, found.id));
    } else {
      await tx
        .insert(bodySeats)
        .values({ bodyId, category: seat.category, label: seat.label ?? {}, count: seat.count });
    }
  }
  const dropped = existing.filter((row) => !categories.has(row.category));
  if (dropped.length > 0) {
    const held = await tx
      .select({ seatId: bodyMandates.seatId })
      .from(bodyMandates)
      .where(
        inArray(
          bodyMandates.seatId,
          dropped.map((row) => row.id),
        ),
      )
      .limit(1);
    if (held.length > 0) throw new ConflictError('governance.seat_held', '/seats');
    await tx.delete(bodySeats).where(
      inArray(
        bodySeats.id,
        dropped.map((row) => row.id),
      ),
    );
  }
  const after = await getBodyGovernance(tx, bodyId, actingAs.principal);
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'body_rules',
    entityId: bodyId,
    after: input,
  });
  return after;
}

export async function addMandate(
  tx: Database,
  actingAs: ActingAs,
  bodyId: string,
  input: { seatId: string; personId: string; post?: BodyPost; startDate: string; endDate?: string | null },
) {
  await getBody(tx, bodyId);
  await assertManagesBody(tx, actingAs, bodyId);
  const [seat] = await tx
    .select()
    .from(bodySeats)
    .where(and(eq(bodySeats.id, input.seatId), eq(bodySeats.bodyId, bodyId)));
  if (!seat) throw new ValidationError('governance.seat_not_of_body', '/seatId');
  const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
  if (!person) throw new ValidationError('governance.person_not_found', '/personId');
  if (input.endDate && input.endDate < input.startDate) {
    throw new ValidationError('governance.dates_reversed', '/endDate');
  }
  const [mandate] = await tx
    .insert(bodyMandates)
    .values({
      bodyId,
      seatId: input.seatId,
      personId: input.personId,
      post: input.post ?? 'member',
      startDate: input.startDate,
      endDate: input.endDate ?? null,
    })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'body_mandate',
    entityId: mandate!.id,
    after: mandate,
  });
  return getBodyGovernance(tx, bodyId, actingAs.principal);
}

// ——— Meetings ———

export interface MeetingInput {
  title: LocalizedText;
  mode: MeetingMode;
  startsAt: string;
  endsAt?: string | null;
  timezone: string;
  place?: string | null;
  url?: string | null;
}

function validateMeeting(input: MeetingInput) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: input.timezone });
  } catch {
    throw new ValidationError('governance.timezone_unknown', { timezone: input.timezone }, '/timezone');
  }
  if (input.endsAt && Date.parse(input.endsAt) < Date.parse(input.startsAt)) {
    throw new ValidationError('governance.dates_reversed', '/endsAt');
  }
  if (input.mode !== 'online' && !input.place)
    throw new ValidationError('governance.place_required', '/place');
  if (input.mode !== 'in_person' && !input.url) throw new ValidationError('governance.url_required', '/url');
}

export async function createMeeting(tx: Database, actingAs: ActingAs, bodyId: string, input: MeetingInput) {
  await getBody(tx, bodyId);
  await assertManagesBody(tx, actingAs, bodyId);
  validateMeeting(input);
  const [meeting] = await tx
    .insert(meetings)
    .values({
      bodyId,
      title: input.title,
      mode: input.mode,
      startsAt: new Date(input.startsAt),
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
      timezone: input.timezone,
      place: input.place ?? null,
      url: input.url ?? null,
    })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'meeting',
    entityId: meeting!.id,
    after: meeting,
  });
  return getMeeting(tx, meeting!.id, actingAs.principal);
}

/** A body's meetings; drafts only for those who manage the body (a draft is not yet announced). */
export async function listMeetings(db: Database, bodyId: string, principal?: Principal | null) {
  await getBody(db, bodyId);
  const withDrafts = await managesBody(db, principal, bodyId);
  const rows = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), withDrafts ? undefined : ne(meetings.status, 'draft')))
    .orderBy(asc(meetings.startsAt));
  return rows.map(meetingSummary);
}

function meetingSummary(row: typeof meetings.$inferSelect) {
  return {
    id: row.id,
    bodyId: row.bodyId,
    title: row.title,
    mode: row.mode,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt ? row.endsAt.toISOString() : null,
    timezone: row.timezone,
    place: row.place,
    url: row.url,
    status: row.status,
    minutesApprovedAtMeetingId: row.minutesApprovedAtMeetingId,
    version: row.version,
  };
}

async function meetingRow(db: Database, id: string, lock = false) {
  const query = db.select().from(meetings).where(eq(meetings.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('governance.meeting_not_found', { id });
  return row;
}

async function attendanceOf(db: Database, meetingId: string): Promise<Attendance[]> {
  return db
    .select({
      personId: meetingAttendance.personId,
      status: meetingAttendance.status,
      proxyHolderId: meetingAttendance.proxyHolderId,
    })
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, meetingId))
    .orderBy(asc(meetingAttendance.recordedAt), asc(meetingAttendance.personId));
}

/** Who holds a seat on the meeting's body on the meeting's day (attendance.ts says what counts). */
async function seatedAt(db: Database, meetingId: string): Promise<Set<string>> {
  const rows = await db
    .select({
      startsAt: meetings.startsAt,
      timezone: meetings.timezone,
      personId: bodyMandates.personId,
      startDate: bodyMandates.startDate,
      endDate: bodyMandates.endDate,
    })
    .from(meetings)
    .leftJoin(bodyMandates, eq(bodyMandates.bodyId, meetings.bodyId))
    .where(eq(meetings.id, meetingId));
  const [first] = rows;
  if (!first) return new Set();
  const terms = rows.filter((row): row is typeof row & MandateTerm => row.personId !== null);
  return seatedOn(terms, meetingDay(first.startsAt, first.timezone));
}

/** What a meeting's votes are read against: the body's rules and seats, attendance, who is seated, the quorum. */
interface MeetingFloor {
  rules: BodyRules;
  seatCount: number;
  attendance: Attendance[];
  seated: Set<string>;
  quorum: QuorumState;
}

async function floorOf(db: Database, bodyId: string, meetingId: string): Promise<MeetingFloor> {
  const { rules, seatCount } = await rulesAndSeats(db, bodyId);
  const attendance = await attendanceOf(db, meetingId);
  const seated = await seatedAt(db, meetingId);
  return { rules, seatCount, attendance, seated, quorum: quorumState(attendance, rules, seatCount, seated) };
}

async function quorumOf(db: Database, bodyId: string, meetingId: string): Promise<QuorumState> {
  return (await floorOf(db, bodyId, meetingId)).quorum;
}

/** Who reads: the person their account is linked to, and whether they act as a member of the body. */
interface Reader {
  personId: string | null;
  councilMember: boolean;
}

async function readerOf(
  db: Database,
  principal: Principal | null | undefined,
  bodyId: string,
): Promise<Reader> {
  if (!principal) return { personId: null, councilMember: false };
  const [user] = await db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.id, principal.userId));
  return {
    personId: user?.personId ?? null,
    councilMember: principal.grants.some(
      (grant) => grant.role === 'council_member' && grant.scopeId === bodyId,
    ),
  };
}

/**
 * A meeting with its agenda, attendance and live quorum, motions with their votes, decisions and
 * minutes. Each member's vote is shown to the body's members and its managers; totals to everyone.
 */
export async function getMeeting(db: Database, id: string, principal?: Principal | null) {
  const row = await meetingRow(db, id);
  const mayManage = await managesBody(db, principal ?? null, row.bodyId);
  if (row.status === 'draft' && !mayManage && principal !== undefined) {
    throw new NotFoundError('governance.meeting_not_found', { id });
  }
  const seesVotes = await seesVotesOf(db, principal ?? null, row.bodyId);
  const floor = await floorOf(db, row.bodyId, id);
  const reader = await readerOf(db, principal, row.bodyId);
  const items = await db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, id))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
  const attendance = await db
    .select({
      personId: meetingAttendance.personId,
      name: people.name,
      status: meetingAttendance.status,
      proxyHolderId: meetingAttendance.proxyHolderId,
    })
    .from(meetingAttendance)
    .innerJoin(people, eq(people.id, meetingAttendance.personId))
    .where(eq(meetingAttendance.meetingId, id))
    .orderBy(asc(meetingAttendance.recordedAt), asc(meetingAttendance.personId));
  const motionRows =
    items.length === 0
      ? []
      : await db
          .select()
          .from(motions)
          .where(
            inArray(
              motions.agendaItemId,
              items.map((item) => item.id),
            ),
          )
          .orderBy(asc(motions.createdAt), asc(motions.id));
  const voteRows =
    motionRows.length === 0
      ? []
      : await db
          .select()
          .from(voteEvents)
          .where(
            inArray(
              voteEvents.motionId,
              motionRows.map((motion) => motion.id),
            ),
          )
          .orderBy(asc(voteEvents.openedAt), asc(voteEvents.id));
  const voteViews = await Promise.all(voteRows.map((vote) => voteView(db, vote, seesVotes, floor, reader)));
  const [minutes] = await db.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, id));
  const decisionRows = await db
    .select()
    .from(decisions)
    .where(eq(decisions.meetingId, id))
    .orderBy(asc(decisions.createdAt), asc(decisions.id));
  return {
    ...meetingSummary(row),
    agenda: items.map((item) => ({
      id: item.id,
      position: item.position,
      title: item.title,
      text: item.text,
    })),
    attendance: attendance.map((entry) => ({ ...entry, seated: floor.seated.has(entry.personId) })),
    quorum: floor.quorum,
    motions: motionRows.map((motion) => ({
      id: motion.id,
      agendaItemId: motion.agendaItemId,
      text: motion.text,
      decisionKind: motion.decisionKind,
      votes: voteViews.filter((vote) => vote.motionId === motion.id),
    })),
    decisions: decisionRows.map((decision) => ({
      id: decision.id,
      motionId: decision.motionId,
      voteEventId: decision.voteEventId,
      text: decision.text,
      entityType: decision.entityType,
      entityId: decision.entityId,
      effect: decision.effect,
      appliedAt: decision.appliedAt ? decision.appliedAt.toISOString() : null,
    })),
    minutes: minutes
      ? { text: minutes.text, documentUrl: minutes.documentUrl, sourceId: minutes.sourceId }
      : null,
    allowedActions: mayManage ? openMeetingActions(row.status) : [],
  };
}

export async function changeMeetingStatus(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  input: { action: MeetingAction; approvedAtMeetingId?: string },
) {
  const row = await meetingRow(tx, id, true);
  await assertManagesBody(tx, actingAs, row.bodyId);
  const openVotes = await tx
    .select({ id: voteEvents.id })
    .from(voteEvents)
    .innerJoin(motions, eq(motions.id, voteEvents.motionId))
    .innerJoin(agendaItems, eq(agendaItems.id, motions.agendaItemId))
    .where(and(eq(agendaItems.meetingId, id), eq(voteEvents.status, 'open')));
  let approvedAt: typeof meetings.$inferSelect | undefined;
  if (input.approvedAtMeetingId) {
    [approvedAt] = await tx.select().from(meetings).where(eq(meetings.id, input.approvedAtMeetingId));
    if (!approvedAt)
      throw new ValidationError('governance.minutes_meeting_not_later', '/approvedAtMeetingId');
  }
  const ref = (meeting: typeof meetings.$inferSelect) => ({
    id: meeting.id,
    bodyId: meeting.bodyId,
    status: meeting.status,
    startsAt: meeting.startsAt.toISOString(),
  });
  const to: MeetingStatus = assertMeetingTransition({
    meeting: ref(row),
    action: input.action,
    openVotes: openVotes.length,
    approvedAt: approvedAt ? ref(approvedAt) : null,
  });
  await tx
    .update(meetings)
    .set({
      status: to,
      version: sql`${meetings.version} + 1`,
      updatedAt: sql`now()`,
      ...(approvedAt ? { minutesApprovedAtMeetingId: approvedAt.id } : {}),
    })
    .where(eq(meetings.id, id));
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'meeting',
    entityId: id,
    before: { status: row.status },
    after: { status: to },
  });
  // Convened: the invitations go to every seat holder; cancelled: the cancellation to those they reached.
  await queueInvitationsAfterTransition(tx, actingAs, id, to);
  return getMeeting(tx, id, actingAs.principal);
}

export async function addAgendaItem(
  tx: Database,
  actingAs: ActingAs,
  meetingId: string,
  input: { title: LocalizedText; text?: LocalizedText; position?: number },
) {
  const row = await meetingRow(tx, meetingId, true);
  await assertManagesBody(tx, actingAs, row.bodyId);
  if (row.status !== 'draft' && row.status !== 'convened') {
    throw new ConflictError('governance.meeting_closed', { status: row.status });
  }
  const [last] = await tx
    .select({ max: sql<number | null>`max(${agendaItems.position})` })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  const [item] = await tx
    .insert(agendaItems)
    .values({
      meetingId,
      position: input.position ?? Number(last?.max ?? 0) + 1,
      title: input.title,
      text: input.text ?? {},
    })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'agenda_item',
    entityId: item!.id,
    after: item,
  });
  return getMeeting(tx, meetingId, actingAs.principal);
}

/** Records one person's registration or attendance; the answer carries the live quorum. */
export async function recordAttendance(
  tx: Database,
  actingAs: ActingAs,
  meetingId: string,
  personId: string,
  input: { status: AttendanceStatus; proxyHolderId?: string | null },
) {
  const row = await meetingRow(tx, meetingId, true);
  await assertManagesBody(tx, actingAs, row.bodyId);
  if (row.status !== 'draft' && row.status !== 'convened') {
    throw new ConflictError('governance.meeting_closed', { status: row.status });
  }
  const { rules } = await rulesAndSeats(tx, row.bodyId);
  const proxyHolderId = input.proxyHolderId ?? null;
  const known = await tx
    .select({ id: people.id })
    .from(people)
    .where(inArray(people.id, [personId, ...(proxyHolderId ? [proxyHolderId] : [])]));
  if (!known.some((person) => person.id === personId))
    throw new NotFoundError('person.not_found', { id: personId });
  if (proxyHolderId && !known.some((person) => person.id === proxyHolderId)) {
    throw new ValidationError('governance.person_not_found', '/proxyHolderId');
  }
  // Anyone may be listed (a guest counts for nothing); a proxy goes from one seated member to another.
  const entry = validateAttendance(
    { personId, status: input.status, proxyHolderId },
    rules,
    await seatedAt(tx, meetingId),
  );
  await tx
    .insert(meetingAttendance)
    .values({ meetingId, personId, status: entry.status, proxyHolderId: entry.proxyHolderId })
    .onConflictDoUpdate({
      target: [meetingAttendance.meetingId, meetingAttendance.personId],
      set: { status: entry.status, proxyHolderId: entry.proxyHolderId },
    });
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'meeting_attendance',
    entityId: meetingId,
    after: entry,
  });
  return getMeeting(tx, meetingId, actingAs.principal);
}

export async function setMinutes(
  tx: Database,
  actingAs: ActingAs,
  meetingId: string,
  input: { text: LocalizedText; documentUrl?: string | null },
) {
  const row = await meetingRow(tx, meetingId, true);
  await assertManagesBody(tx, actingAs, row.bodyId);
  if (row.status !== 'held')
    throw new ConflictError('governance.minutes_not_editable', { status: row.status });
  const values = { text: input.text, documentUrl: input.documentUrl ?? null };
  await tx
    .insert(meetingMinutes)
    .values({ meetingId, ...values })
    .onConflictDoUpdate({ target: meetingMinutes.meetingId, set: { ...values, updatedAt: sql`now()` } });
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'meeting_minutes',
    entityId: meetingId,
    after: values,
  });
  return getMeeting(tx, meetingId, actingAs.principal);
}

export async function addMotion(
  tx: Database,
  actingAs: ActingAs,
  meetingId: string,
  input: { agendaItemId: string; text: LocalizedText; decisionKind?: DecisionKind },
) {
  const row = await meetingRow(tx, meetingId, true);
  await assertManagesBody(tx, actingAs, row.bodyId);
  const [item] = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, input.agendaItemId), eq(agendaItems.meetingId, meetingId)));
  if (!item) throw new ValidationError('governance.agenda_item_not_of_meeting', '/agendaItemId');
  const [motion] = await tx
    .insert(motions)
    .values({ agendaItemId: item.id, text: input.text, decisionKind: input.decisionKind ?? 'ordinary' })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'motion',
    entityId: motion!.id,
    after: motion,
  });
  return getMeeting(tx, meetingId, actingAs.principal);
}

export async function addDecision(
  tx: Database,
  actingAs: ActingAs,
  meetingId: string,
  input: {
    text: LocalizedText;
    voteEventId?: string | null;
    entityType?: string | null;
    entityId?: string | null;
    effect?: DecisionEffect | null;
  },
) {
  const row = await meetingRow(tx, meetingId, true);
  await assertManagesBody(tx, actingAs, row.bodyId);
  if (((input.entityType ?? null) === null) !== ((input.entityId ?? null) === null)) {
    throw new ValidationError(
      'governance.linked_record_incomplete',
      input.entityType ? '/entityId' : '/entityType',
    );
  }
  await assertLinkedRecord(tx, input);
  let motionId: string | null = null;
  if (input.voteEventId) {
    const [vote] = await tx
      .select({
        motionId: voteEvents.motionId,
        outcome: voteEvents.outcome,
        meetingId: agendaItems.meetingId,
      })
      .from(voteEvents)
      .innerJoin(motions, eq(motions.id, voteEvents.motionId))
      .innerJoin(agendaItems, eq(agendaItems.id, motions.agendaItemId))
      .where(eq(voteEvents.id, input.voteEventId));
    if (!vote || vote.meetingId !== meetingId) {
      throw new ValidationError('governance.vote_not_of_meeting', '/voteEventId');
    }
    if (vote.outcome !== 'adopted') throw new ConflictError('governance.motion_not_adopted', '/voteEventId');
    motionId = vote.motionId;
  }
  const [decision] = await tx
    .insert(decisions)
    .values({
      meetingId,
      motionId,
      voteEventId: input.voteEventId ?? null,
      text: input.text,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      effect: input.effect ?? null,
    })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'decision',
    entityId: decision!.id,
    after: decision,
  });
  // Adopted (or recorded where the network's rules let the secretariat decide), it acts on its record.
  await carryOutDecision(tx, actingAs, decision!);
  return getMeeting(tx, meetingId, actingAs.principal);
}

// ——— Votes ———

async function voteContext(db: Database, voteId: string, lock: boolean) {
  const query = db.select().from(voteEvents).where(eq(voteEvents.id, voteId));
  const [vote] = lock ? await query.for('update') : await query;
  if (!vote) throw new NotFoundError('governance.vote_not_found', { id: voteId });
  const [context] = await db
    .select({ meetingId: agendaItems.meetingId, decisionKind: motions.decisionKind, bodyId: meetings.bodyId })
    .from(motions)
    .innerJoin(agendaItems, eq(agendaItems.id, motions.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(motions.id, vote.motionId));
  return { vote, ...context! };
}

async function voteView(
  db: Database,
  vote: typeof voteEvents.$inferSelect,
  seesVotes: boolean,
  floor: MeetingFloor,
  reader: Reader,
) {
  const ballots = await db
    .select({
      memberId: votes.memberId,
      name: people.name,
      choice: votes.choice,
      mode: votes.mode,
      castById: votes.castById,
    })
    .from(votes)
    .innerJoin(people, eq(people.id, votes.memberId))
    .where(eq(votes.voteEventId, vote.id))
    .orderBy(asc(people.name), asc(votes.memberId));
  const counts: Counts =
    vote.yes !== null
      ? { yes: vote.yes, no: vote.no ?? 0, abstain: vote.abstain ?? 0 }
      : countChoices(ballots.map((ballot) => ballot.choice));
  const [context] = await db
    .select({ decisionKind: motions.decisionKind })
    .from(motions)
    .where(eq(motions.id, vote.motionId));
  const { rules } = floor;
  const quorum =
    vote.status === 'closed' && vote.quorumCounted !== null && vote.quorumRequired !== null
      ? {
          counted: vote.quorumCounted,
          required: vote.quorumRequired,
          reached: vote.quorumCounted >= vote.quorumRequired,
        }
      : floor.quorum;
  const result = voteResult(counts, majorityFor(rules, context!.decisionKind), quorum.reached);
  // What the reader may do: the same rule castVote applies, so the page offers only votes it takes.
  const mine = reader.personId ? ballots.find((ballot) => ballot.memberId === reader.personId) : undefined;
  const mayVoteFor: Array<{ memberId: string; mode: BallotMode }> =
    reader.personId && reader.councilMember
      ? ballotsOpenTo({
          voteStatus: vote.status,
          method: vote.method,
          alreadyVoted: new Set(ballots.map((ballot) => ballot.memberId)),
          attendance: floor.attendance,
          rules,
          seated: floor.seated,
          castById: reader.personId,
        })
      : [];
  return {
    id: vote.id,
    motionId: vote.motionId,
    method: vote.method,
    status: vote.status,
    openedAt: vote.openedAt.toISOString(),
    closedAt: vote.closedAt ? vote.closedAt.toISOString() : null,
    quorum: { counted: quorum.counted, required: quorum.required, reached: quorum.reached },
    result: {
      ...result,
      outcome: (vote.outcome ?? (vote.status === 'open' ? null : result.outcome)) as Outcome | null,
    },
    /** Each member's vote, for the body's members and managers; null for everyone else. */
    ballots: seesVotes ? ballots : null,
    /** The reader's own vote, however cast; null when they have none. */
    myBallot: mine ? { choice: mine.choice, mode: mine.mode } : null,
    /** The votes the reader may cast now: their own (seated, present, not cast), then those of the proxies they hold. */
    mayVoteFor,
  };
}

export async function getVote(db: Database, voteId: string, principal?: Principal | null) {
  const { vote, bodyId, meetingId } = await voteContext(db, voteId, false);
  return voteView(
    db,
    vote,
    await seesVotesOf(db, principal ?? null, bodyId),
    await floorOf(db, bodyId, meetingId!),
    await readerOf(db, principal, bodyId),
  );
}

export async function openVote(
  tx: Database,
  actingAs: ActingAs,
  motionId: string,
  input: { method: VoteMethod },
) {
  const [motion] = await tx
    .select({ id: motions.id, meetingId: agendaItems.meetingId })
    .from(motions)
    .innerJoin(agendaItems, eq(agendaItems.id, motions.agendaItemId))
    .where(eq(motions.id, motionId));
  if (!motion) throw new NotFoundError('governance.motion_not_found', { id: motionId });
  const meeting = await meetingRow(tx, motion.meetingId, true);
  await assertManagesBody(tx, actingAs, meeting.bodyId);
  assertMayOpenVote(meeting.status);
  const [vote] = await tx.insert(voteEvents).values({ motionId, method: input.method }).returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'vote_event',
    entityId: vote!.id,
    after: vote,
  });
  return getVote(tx, vote!.id, actingAs.principal);
}

/**
 * Closes a vote: its counts and the quorum as they stand are kept with its outcome. The vote event's
 * row is locked first (as castVote locks it), so a ballot being cast either commits before the
 * close, which then counts it, or waits and is refused as the vote is closed: the kept counts are
 * always those of the stored votes.
 */
export async function closeVote(tx: Database, actingAs: ActingAs, voteId: string) {
  const { vote, bodyId, meetingId, decisionKind } = await voteContext(tx, voteId, true);
  await assertManagesBody(tx, actingAs, bodyId);
  const to: VoteStatus = assertVoteTransition(vote.status, 'close');
  const ballots = await tx.select({ choice: votes.choice }).from(votes).where(eq(votes.voteEventId, voteId));
  const counts =
    vote.method === 'show_of_hands'
      ? { yes: vote.yes ?? 0, no: vote.no ?? 0, abstain: vote.abstain ?? 0 }
      : countChoices(ballots.map((ballot) => ballot.choice));
  const { quorum, rules } = await floorOf(tx, bodyId, meetingId!);
  const result = voteResult(counts, majorityFor(rules, decisionKind), quorum.reached);
  await tx
    .update(voteEvents)
    .set({
      status: to,
      closedAt: sql`now()`,
      ...counts,
      quorumCounted: quorum.counted,
      quorumRequired: quorum.required,
      outcome: result.outcome,
      version: sql`${voteEvents.version} + 1`,
    })
    .where(eq(voteEvents.id, voteId));
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'vote_event',
    entityId: voteId,
    before: { status: vote.status },
    after: { status: to, ...counts, outcome: result.outcome },
  });
  return getVote(tx, voteId, actingAs.principal);
}

/**
 * Casts the signed-in member's vote, or the vote of a member whose proxy they hold. They must hold
 * the council_member role on the body and be linked to a person, and the member whose vote it is
 * must hold a seat on the body on the meeting's day (voting.ts, assertMayCast). The vote event's row
 * is locked first, as closeVote locks it, and its status read again under the lock: a ballot and a
 * close are taken one after the other, so a ballot lands before the close (and is counted) or is
 * refused as the vote is closed. The lock also takes one member's ballots one at a time, and the
 * vote row's key makes a second vote of the same member impossible whatever happens.
 */
export async function castVote(
  tx: Database,
  actingAs: ActingAs,
  voteId: string,
  input: { choice: VoteChoice; memberId?: string },
) {
  const { vote, bodyId, meetingId } = await voteContext(tx, voteId, true);
  // Read under the lock: a close that committed while this ballot waited is seen here.
  if (vote.status !== 'open') throw new ConflictError('governance.vote_closed');
  const principal = actingAs.principal;
  if (!principal) throw new ForbiddenError('access.forbidden');
  const councilMember = principal.grants.some(
    (grant) => grant.role === 'council_member' && grant.scopeId === bodyId,
  );
  if (!councilMember) throw new ForbiddenError('governance.not_a_member');
  const [user] = await tx
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.id, principal.userId));
  if (!user?.personId) throw new ForbiddenError('governance.not_a_member');
  const memberId = input.memberId ?? user.personId;
  const { rules, attendance, seated } = await floorOf(tx, bodyId, meetingId!);
  const already = await tx
    .select({ memberId: votes.memberId })
    .from(votes)
    .where(and(eq(votes.voteEventId, voteId), eq(votes.memberId, memberId)));
  const mode = assertMayCast({
    voteStatus: vote.status,
    method: vote.method,
    alreadyVoted: new Set(already.map((row) => row.memberId)),
    attendance,
    rules,
    seated,
    memberId,
    castById: user.personId,
  });
  const inserted = await tx
    .insert(votes)
    .values({ voteEventId: voteId, memberId, choice: input.choice, mode, castById: user.personId })
    .onConflictDoNothing()
    .returning({ memberId: votes.memberId });
  if (inserted.length === 0) throw new ConflictError('governance.already_voted');
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'vote',
    entityId: voteId,
    after: { memberId, choice: input.choice, mode },
  });
  return getVote(tx, voteId, principal);
}

/** The secretary records the counts of a show of hands on an open vote; closing it gives the result. */
export async function recordShowOfHands(tx: Database, actingAs: ActingAs, voteId: string, counts: Counts) {
  const { vote, bodyId, meetingId } = await voteContext(tx, voteId, true);
  await assertManagesBody(tx, actingAs, bodyId);
  if (vote.status !== 'open') throw new ConflictError('governance.vote_closed');
  if (vote.method !== 'show_of_hands') throw new ConflictError('governance.vote_by_roll_call', '/method');
  const quorum = await quorumOf(tx, bodyId, meetingId);
  validateShowOfHands(counts, quorum.counted);
  await tx
    .update(voteEvents)
    .set({ ...counts, version: sql`${voteEvents.version} + 1` })
    .where(eq(voteEvents.id, voteId));
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'vote_event',
    entityId: voteId,
    after: counts,
  });
  return getVote(tx, voteId, actingAs.principal);
}
