import type { AddressInfo } from 'node:net';
import { and, eq, inArray } from 'drizzle-orm';
import ICAL from 'ical.js';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '../../test/helpers/api-client.ts';
import { type As, setUpTestApp } from '../../test/helpers/app.ts';
import { createCity, createNetworkWithCouncil } from '../../test/helpers/fixtures.ts';
import { users } from '../accounts/tables.ts';
import { meetingUid } from '../calendar/feed.ts';
import { enqueueJob, findJob, type Job } from '../jobs/queue.ts';
import { jobs } from '../jobs/tables.ts';
import { type JobWorker, startJobWorker } from '../jobs/worker.ts';
import { createMailer, type Mail, type Mailer } from '../mail/mailer.ts';
import { MEETING_INVITATIONS_JOB, meetingInvitationsHandler } from './invitations.ts';
import { meetingInvitations } from './tables.ts';

/**
 * A real SMTP server in this process that keeps what it accepts and may refuse a recipient: each
 * RCPT TO is counted, and `refuse` says whether to answer it with a temporary failure.
 */
async function startSmtp() {
  const received: ParsedMail[] = [];
  const rcptAttempts = new Map<string, number>();
  const state = {
    refuse: (_address: string, _attempt: number) => false,
    /** A pause before accepting a message, so that two senders overlap. */
    delayMs: 0,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      const attempt = (rcptAttempts.get(to) ?? 0) + 1;
      rcptAttempts.set(to, attempt);
      if (state.refuse(to, attempt)) {
        return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rcptAttempts,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let mailer: Mailer;
// The app sends through the test server, started before it.
const appMailer: Mailer = {
  from: 'Jumelage <no-reply@jumelage.example.org>',
  send: (mail: Mail) => mailer.send(mail),
};
const ctx = setUpTestApp(undefined, { mailer: appMailer, publicUrl: 'https://jumelage.example.org' });

beforeAll(async () => {
  smtp = await startSmtp();
  mailer = createMailer({ smtpUrl: smtp.url, from: 'Jumelage <no-reply@jumelage.example.org>' });
});
afterAll(async () => {
  await smtp?.close();
});

const handler = () =>
  meetingInvitationsHandler({
    mailer: appMailer,
    publicUrl: 'https://jumelage.example.org',
    maxAttempts: 3,
    retryDelaysMs: [20, 40],
  });

function worker(name: string): JobWorker {
  return startJobWorker(ctx.database.db, {
    workerId: name,
    handlers: { [MEETING_INVITATIONS_JOB]: handler() },
    pollMs: 10,
    leaseMs: 10_000,
  });
}

/** Runs workers until every invitation job has finished, then stops them; answers the jobs. */
async function runJobs(workerCount = 1): Promise<Job[]> {
  const workers = Array.from({ length: workerCount }, (_, index) => worker(`worker-${index + 1}`));
  try {
    for (;;) {
      const pending = await ctx.database.db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.kind, MEETING_INVITATIONS_JOB), inArray(jobs.status, ['queued', 'running'])));
      if (pending.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await Promise.all(workers.map((running) => running.stop()));
  }
  return ctx.database.db.select().from(jobs).where(eq(jobs.kind, MEETING_INVITATIONS_JOB));
}

const mailsTo = (address: string) =>
  smtp.received.filter((mail) => {
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    return to.some((entry) => entry.value.some((value) => value.address?.toLowerCase() === address));
  });

function calendarOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((entry) => entry.filename === 'invitation.ics');
  expect(attachment, 'an invitation.ics attachment').toBeDefined();
  expect(attachment!.contentType).toBe('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(attachment!.content.toString('utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const component = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, component, event: new ICAL.Event(component) };
}

interface Invitations {
  round: number | null;
  method: string | null;
  jobId: string | null;
  totals: { total: number; queued: number; sending: number; sent: number; failed: number; noAddress: number };
  recipients: Array<{
    personId: string;
    name: string;
    status: string;
    attempts: number;
    lastError: string | null;
    sentAt: string | null;
  }>;
}

const ids = { network: '', council: '', seatId: '' };
const person: Record<
  'chair' | 'expert' | 'mayor' | 'noAddress' | 'former',
  { id: string; email: string | null }
> = {} as never;
let secretariat: As;
let councilMember: As;
let officer: As;

async function addPerson(name: string, email: string | null, startDate = '2024-01-01', endDate?: string) {
  const created = await expectData(
    ctx.api.POST('/api/people', { body: { name, ...(email ? { email } : {}) } }),
    201,
  );
  const mandate = await ctx.request({
    method: 'POST',
    url: `/api/bodies/${ids.council}/mandates`,
    payload: { seatId: ids.seatId, personId: created.id, startDate, ...(endDate ? { endDate } : {}) },
  });
  expect(mandate.statusCode, mandate.body).toBe(201);
  return { id: created.id, email };
}

beforeAll(async () => {
  const smara = (await createCity(ctx, 'Smara', 'EH')).id;
  const ivry = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  Object.assign(ids, await createNetworkWithCouncil(ctx, [smara, ivry], 'Club des villes jumelées'));
  const governance = await ctx.request({
    method: 'PUT',
    url: `/api/bodies/${ids.council}/governance`,
    payload: {
      rules: {
        quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
        ordinaryMajority: 'simple',
        specialMajority: 'two_thirds',
        proxiesAllowed: false,
        maxProxiesPerMember: 0,
      },
      seats: [{ category: 'elected_officials', count: 12 }],
    },
  });
  expect(governance.statusCode, governance.body).toBe(200);
  ids.seatId = (governance.data as { seats: Array<{ id: string }> }).seats[0]!.id;
  person.chair = await addPerson('Aminetou Haidar', 'aminetou@smara.example');
  person.expert = await addPerson('Philippe Bouyssou', 'philippe@ivry.example');
  person.mayor = await addPerson('Moulay Brahim', 'moulay@smara.example');
  person.noAddress = await addPerson('Fatimetou Salek', null);
  // A mandate that ended before the meetings: not invited.
  person.former = await addPerson('Ahmed Baba', 'ahmed@timbuktu.example', '2020-01-01', '2023-12-31');
  // Aminetou has an account, in Arabic: her invitations are written in Arabic.
  const account = await ctx.signInAs([]);
  const me = await ctx.apiAs(account).GET('/api/auth/me');
  await ctx.database.db
    .update(users)
    .set({ language: 'ar', personId: person.chair.id })
    .where(eq(users.id, me.data!.user.id));
  secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
  councilMember = await ctx.signInAs([{ role: 'council_member', scopeId: ids.council }]);
  officer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: smara }]);
});

