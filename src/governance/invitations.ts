/**
 * Meeting invitations by email, through the job queue kept in the database. Convening a meeting
 * (or sending it again once changed) writes one row per seat holder for a new round, in the same
 * transaction, and queues a job; cancelling it writes a round of cancellations to those the
 * invitations reached. The job's handler claims each invitation (queued → sending) with a guarded
 * UPDATE under `FOR UPDATE SKIP LOCKED`, so that two workers, of one instance or of several, never
 * send one invitation twice; a failed attempt goes back to the queue and is tried again after a
 * pause, until its attempts run out. The secretariat sees each recipient's state.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { canActFor, type Principal } from '../accounts/policy.ts';
import { scopeFacts } from '../accounts/scopes.ts';
import { users } from '../accounts/tables.ts';
import { recordChange } from '../audit/audit.ts';
import { type Database, selectRows } from '../db/client.ts';
import { enqueueJob, type Job } from '../jobs/queue.ts';
import { jobs } from '../jobs/tables.ts';
import type { JobContext, JobHandler } from '../jobs/worker.ts';
import type { Mailer } from '../mail/mailer.ts';
import { organizations } from '../organizations/tables.ts';
import { people } from '../people/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../shared/errors.ts';
import { pickLocalized } from '../shared/localized.ts';
import {
  addressOf,
  type InvitationMeeting,
  invitationFingerprint,
  invitationLanguage,
  invitationMail,
  meetingDate,
} from './invitation-mail.ts';
import {
  afterFailedAttempt,
  assertInvitationTransition,
  DEFAULT_MAX_INVITATION_ATTEMPTS,
  type InvitationMethod,
  type InvitationStatus,
  type InvitationTotals,
  initialInvitationStatus,
  invitationTotals,
  reachedBy,
  retryDelay,
} from './invitation-rules.ts';
import type { MeetingStatus } from './lifecycle.ts';
import { agendaItems, bodyMandates, meetingInvitations, meetings } from './tables.ts';

/** The kind of job that sends one round of a meeting's invitations. */
export const MEETING_INVITATIONS_JOB = 'meeting_invitations';

/** What a round's job is given: the round, what it says, and a fingerprint of what it shows. */
interface RoundPayload {
  meetingId: string;
  round: number;
  method: InvitationMethod;
  fingerprint: string;
}

function payloadOf(job: Pick<Job, 'payload'>): RoundPayload {
  const payload = job.payload as Partial<RoundPayload>;
  if (
    typeof payload.meetingId !== 'string' ||
    typeof payload.round !== 'number' ||
    (payload.method !== 'request' && payload.method !== 'cancel')
  ) {
    throw Object.assign(new Error('not a round of meeting invitations'), { code: 'job.payload_invalid' });
  }
  return {
    meetingId: payload.meetingId,
    round: payload.round,
    method: payload.method,
    fingerprint: String(payload.fingerprint ?? ''),
  };
}

// ——— Reading ———

/** The meeting as an invitation shows it (with its body, network and agenda), and its status. */
async function invitationMeeting(
  db: Database,
  meetingId: string,
): Promise<{ meeting: InvitationMeeting; status: MeetingStatus; bodyId: string } | null> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!row) return null;
  const [body] = await db
    .select({ name: organizations.name, parentId: organizations.parentId })
    .from(organizations)
    .where(eq(organizations.id, row.bodyId));
  const [network] = body?.parentId
    ? await db
        .select({ name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, body.parentId))
    : [];
  const agenda = await db
    .select({ title: agendaItems.title, text: agendaItems.text })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
  return {
    status: row.status,
    bodyId: row.bodyId,
    meeting: {
      id: row.id,
      title: row.title,
      mode: row.mode,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      timezone: row.timezone,
      place: row.place,
      url: row.url,
      bodyName: body?.name ?? {},
      networkName: network?.name ?? null,
      agenda,
    },
  };
}

/** Everyone holding a seat of the body on a day (a mandate in force then), once each, with their address. */
async function seatHoldersOn(db: Database, bodyId: string, day: string) {
  const rows = await db
    .selectDistinct({ personId: people.id, email: people.email })
    .from(bodyMandates)
    .innerJoin(people, eq(people.id, bodyMandates.personId))
    .where(
      and(
        eq(bodyMandates.bodyId, bodyId),
        sql`${bodyMandates.startDate} <= ${day}::date`,
        sql`(${bodyMandates.endDate} IS NULL OR ${bodyMandates.endDate} >= ${day}::date)`,
      ),
    );
  return rows.sort((a, b) => a.personId.localeCompare(b.personId));
}

