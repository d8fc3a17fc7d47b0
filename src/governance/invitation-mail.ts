/**
 * A meeting invitation as its recipient receives it: the email in their language (title, date and
 * time in the meeting's zone, place or link, the agenda) and its calendar file (RFC 5545/5546,
 * METHOD:REQUEST or CANCEL, one stable UID per meeting, SEQUENCE the round), written with
 * ical-generator as the calendar feed is. Plain functions, no I/O.
 */
import { createHash } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { meetingUid } from '../calendar/feed.ts';
import type { Mail } from '../mail/mailer.ts';
import { wallClock } from '../shared/dates.ts';
import { DEFAULT_UI_LANGUAGE, isUiLanguage, type UiLanguage } from '../shared/languages.ts';
import { type LocalizedText, pickLocalized } from '../shared/localized.ts';
import type { InvitationMethod } from './invitation-rules.ts';
import type { MeetingMode } from './lifecycle.ts';

/** What an invitation says of its meeting, read once per round. */
export interface InvitationMeeting {
  id: string;
  title: LocalizedText;
  mode: MeetingMode;
  startsAt: Date;
  endsAt: Date | null;
  timezone: string;
  place: string | null;
  url: string | null;
  bodyName: LocalizedText;
  networkName: LocalizedText | null;
  agenda: ReadonlyArray<{ title: LocalizedText; text: LocalizedText }>;
}

/**
 * The language an invitation is written in: the recipient's account's, else the language the
 * network's name (or the body's) is first written in, else English.
 */
export function invitationLanguage(
  accountLanguage: string | null | undefined,
  networkName: LocalizedText | null,
  bodyName: LocalizedText,
): UiLanguage {
  if (isUiLanguage(accountLanguage)) return accountLanguage;
  for (const name of [networkName, bodyName]) {
    const first = name ? Object.keys(name).find((key) => Boolean(name[key])) : undefined;
    if (isUiLanguage(first)) return first;
  }
  return DEFAULT_UI_LANGUAGE;
}

/**
 * What the recipients are told, summed up: a new round is sent only when this changed. Covers every
 * field an invitation shows, the agenda included.
 */
export function invitationFingerprint(meeting: InvitationMeeting): string {
  const shown = {
    title: meeting.title,
    mode: meeting.mode,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt ? meeting.endsAt.toISOString() : null,
    timezone: meeting.timezone,
    place: meeting.place,
    url: meeting.url,
    agenda: meeting.agenda.map((item) => [item.title, item.text]),
  };
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 32);
}

/** The meeting's date in its own zone (`YYYY-MM-DD`): the day whose seat holders are invited. */
export function meetingDate(meeting: { startsAt: Date; timezone: string }): string {
  return wallClock(meeting.startsAt, meeting.timezone).slice(0, 10);
}

/** The date and time of the meeting as its reader says them, in the meeting's zone. */
export function meetingWhen(
  meeting: Pick<InvitationMeeting, 'startsAt' | 'endsAt' | 'timezone'>,
  language: string,
) {
  const format = new Intl.DateTimeFormat(language, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: meeting.timezone,
  });
  const start = format.format(meeting.startsAt);
  if (!meeting.endsAt) return start;
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: meeting.timezone });
  const sameDay =
    meetingDate(meeting) === meetingDate({ startsAt: meeting.endsAt, timezone: meeting.timezone });
  return `${start} – ${sameDay ? time.format(meeting.endsAt) : format.format(meeting.endsAt)}`;
}

/** An address out of a sender such as `Jumelage <no-reply@example.org>`. */
export function addressOf(sender: string | undefined): { name: string; email: string } | null {
  if (!sender) return null;
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+@[^<>\s]+)>\s*$/.exec(sender);
  if (match) return { name: match[1]?.trim() || match[2]!, email: match[2]! };
  return /^[^\s@]+@[^\s@]+$/.test(sender.trim()) ? { name: sender.trim(), email: sender.trim() } : null;
}

export interface IcsOptions {
  method: InvitationMethod;
  /** SEQUENCE: the round, so that every later round (an update, the cancellation) supersedes the earlier. */
  sequence: number;
  language: UiLanguage;
  pageUrl: string;
  organizer: { name: string; email: string } | null;
  attendee: { name: string; email: string };
}

function text(value: LocalizedText, language: string): string {
  return pickLocalized(value, language) ?? '';
}

function agendaLines(meeting: InvitationMeeting, language: string): string[] {
  return meeting.agenda.flatMap((item, index) => {
    const detail = text(item.text, language);
    return [`${index + 1}. ${text(item.title, language)}`, ...(detail ? [`   ${detail}`] : [])];
  });
}

/**
 * The calendar file of one invitation: a VEVENT with the meeting's UID and the round as SEQUENCE,
 * its times in the meeting's zone (TZID, with the VTIMEZONE), REQUEST or CANCEL (STATUS:CANCELLED).
 */