async function meetingOfCouncil(startsAt: string, title = 'Coordination Council') {
  const created = await ctx.request({
    as: secretariat,
    method: 'POST',
    url: `/api/bodies/${ids.council}/meetings`,
    payload: {
      title: { en: title, fr: 'Conseil de coordination', ar: 'مجلس التنسيق' },
      mode: 'hybrid',
      startsAt,
      timezone: 'Africa/Casablanca',
      place: 'Smara, salle du conseil',
      url: 'https://meet.example.org/council',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.data as { id: string }).id;
  const item = await ctx.request({
    as: secretariat,
    method: 'POST',
    url: `/api/meetings/${id}/agenda-items`,
    payload: {
      title: { en: 'Admission of Timbuktu', fr: 'Admission de Tombouctou', ar: 'قبول تمبكتو' },
      text: { en: 'Its application of March' },
    },
  });
  expect(item.statusCode, item.body).toBe(201);
  return id;
}

const transition = (id: string, action: string) =>
  ctx.request({
    as: secretariat,
    method: 'POST',
    url: `/api/meetings/${id}/transitions`,
    payload: { action },
  });
const invitationsOf = async (id: string, as: As = secretariat) => {
  const response = await ctx.request({ as, method: 'GET', url: `/api/meetings/${id}/invitations` });
  expect(response.statusCode, response.body).toBe(200);
  return response.data as Invitations;
};
const sendAgain = (id: string, to: 'everyone' | 'failed', as: As = secretariat) =>
  ctx.request({ as, method: 'POST', url: `/api/meetings/${id}/invitations`, payload: { to } });
const recipient = (view: Invitations, personId: string) =>
  view.recipients.find((entry) => entry.personId === personId);

describe('convening a meeting', () => {
  let meetingId = '';

  beforeAll(async () => {
    smtp.received.length = 0;
    smtp.state.refuse = () => false;
    meetingId = await meetingOfCouncil('2026-06-15T09:00:00Z');
    expect((await transition(meetingId, 'convene')).statusCode).toBe(200);
  });

  it('queues one invitation per seat holder in force on its date, in the same transaction, and a job', async () => {
    const view = await invitationsOf(meetingId);
    expect(view.round).toBe(1);
    expect(view.method).toBe('request');
    expect(view.totals).toMatchObject({ total: 4, queued: 3, noAddress: 1, sent: 0 });
    expect(recipient(view, person.noAddress.id)?.status).toBe('no_address');
    expect(recipient(view, person.former.id)).toBeUndefined();
    const job = await findJob(ctx.database.db, view.jobId!);
    expect(job).toMatchObject({ kind: MEETING_INVITATIONS_JOB, status: 'queued' });
  });

  it('sends one email per seat holder with an address, its calendar file parsed by ical.js', async () => {
    const [job] = await runJobs();
    expect(job).toMatchObject({ status: 'succeeded', done: 4, total: 4 });
    // Progress and result as the job's own route gives them to whoever queued it.
    const asked = await ctx.request({ as: secretariat, method: 'GET', url: `/api/jobs/${job!.id}` });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.data).toMatchObject({ status: 'succeeded', done: 4, total: 4 });
    expect(smtp.received).toHaveLength(3);
    for (const someone of [person.chair, person.expert, person.mayor]) {
      expect(mailsTo(someone.email!)).toHaveLength(1);
    }
    const mail = mailsTo(person.expert.email!)[0]!;
    // No account: the network's name is first written in English.
    expect(mail.subject).toMatch(/^Invitation: Coordination Council — /);
    expect(mail.text).toContain('Hello Philippe Bouyssou,');
    // 09:00 UTC is 10:00 in Casablanca (UTC+1).
    expect(mail.text).toMatch(/10:00 AM \(Africa\/Casablanca\)/);
    expect(mail.text).toContain('Where: Smara, salle du conseil');
    expect(mail.text).toContain('Online: https://meet.example.org/council');
    expect(mail.text).toContain('1. Admission of Timbuktu');
    expect(mail.text).toContain(`https://jumelage.example.org/workspace/meetings/${meetingId}`);
    const { calendar, component, event } = calendarOf(mail);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(meetingUid(meetingId));
    expect(event.sequence).toBe(1);
    expect(component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Africa/Casablanca');
    expect(event.startDate.toString()).toBe('2026-06-15T10:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-06-15T09:00:00.000Z');
    expect(event.description).toContain('Admission of Timbuktu');
    // Her account's language: Arabic.
    const arabic = mailsTo(person.chair.email!)[0]!;
    expect(arabic.subject).toMatch(/^دعوة: مجلس التنسيق/);
    expect(arabic.text).toContain('قبول تمبكتو');
    expect(arabic.headers.get('content-language')).toBe('ar');
  });

  it('shows the secretariat each recipient’s state, and the meeting’s totals to it alone', async () => {
    const view = await invitationsOf(meetingId);
    expect(view.totals).toMatchObject({ total: 4, sent: 3, noAddress: 1, queued: 0, failed: 0 });
    const sent = recipient(view, person.expert.id)!;
    expect(sent).toMatchObject({ name: 'Philippe Bouyssou', status: 'sent', attempts: 1, lastError: null });
    expect(sent.sentAt).not.toBeNull();
    const [row] = await ctx.database.db
      .select({ messageId: meetingInvitations.messageId })
      .from(meetingInvitations)
      .where(
        and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.personId, person.expert.id)),
      );
    expect(row?.messageId).toMatch(/^<.+>$/);
    const asSecretariat = await ctx.request({
      as: secretariat,
      method: 'GET',
      url: `/api/meetings/${meetingId}`,
    });
    expect((asSecretariat.data as { invitations?: unknown }).invitations).toMatchObject({
      round: 1,
      sent: 3,
      noAddress: 1,
    });
    for (const reader of [councilMember, officer, 'public' as const]) {
      const read = await ctx.request({ as: reader, method: 'GET', url: `/api/meetings/${meetingId}` });
      expect(read.statusCode).toBe(200);
      expect(read.data).not.toHaveProperty('invitations');
    }
  });

  it('refuses the delivery state and sending again to anyone but the secretariat', async () => {
    for (const [reader, status] of [
      [councilMember, 403],
      [officer, 403],
      ['public', 401],
    ] as const) {
      const read = await ctx.request({
        as: reader,
        method: 'GET',
        url: `/api/meetings/${meetingId}/invitations`,
      });
      expect(read.statusCode, read.body).toBe(status);
      expect(read.headers['content-type']).toContain('application/problem+json');
      expect((await sendAgain(meetingId, 'everyone', reader)).statusCode).toBe(status);
    }
    const unknown = await ctx.request({
      method: 'GET',
      url: '/api/meetings/00000000-0000-4000-8000-00000000abcd/invitations',
    });
    expect([403, 404]).toContain(unknown.statusCode);
  });

  it('does not send a round already sent again: unchanged, sending again is refused', async () => {
    const before = smtp.received.length;
    const again = await sendAgain(meetingId, 'everyone');
    expect(again.statusCode, again.body).toBe(409);
    expect((again.data as { code: string }).code).toBe('governance.invitations_unchanged');
    expect((await sendAgain(meetingId, 'failed')).statusCode).toBe(409);
    // Convening again is not a step a convened meeting takes.
    expect((await transition(meetingId, 'convene')).statusCode).toBe(409);
    // A job of the round run once more (an instance taking it over) sends nothing.
    const view = await invitationsOf(meetingId);
    await enqueueJob(ctx.database.db, {
      kind: MEETING_INVITATIONS_JOB,
      payload: { meetingId, round: view.round, method: 'request', fingerprint: 'x' },
      createdBy: 'test',
    });
    await runJobs();
    expect(smtp.received.length).toBe(before);
  });

  it('sends a changed meeting again as a new round, to everyone, with a higher SEQUENCE', async () => {
    const added = await ctx.request({
      as: secretariat,
      method: 'POST',
      url: `/api/meetings/${meetingId}/agenda-items`,
      payload: { title: { en: 'Any other business', fr: 'Questions diverses' } },
    });
    expect(added.statusCode, added.body).toBe(201);
    const before = smtp.received.length;
    const again = await sendAgain(meetingId, 'everyone');
    expect(again.statusCode, again.body).toBe(202);
    expect(again.data).toMatchObject({ round: 2, totals: { queued: 3, noAddress: 1 } });
    await runJobs();
    const round2 = smtp.received.slice(before);
    expect(round2).toHaveLength(3);
    const mail = round2.find((entry) => mailsTo(person.expert.email!).includes(entry))!;
    expect(mail.subject).toMatch(/^Updated invitation: Coordination Council/);
    expect(mail.text).toContain('2. Any other business');
    const { event } = calendarOf(mail);
    expect(event.uid).toBe(meetingUid(meetingId));
    expect(event.sequence).toBe(2);
  });

  it('cancels with METHOD:CANCEL and the same UID, to those the invitations reached', async () => {
    const before = smtp.received.length;
    expect((await transition(meetingId, 'cancel')).statusCode).toBe(200);
    const view = await invitationsOf(meetingId);
    expect(view).toMatchObject({ round: 3, method: 'cancel', totals: { total: 3, queued: 3, noAddress: 0 } });
    await runJobs();
    const cancellations = smtp.received.slice(before);
    expect(cancellations).toHaveLength(3);
    for (const mail of cancellations) {
      const { calendar, component, event } = calendarOf(mail);
      expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
      expect(component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(event.uid).toBe(meetingUid(meetingId));
      expect(event.sequence).toBe(3);
    }
    expect(mailsTo(person.expert.email!).at(-1)!.subject).toMatch(/^Cancelled: Coordination Council/);
    expect((await sendAgain(meetingId, 'everyone')).statusCode).toBe(409);
  });
});

describe('delivery', () => {
  it('tries again after the SMTP server refuses: sent once, on the second attempt', async () => {
    smtp.received.length = 0;
    smtp.rcptAttempts.clear();
    smtp.state.refuse = (address, attempt) => address === person.mayor.email && attempt === 1;
    const meetingId = await meetingOfCouncil('2026-07-01T09:00:00Z');
    expect((await transition(meetingId, 'convene')).statusCode).toBe(200);
    await runJobs();
    smtp.state.refuse = () => false;
    expect(mailsTo(person.mayor.email!)).toHaveLength(1);
    expect(smtp.rcptAttempts.get(person.mayor.email!)).toBe(2);
    const view = await invitationsOf(meetingId);
    expect(recipient(view, person.mayor.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(recipient(view, person.expert.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('gives an invitation up after its attempts, then sends it when asked again', async () => {
    smtp.received.length = 0;
    smtp.state.refuse = (address) => address === person.expert.email;
    const meetingId = await meetingOfCouncil('2026-07-08T09:00:00Z');
    expect((await transition(meetingId, 'convene')).statusCode).toBe(200);
    const [job] = (await runJobs()).filter((entry) => entry.payload.meetingId === meetingId);
    expect(job?.status).toBe('succeeded');
    let view = await invitationsOf(meetingId);
    expect(recipient(view, person.expert.id)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(recipient(view, person.expert.id)?.lastError).toMatch(/Mailbox busy/);
    expect(view.totals).toMatchObject({ sent: 2, failed: 1, noAddress: 1 });
    expect(mailsTo(person.expert.email!)).toHaveLength(0);
    smtp.state.refuse = () => false;
    const again = await sendAgain(meetingId, 'failed');
    expect(again.statusCode, again.body).toBe(202);
    expect(again.data).toMatchObject({ round: 1, totals: { queued: 1, sent: 2 } });
    await runJobs();
    view = await invitationsOf(meetingId);
    expect(recipient(view, person.expert.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    // Only the one that failed was sent: the others had theirs already.
    expect(mailsTo(person.expert.email!)).toHaveLength(1);
    expect(mailsTo(person.mayor.email!)).toHaveLength(1);
  });

  it('with two workers at once, each seat holder receives exactly one email', async () => {
    smtp.received.length = 0;
    smtp.state.refuse = () => false;
    smtp.state.delayMs = 15;
    // Many seat holders, so that both workers are sending at once.
    const many = [];
    for (let n = 0; n < 12; n++) many.push(await addPerson(`Member ${n}`, `member${n}@club.example`));
    const meetingId = await meetingOfCouncil('2026-07-15T09:00:00Z');
    expect((await transition(meetingId, 'convene')).statusCode).toBe(200);
    const view = await invitationsOf(meetingId);
    // The same round queued twice (as if an instance took over a job still running elsewhere).
    await enqueueJob(ctx.database.db, {
      kind: MEETING_INVITATIONS_JOB,
      payload: { meetingId, round: view.round, method: 'request', fingerprint: 'copy' },
      createdBy: 'test',
    });
    const finished = (await runJobs(2)).filter((job) => job.payload.meetingId === meetingId);
    smtp.state.delayMs = 0;
    expect(finished.map((job) => job.status)).toEqual(['succeeded', 'succeeded']);
    // Both jobs sent some (the claims really ran at once), and together every one once.
    const sentBy = finished.map((job) => (job.result as { sentByThisJob: number }).sentByThisJob);
    expect(
      sentBy.every((count) => count > 0),
      JSON.stringify(sentBy),
    ).toBe(true);
    expect(sentBy[0]! + sentBy[1]!).toBe(3 + many.length);
    for (const someone of [person.chair, person.expert, person.mayor, ...many]) {
      expect(mailsTo(someone.email!), someone.email!).toHaveLength(1);
    }
    expect(smtp.received).toHaveLength(3 + many.length);
    const after = await invitationsOf(meetingId);
    expect(after.totals).toMatchObject({ sent: 3 + many.length, noAddress: 1, queued: 0, sending: 0 });
    expect(after.recipients.every((entry) => entry.status !== 'sent' || entry.attempts === 1)).toBe(true);
  });

  it('sends nothing of a meeting cancelled before its invitations went, and no cancellation', async () => {
    smtp.received.length = 0;
    const meetingId = await meetingOfCouncil('2026-07-22T09:00:00Z');
    expect((await transition(meetingId, 'convene')).statusCode).toBe(200);
    expect((await transition(meetingId, 'cancel')).statusCode).toBe(200);
    await runJobs();
    expect(smtp.received).toHaveLength(0);
    const view = await invitationsOf(meetingId);
    expect(view).toMatchObject({ round: 1, method: 'request', totals: { queued: 0, sent: 0, noAddress: 1 } });
  });
});