/** The latest round of a meeting, with what its job was told (method, fingerprint). */
async function latestRound(db: Database, meetingId: string): Promise<RoundPayload | null> {
  const [row] = await db
    .select({ round: meetingInvitations.round, payload: jobs.payload })
    .from(meetingInvitations)
    .leftJoin(jobs, eq(jobs.id, meetingInvitations.jobId))
    .where(eq(meetingInvitations.meetingId, meetingId))
    .orderBy(sql`${meetingInvitations.round} DESC`, sql`${jobs.createdAt} DESC NULLS LAST`)
    .limit(1);
  if (!row) return null;
  try {
    return payloadOf({ payload: row.payload ?? {} });
  } catch {
    return { meetingId, round: row.round, method: 'request', fingerprint: '' };
  }
}

/** Whether the principal manages the body's records: its network's secretariat, or a platform admin. */
async function managesBody(db: Database, principal: Principal | null | undefined, bodyId: string) {
  if (principal === undefined) return true; // the installation itself (command line)
  if (!principal) return false;
  return canActFor(principal, await scopeFacts(db, [bodyId]));
}

// ——— Queuing a round ———

/**
 * Writes a round of invitations and queues the job that sends it, in the caller's transaction. The
 * meeting's invitations are locked first: a worker claiming one waits or skips it, so a cancellation
 * knows exactly whom an invitation reached. Invitations of earlier rounds still waiting are
 * withdrawn (the new round supersedes them; they were never sent). Answers the round, or null when
 * it has no one to write to.
 */
async function queueRound(
  tx: Database,
  actingAs: ActingAs,
  meetingId: string,
  method: InvitationMethod,
): Promise<{ round: number; jobId: string } | null> {
  const loaded = await invitationMeeting(tx, meetingId);
  if (!loaded) throw new NotFoundError('governance.meeting_not_found', { id: meetingId });
  const existing = await tx
    .select({
      personId: meetingInvitations.personId,
      round: meetingInvitations.round,
      status: meetingInvitations.status,
      email: meetingInvitations.email,
    })
    .from(meetingInvitations)
    .where(eq(meetingInvitations.meetingId, meetingId))
    .orderBy(asc(meetingInvitations.round))
    .for('update');
  let recipients: Array<{ personId: string; email: string | null }>;
  if (method === 'request') {
    recipients = await seatHoldersOn(tx, loaded.bodyId, meetingDate(loaded.meeting));
  } else {
    // Those an invitation reached, at the address it reached them at (the latest).
    const reached = new Map<string, string | null>();
    for (const row of existing) if (reachedBy(row.status)) reached.set(row.personId, row.email);
    recipients = [...reached].map(([personId, email]) => ({ personId, email }));
  }
  await tx
    .delete(meetingInvitations)
    .where(and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.status, 'queued')));
  if (recipients.length === 0) return null;
  const round = Math.max(0, ...existing.map((row) => row.round)) + 1;
  const payload: RoundPayload = {
    meetingId,
    round,
    method,
    fingerprint: invitationFingerprint(loaded.meeting),
  };
  const job = await enqueueJob(tx, {
    kind: MEETING_INVITATIONS_JOB,
    payload: { ...payload },
    createdBy: actingAs.actor,
    userId: actingAs.principal?.userId ?? null,
  });
  await tx.insert(meetingInvitations).values(
    recipients.map((recipient) => ({
      meetingId,
      personId: recipient.personId,
      round,
      email: recipient.email?.trim() || null,
      status: initialInvitationStatus(recipient.email),
      jobId: job.id,
    })),
  );
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'meeting_invitations',
    entityId: meetingId,
    after: { round, method, recipients: recipients.length, jobId: job.id },
  });
  return { round, jobId: job.id };
}

/**
 * What a meeting's change of status sends: convened, the invitations to its seat holders;
 * cancelled, the cancellation to those the invitations reached. Runs in the transition's transaction.
 */