export function meetingIcs(meeting: InvitationMeeting, options: IcsOptions): string {
  const calendar = ical({
    prodId: { company: 'Jumelage', product: 'Jumelage', language: options.language.toUpperCase() },
    method: options.method === 'cancel' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  const zoned = meeting.timezone !== 'UTC';
  // In a zone, wall-clock times written as given with TZID; in UTC, the instants themselves.
  const at = (instant: Date) => (zoned ? wallClock(instant, meeting.timezone) : instant);
  const agenda = agendaLines(meeting, options.language);
  calendar.createEvent({
    id: meetingUid(meeting.id),
    sequence: options.sequence,
    start: at(meeting.startsAt),
    end: meeting.endsAt ? at(meeting.endsAt) : null,
    ...(zoned ? { timezone: meeting.timezone } : {}),
    summary: text(meeting.title, options.language),
    description: [...agenda, '', options.pageUrl].join('\n').trim(),
    location: meeting.place ?? meeting.url,
    url: meeting.url ?? options.pageUrl,
    status: options.method === 'cancel' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: options.organizer,
    attendees: [
      {
        name: options.attendee.name,
        email: options.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: false,
      },
    ],
  });
  return calendar.toString();
}

interface Words {
  subject: (kind: 'first' | 'update' | 'cancel', title: string, when: string) => string;
  greeting: (name: string) => string;
  lead: (kind: 'first' | 'update' | 'cancel', title: string, body: string) => string;
  when: string;
  where: string;
  online: string;
  agenda: string;
  calendar: (kind: 'request' | 'cancel') => string;
  page: string;
}

const WORDS: Record<UiLanguage, Words> = {
  en: {
    subject: (kind, title, when) =>
      `${kind === 'cancel' ? 'Cancelled' : kind === 'update' ? 'Updated invitation' : 'Invitation'}: ${title} — ${when}`,
    greeting: (name) => `Hello ${name},`,
    lead: (kind, title, body) =>
      kind === 'cancel'
        ? `The meeting “${title}” of ${body} is cancelled.`
        : kind === 'update'
          ? `The meeting “${title}” of ${body}, to which you are invited, has changed. Here it is as it now stands.`
          : `You are invited to the meeting “${title}” of ${body}.`,
    when: 'When',
    where: 'Where',
    online: 'Online',
    agenda: 'Agenda',
    calendar: (kind) =>
      kind === 'cancel'
        ? 'The attached calendar file (invitation.ics) removes it from your calendar.'
        : 'The attached calendar file (invitation.ics) adds it to your calendar.',
    page: 'The meeting’s page',
  },
  fr: {
    subject: (kind, title, when) =>
      `${kind === 'cancel' ? 'Annulation' : kind === 'update' ? 'Convocation modifiée' : 'Convocation'} : ${title} — ${when}`,
    greeting: (name) => `Bonjour ${name},`,
    lead: (kind, title, body) =>
      kind === 'cancel'
        ? `La réunion « ${title} » de ${body} est annulée.`
        : kind === 'update'
          ? `La réunion « ${title} » de ${body}, à laquelle vous êtes convoqué·e, a changé. La voici telle qu’elle est désormais.`
          : `Vous êtes convoqué·e à la réunion « ${title} » de ${body}.`,
    when: 'Quand',
    where: 'Où',
    online: 'En ligne',
    agenda: 'Ordre du jour',
    calendar: (kind) =>
      kind === 'cancel'
        ? 'Le fichier de calendrier joint (invitation.ics) la retire de votre agenda.'
        : 'Le fichier de calendrier joint (invitation.ics) l’ajoute à votre agenda.',
    page: 'La page de la réunion',
  },
  ar: {
    subject: (kind, title, when) =>
      `${kind === 'cancel' ? 'إلغاء' : kind === 'update' ? 'دعوة معدَّلة' : 'دعوة'}: ${title} — ${when}`,
    greeting: (name) => `مرحبًا ${name}،`,
    lead: (kind, title, body) =>
      kind === 'cancel'
        ? `أُلغي اجتماع «${title}» لـ${body}.`
        : kind === 'update'
          ? `تغيّر اجتماع «${title}» لـ${body} الذي دُعيت إليه. هذه صيغته الحالية.`
          : `أنت مدعو إلى اجتماع «${title}» لـ${body}.`,
    when: 'الموعد',
    where: 'المكان',
    online: 'عبر الإنترنت',
    agenda: 'جدول الأعمال',
    calendar: (kind) =>
      kind === 'cancel'
        ? 'ملف التقويم المرفق (invitation.ics) يحذفه من تقويمك.'
        : 'ملف التقويم المرفق (invitation.ics) يضيفه إلى تقويمك.',
    page: 'صفحة الاجتماع',
  },
};

/**
 * The email of one invitation, with its calendar file attached. `round` 1 is the first call; a later
 * round of a request says the meeting changed.
 */
export function invitationMail(
  meeting: InvitationMeeting,
  options: IcsOptions & { to: string; round: number },
): Mail {
  const language = options.language;
  const words = WORDS[language];
  const kind = options.method === 'cancel' ? 'cancel' : options.round > 1 ? 'update' : 'first';
  const title = text(meeting.title, language);
  const bodyName = [
    text(meeting.bodyName, language),
    meeting.networkName ? text(meeting.networkName, language) : '',
  ]
    .filter(Boolean)
    .join(' — ');
  const when = meetingWhen(meeting, language);
  const lines = [
    words.greeting(options.attendee.name),
    '',
    words.lead(kind, title, bodyName),
    '',
    `${words.when}: ${when} (${meeting.timezone})`,
    ...(meeting.place ? [`${words.where}: ${meeting.place}`] : []),
    ...(meeting.url ? [`${words.online}: ${meeting.url}`] : []),
  ];
  const agenda = agendaLines(meeting, language);
  if (agenda.length > 0 && kind !== 'cancel') lines.push('', `${words.agenda}:`, ...agenda);
  lines.push('', words.calendar(options.method), `${words.page}: ${options.pageUrl}`, '');
  return {
    to: options.to,
    subject: words.subject(kind, title, when),
    text: lines.join('\n'),
    language,
    kind: options.method === 'cancel' ? 'meeting-cancellation' : 'meeting-invitation',
    link: options.pageUrl,
    attachments: [
      {
        filename: 'invitation.ics',
        content: meetingIcs(meeting, options),
        contentType: `text/calendar; charset=utf-8; method=${options.method === 'cancel' ? 'CANCEL' : 'REQUEST'}`,
      },
    ],
  };
}