export async function queueInvitationsAfterTransition(
  tx: Database,
  actingAs: ActingAs,
  meetingId: string,
  to: MeetingStatus,
): Promise<void> {
  if (to === 'convened') await queueRound(tx, actingAs, meetingId, 'request');
  else if (to === 'cancelled') await queueRound(tx, actingAs, meetingId, 'cancel');
}

export type SendAgainTo = 'everyone' | 'failed';

/**
 * Sends a convened meeting's invitations again. `everyone`: a changed meeting goes out as a new round
 * to every seat holder; unchanged, only seat holders the latest round has not written to yet get it
 * (a round already sent is never sent again). `failed`: the latest round's invitations that failed,
 * or had no address and have one now, are queued again with fresh attempts.
 */
export async function sendInvitationsAgain(
  tx: Database,
  actingAs: ActingAs,
  meetingId: string,
  to: SendAgainTo,
) {
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
  if (!row) throw new NotFoundError('governance.meeting_not_found', { id: meetingId });
  if (!(await managesBody(tx, actingAs.principal, row.bodyId))) throw new ForbiddenError('access.forbidden');
  const latest = await latestRound(tx, meetingId);
  const mayInvite = row.status === 'convened';
  if (to === 'everyone') {
    if (!mayInvite) throw new ConflictError('governance.invitations_not_convened', { status: row.status });
    const loaded = (await invitationMeeting(tx, meetingId))!;
    if (latest?.method !== 'request' || latest.fingerprint !== invitationFingerprint(loaded.meeting)) {
      const queued = await queueRound(tx, actingAs, meetingId, 'request');
      if (!queued) throw new ConflictError('governance.invitations_no_recipients');
    } else {
      await addMissingRecipients(tx, actingAs, loaded, latest);
    }
  } else {
    if (!latest) throw new ConflictError('governance.invitations_none_failed');
    if (latest.method === 'request' && !mayInvite) {
      throw new ConflictError('governance.invitations_not_convened', { status: row.status });
    }
    await requeueFailed(tx, actingAs, latest);
  }
  return getInvitations(tx, meetingId, actingAs.principal);
}

/** The latest round, unchanged, goes to seat holders it has not been written to yet. */
async function addMissingRecipients(
  tx: Database,
  actingAs: ActingAs,
  loaded: { meeting: InvitationMeeting; bodyId: string },
  latest: RoundPayload,
) {
  const written = new Set(
    (
      await tx
        .select({ personId: meetingInvitations.personId })
        .from(meetingInvitations)
        .where(
          and(eq(meetingInvitations.meetingId, latest.meetingId), eq(meetingInvitations.round, latest.round)),
        )
        .for('update')
    ).map((entry) => entry.personId),
  );
  const missing = (await seatHoldersOn(tx, loaded.bodyId, meetingDate(loaded.meeting))).filter(
    (holder) => !written.has(holder.personId),
  );
  if (missing.length === 0) throw new ConflictError('governance.invitations_unchanged');
  const job = await enqueueJob(tx, {
    kind: MEETING_INVITATIONS_JOB,
    payload: { ...latest },
    createdBy: actingAs.actor,
    userId: actingAs.principal?.userId ?? null,
  });
  await tx.insert(meetingInvitations).values(
    missing.map((holder) => ({
      meetingId: latest.meetingId,
      personId: holder.personId,
      round: latest.round,
      email: holder.email?.trim() || null,
      status: initialInvitationStatus(holder.email),
      jobId: job.id,
    })),
  );
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'meeting_invitations',
    entityId: latest.meetingId,
    after: { round: latest.round, method: latest.method, recipients: missing.length, jobId: job.id },
  });
}

/** The latest round's failed invitations (and those now with an address) go back to the queue. */
async function requeueFailed(tx: Database, actingAs: ActingAs, latest: RoundPayload) {
  const rows = await tx
    .select({
      id: meetingInvitations.id,
      status: meetingInvitations.status,
      email: meetingInvitations.email,
      personEmail: people.email,
    })
    .from(meetingInvitations)
    .innerJoin(people, eq(people.id, meetingInvitations.personId))
    .where(
      and(
        eq(meetingInvitations.meetingId, latest.meetingId),
        eq(meetingInvitations.round, latest.round),
        inArray(meetingInvitations.status, ['failed', 'no_address']),
      ),
    )
    .for('update', { of: meetingInvitations });
  // A cancellation goes to the address the invitation reached; an invitation to the person's address now.
  const again = rows
    .map((entry) => ({
      ...entry,
      address: (latest.method === 'cancel' ? entry.email : entry.personEmail)?.trim() || null,
    }))
    .filter((entry) => initialInvitationStatus(entry.address) === 'queued');
  if (again.length === 0) throw new ConflictError('governance.invitations_none_failed');
  const job = await enqueueJob(tx, {
    kind: MEETING_INVITATIONS_JOB,
    payload: { ...latest },
    createdBy: actingAs.actor,
    userId: actingAs.principal?.userId ?? null,
  });
  for (const entry of again) {
    const to = assertInvitationTransition(entry.status, 'retry');
    await tx
      .update(meetingInvitations)
      .set({ status: to, email: entry.address, attempts: 0, jobId: job.id, updatedAt: sql`now()` })
      .where(and(eq(meetingInvitations.id, entry.id), eq(meetingInvitations.status, entry.status)));
  }
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'meeting_invitations',
    entityId: latest.meetingId,
    after: { round: latest.round, method: latest.method, requeued: again.length, jobId: job.id },
  });
}

// ——— What the secretariat sees ———

async function roundTotals(db: Database, meetingId: string) {
  const rows = await db
    .select({ round: meetingInvitations.round, status: meetingInvitations.status })
    .from(meetingInvitations)
    .where(eq(meetingInvitations.meetingId, meetingId));
  const byRound = new Map<number, InvitationStatus[]>();
  for (const row of rows) byRound.set(row.round, [...(byRound.get(row.round) ?? []), row.status]);
  return [...byRound.entries()]
    .sort(([a], [b]) => a - b)
    .map(([round, statuses]) => ({ round, totals: invitationTotals(statuses) }));
}

/**
 * The delivery state of a meeting's invitations: the latest round, each recipient's state (name,
 * status, attempts, last error, when sent), its totals, and every round's totals. For the body's
 * network secretariat (and platform admins) only.
 */
export async function getInvitations(db: Database, meetingId: string, principal?: Principal | null) {
  const [row] = await db
    .select({ id: meetings.id, bodyId: meetings.bodyId })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!row) throw new NotFoundError('governance.meeting_not_found', { id: meetingId });
  if (!(await managesBody(db, principal, row.bodyId))) throw new ForbiddenError('access.forbidden');
  const latest = await latestRound(db, meetingId);
  const recipients = latest
    ? await db
        .select({
          personId: meetingInvitations.personId,
          name: people.name,
          status: meetingInvitations.status,
          attempts: meetingInvitations.attempts,
          lastError: meetingInvitations.lastError,
          sentAt: meetingInvitations.sentAt,
          jobId: meetingInvitations.jobId,
        })
        .from(meetingInvitations)
        .innerJoin(people, eq(people.id, meetingInvitations.personId))
        .where(and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.round, latest.round)))
        .orderBy(asc(people.name), asc(meetingInvitations.personId))
    : [];
  const rounds = await roundTotals(db, meetingId);
  const jobIds = [...new Set(recipients.flatMap((entry) => (entry.jobId ? [entry.jobId] : [])))];
  const [newestJob] =
    jobIds.length === 0
      ? []
      : await db
          .select({ id: jobs.id })
          .from(jobs)
          .where(inArray(jobs.id, jobIds))
          .orderBy(sql`${jobs.createdAt} DESC`, sql`${jobs.id} DESC`)
          .limit(1);
  return {
    meetingId,
    round: latest?.round ?? null,
    method: latest?.method ?? null,
    jobId: newestJob?.id ?? null,
    totals: invitationTotals(recipients.map((entry) => entry.status)),
    recipients: recipients.map(({ jobId: _job, sentAt, ...entry }) => ({
      ...entry,
      sentAt: sentAt ? sentAt.toISOString() : null,
    })),
    rounds,
  };
}

/** The latest round's totals, for the meeting's answer to those who manage its body; null for others. */
export async function invitationSummaryFor(
  db: Database,
  meeting: { id: string; bodyId: string },
  principal?: Principal | null,
): Promise<(InvitationTotals & { round: number | null; method: InvitationMethod | null }) | null> {
  if (!(await managesBody(db, principal, meeting.bodyId))) return null;
  const latest = await latestRound(db, meeting.id);
  const statuses = latest
    ? (
        await db
          .select({ status: meetingInvitations.status })
          .from(meetingInvitations)
          .where(
            and(eq(meetingInvitations.meetingId, meeting.id), eq(meetingInvitations.round, latest.round)),
          )
      ).map((entry) => entry.status)
    : [];
  return { ...invitationTotals(statuses), round: latest?.round ?? null, method: latest?.method ?? null };
}

// ——— Sending: the job's handler ———

export interface InvitationSenderOptions {
  mailer: Mailer;
  /** Where people reach Jumelage, for the meeting's page in the email. */
  publicUrl: string;
  /** Attempts per invitation before it is given up (default 5). */
  maxAttempts?: number;
  /** Pauses between passes over invitations that failed (the last repeats). */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS_MS = [2_000, 10_000, 30_000, 60_000];

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    function stop() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Takes one waiting invitation of the round for this job: queued → sending, attempts + 1. `FOR UPDATE
 * SKIP LOCKED` gives each to one claimer; the guard on its status makes a second claim of it find
 * nothing. An invitation superseded by a later round, or of a meeting no longer convened (for a
 * call to it), is not taken.
 */
async function claimInvitation(db: Database, job: Job, payload: RoundPayload, tried: readonly string[]) {
  const from: InvitationStatus = 'queued';
  const to = assertInvitationTransition(from, 'claim');
  const [claimed] = await selectRows<{ id: string }>(
    db,
    sql`UPDATE meeting_invitations SET status = ${to}, attempts = attempts + 1, job_id = ${job.id},
               updated_at = now()
        WHERE status = ${from} AND id = (
          SELECT candidate.id FROM meeting_invitations candidate
          WHERE candidate.meeting_id = ${payload.meetingId} AND candidate.round = ${payload.round}
            AND candidate.status = ${from}
            AND NOT (candidate.id = ANY(${sql.param([...tried])}::uuid[]))
            AND NOT EXISTS (SELECT 1 FROM meeting_invitations later
                            WHERE later.meeting_id = candidate.meeting_id AND later.round > candidate.round)
            AND (${payload.method === 'cancel'} OR EXISTS (SELECT 1 FROM meetings
                 WHERE meetings.id = candidate.meeting_id AND meetings.status = 'convened'))
          ORDER BY candidate.created_at, candidate.id
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
        RETURNING id`,
  );
  if (!claimed) return null;
  const [row] = await db
    .select({
      id: meetingInvitations.id,
      email: meetingInvitations.email,
      attempts: meetingInvitations.attempts,
      name: people.name,
      names: people.names,
      accountLanguage: users.language,
    })
    .from(meetingInvitations)
    .innerJoin(people, eq(people.id, meetingInvitations.personId))
    .leftJoin(users, eq(users.personId, meetingInvitations.personId))
    .where(eq(meetingInvitations.id, claimed.id));
  return row ?? null;
}

/** Ends an attempt this job holds (sending): sent, back to the queue, or given up. */
async function settle(
  db: Database,
  id: string,
  action: 'deliver' | 'retry' | 'give_up',
  fields: { messageId?: string | null; lastError?: string | null },
) {
  const from: InvitationStatus = 'sending';
  const to = assertInvitationTransition(from, action);
  await db
    .update(meetingInvitations)
    .set({
      status: to,
      ...(action === 'deliver'
        ? { messageId: fields.messageId ?? null, sentAt: sql`now()`, lastError: null }
        : { lastError: (fields.lastError ?? '').slice(0, 1000) }),
      updatedAt: sql`now()`,
    })
    .where(and(eq(meetingInvitations.id, id), eq(meetingInvitations.status, from)));
}

async function progressOf(db: Database, payload: RoundPayload) {
  const rows = await db
    .select({ status: meetingInvitations.status })
    .from(meetingInvitations)
    .where(
      and(eq(meetingInvitations.meetingId, payload.meetingId), eq(meetingInvitations.round, payload.round)),
    );
  return invitationTotals(rows.map((row) => row.status));
}

function reportProgress(context: JobContext, totals: InvitationTotals) {
  context.progress({
    phase: 'sending',
    done: totals.sent + totals.failed + totals.noAddress,
    total: totals.total,
  });
}

const INTERRUPTED =
  'the sending was interrupted (its worker stopped): it may or may not have reached them; send it again if needed';
const NOT_CONFIGURED = 'no SMTP server is set (SMTP_URL): the email was written to the log, not sent';

/**
 * The job that sends one round: every waiting invitation of the round in turn, each claimed first;
 * after a pass, those that failed are tried again after a pause (longer each time), until none waits.
 */
export function meetingInvitationsHandler(options: InvitationSenderOptions): JobHandler {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_INVITATION_ATTEMPTS;
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const publicUrl = options.publicUrl.replace(/\/$/, '');
  return async (job, context) => {
    const { db, signal } = context;
    const payload = payloadOf(job);
    // A run of this job that stopped while sending leaves its invitations in doubt: given up, to be sent again by hand.
    const left = await db
      .select({ id: meetingInvitations.id })
      .from(meetingInvitations)
      .where(and(eq(meetingInvitations.jobId, job.id), eq(meetingInvitations.status, 'sending')));
    for (const entry of left) await settle(db, entry.id, 'give_up', { lastError: INTERRUPTED });
    const loaded = await invitationMeeting(db, payload.meetingId);
    if (!loaded) return { round: payload.round, method: payload.method, sent: 0, meetingGone: true };
    const organizer = addressOf(options.mailer.from);
    const pageUrl = `${publicUrl}/workspace/meetings/${payload.meetingId}`;
    let sentHere = 0;
    for (let pass = 0; ; pass++) {
      const tried: string[] = [];
      reportProgress(context, await progressOf(db, payload));
      for (;;) {
        if (signal.aborted) throw signal.reason;
        const invitation = await claimInvitation(db, job, payload, tried);
        if (!invitation) break;
        tried.push(invitation.id);
        const language = invitationLanguage(
          invitation.accountLanguage,
          loaded.meeting.networkName,
          loaded.meeting.bodyName,
        );
        const name = pickLocalized(invitation.names, language, []) ?? invitation.name;
        const email = invitation.email ?? '';
        try {
          const receipt = await options.mailer.send(
            invitationMail(loaded.meeting, {
              method: payload.method,
              round: payload.round,
              sequence: payload.round,
              language,
              pageUrl,
              organizer,
              attendee: { name, email },
              to: email,
            }),
          );
          if (receipt && !receipt.delivered) {
            await settle(db, invitation.id, 'give_up', { lastError: NOT_CONFIGURED });
          } else {
            await settle(db, invitation.id, 'deliver', { messageId: receipt?.messageId ?? null });
            sentHere += 1;
          }
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await settle(db, invitation.id, afterFailedAttempt(invitation.attempts, maxAttempts), {
            lastError: message,
          });
        }
        reportProgress(context, await progressOf(db, payload));
      }
      // Those that failed this pass wait in the queue; none waiting (or all superseded): done.
      const waiting = await claimable(db, payload);
      if (waiting === 0) break;
      await pause(retryDelay(pass, delays), signal);
    }
    const totals = await progressOf(db, payload);
    reportProgress(context, totals);
    return { round: payload.round, method: payload.method, sentByThisJob: sentHere, ...totals };
  };
}

/** How many of the round's invitations still wait to be claimed (not superseded, meeting still on). */
async function claimable(db: Database, payload: RoundPayload): Promise<number> {
  const [row] = await selectRows<{ count: string | number }>(
    db,
    sql`SELECT count(*) AS count FROM meeting_invitations candidate
        WHERE candidate.meeting_id = ${payload.meetingId} AND candidate.round = ${payload.round}
          AND candidate.status = 'queued'
          AND NOT EXISTS (SELECT 1 FROM meeting_invitations later
                          WHERE later.meeting_id = candidate.meeting_id AND later.round > candidate.round)
          AND (${payload.method === 'cancel'} OR EXISTS (SELECT 1 FROM meetings
               WHERE meetings.id = candidate.meeting_id AND meetings.status = 'convened'))`,
  );
  return Number(row?.count ?? 0);
}
