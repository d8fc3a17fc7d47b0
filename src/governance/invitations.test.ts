import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingUid } from '../calendar/feed.ts';
import { wallClock } from '../shared/dates.ts';
import {
  addressOf,
  type InvitationMeeting,
  invitationFingerprint,
  invitationLanguage,
  invitationMail,
  meetingDate,
  meetingIcs,
} from './invitation-mail.ts';
import {
  afterFailedAttempt,
  assertInvitationTransition,
  INVITATION_STATUSES,
  INVITATION_TRANSITIONS,
  initialInvitationStatus,
  invitationStatusesFor,
  invitationTotals,
  reachedBy,
  retryDelay,
  roundSettled,
} from './invitation-rules.ts';

describe('an invitation’s delivery', () => {
  it('moves only through its table: claimed, then sent, back to the queue, or given up', () => {
    expect(assertInvitationTransition('queued', 'claim')).toBe('sending');
    expect(assertInvitationTransition('sending', 'deliver')).toBe('sent');
    expect(assertInvitationTransition('sending', 'retry')).toBe('queued');
    expect(assertInvitationTransition('sending', 'give_up')).toBe('failed');
    expect(assertInvitationTransition('failed', 'retry')).toBe('queued');
    expect(assertInvitationTransition('no_address', 'retry')).toBe('queued');
    for (const [from, action] of [
      ['sent', 'claim'],
      ['sent', 'retry'],
      ['sending', 'claim'],
      ['queued', 'deliver'],
      ['no_address', 'claim'],
      ['failed', 'claim'],
    ] as const) {
      expect(() => assertInvitationTransition(from, action), `${from} ${action}`).toThrow(
        expect.objectContaining({ code: 'governance.invitation_transition_not_allowed' }),
      );
    }
  });

  it('guards each update with the statuses its action is taken from', () => {
    expect(invitationStatusesFor('claim')).toEqual(['queued']);
    expect(invitationStatusesFor('deliver')).toEqual(['sending']);
    expect(invitationStatusesFor('retry')).toEqual(['sending', 'failed', 'no_address']);
    expect(invitationStatusesFor('give_up')).toEqual(['sending']);
    // Sent is final: nothing sends it again.
    expect(Object.keys(INVITATION_TRANSITIONS.sent)).toEqual([]);
    expect(INVITATION_STATUSES.filter((status) => invitationStatusesFor('claim').includes(status))).toEqual([
      'queued',
    ]);
  });

  it('goes back to the queue after a failed attempt until its attempts run out', () => {
    expect(afterFailedAttempt(1, 3)).toBe('retry');
    expect(afterFailedAttempt(2, 3)).toBe('retry');
    expect(afterFailedAttempt(3, 3)).toBe('give_up');
    expect(afterFailedAttempt(1, 1)).toBe('give_up');
  });

  it('waits longer between passes, the last delay repeating', () => {
    const delays = [1_000, 5_000, 15_000];
    expect([0, 1, 2, 3, 9].map((pass) => retryDelay(pass, delays))).toEqual([
      1_000, 5_000, 15_000, 15_000, 15_000,
    ]);
    expect(retryDelay(4, [])).toBe(0);
  });

  it('counts a round and knows when it is over', () => {
    const totals = invitationTotals(['sent', 'sent', 'queued', 'no_address', 'failed', 'sending']);
    expect(totals).toEqual({ total: 6, queued: 1, sending: 1, sent: 2, failed: 1, noAddress: 1 });
    expect(roundSettled(totals)).toBe(false);
    expect(roundSettled(invitationTotals(['sent', 'failed', 'no_address']))).toBe(true);
  });

  it('is queued only with an address, and a cancellation goes to those it reached', () => {
    expect(initialInvitationStatus('a@example.org')).toBe('queued');
    expect(initialInvitationStatus(null)).toBe('no_address');
    expect(initialInvitationStatus('  ')).toBe('no_address');
    expect(INVITATION_STATUSES.filter(reachedBy)).toEqual(['sending', 'sent']);
  });
});

const meeting: InvitationMeeting = {
  id: '6f1d1c3e-4e7a-4c61-9d11-2b7e0c9a0001',
  title: { fr: 'Conseil de coordination', ar: 'مجلس التنسيق', en: 'Coordination Council' },
  mode: 'hybrid',
  // 10:00 in Paris (summer time, UTC+2).
  startsAt: new Date('2026-06-15T08:00:00Z'),
  endsAt: new Date('2026-06-15T10:30:00Z'),
  timezone: 'Europe/Paris',
  place: 'Hôtel de ville, Ivry-sur-Seine',
  url: 'https://meet.example.org/council',
  bodyName: { fr: 'Conseil de coordination' },
  networkName: { fr: 'Club de Smara' },
  agenda: [
    { title: { fr: 'Admission de Tombouctou', en: 'Admitting Timbuktu' }, text: { en: 'Vote on it' } },
    { title: { ar: 'ما يستجد من أعمال' }, text: {} },
  ],
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const component = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, component, event: new ICAL.Event(component) };
}

describe('an invitation’s calendar file', () => {
  const options = {
    method: 'request' as const,
    sequence: 1,
    language: 'en' as const,
    pageUrl: 'https://jumelage.example.org/workspace/meetings/x',
    organizer: { name: 'Jumelage', email: 'no-reply@jumelage.example.org' },
    attendee: { name: 'Aminetou Haidar', email: 'aminetou@smara.example' },
  };

  it('is a REQUEST with the meeting’s UID, the round as SEQUENCE, and its times in its zone', () => {
    const { calendar, component, event } = parse(meetingIcs(meeting, options));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(meetingUid(meeting.id));
    expect(event.sequence).toBe(1);
    expect(component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Paris');
    expect(event.startDate.toString()).toBe('2026-06-15T10:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-06-15T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-06-15T10:30:00.000Z');
    expect(
      calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    ).toEqual(['Europe/Paris']);
    expect(event.summary).toBe('Coordination Council');
    expect(event.description).toContain('1. Admitting Timbuktu');
    expect(event.description).toContain('2. ما يستجد من أعمال');
    expect(event.location).toBe('Hôtel de ville, Ivry-sur-Seine');
    expect(String(component.getFirstPropertyValue('organizer')).toLowerCase()).toBe(
      'mailto:no-reply@jumelage.example.org',
    );
    expect(String(component.getFirstPropertyValue('attendee')).toLowerCase()).toBe(
      'mailto:aminetou@smara.example',
    );
  });

  it('cancels with METHOD:CANCEL, the same UID and a higher SEQUENCE', () => {
    const first = parse(meetingIcs(meeting, options));
    const cancelled = parse(meetingIcs(meeting, { ...options, method: 'cancel', sequence: 2 }));
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.event.uid).toBe(first.event.uid);
    expect(cancelled.event.sequence).toBeGreaterThan(first.event.sequence);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes a meeting in UTC as instants', () => {
    const { component, event } = parse(meetingIcs({ ...meeting, timezone: 'UTC' }, options));
    expect(component.getFirstProperty('dtstart')!.getParameter('tzid')).toBeUndefined();
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-06-15T08:00:00.000Z');
  });
});

describe('an invitation’s email', () => {
  const base = {
    method: 'request' as const,
    sequence: 1,
    pageUrl: 'https://jumelage.example.org/workspace/meetings/x',
    organizer: null,
    attendee: { name: 'Aminetou Haidar', email: 'aminetou@smara.example' },
    to: 'aminetou@smara.example',
    round: 1,
  };

  it('is written in the recipient’s language, with the time in the meeting’s zone and the agenda', () => {
    const mail = invitationMail(meeting, { ...base, language: 'fr' });
    expect(mail.language).toBe('fr');
    expect(mail.subject).toContain('Convocation : Conseil de coordination');
    expect(mail.subject).toContain('15 juin 2026');
    expect(mail.text).toContain('Bonjour Aminetou Haidar,');
    expect(mail.text).toMatch(/10:00/);
    expect(mail.text).toContain('(Europe/Paris)');
    expect(mail.text).toContain('Où: Hôtel de ville, Ivry-sur-Seine');
    expect(mail.text).toContain('En ligne: https://meet.example.org/council');
    expect(mail.text).toContain('1. Admission de Tombouctou');
    expect(mail.attachments?.[0]).toMatchObject({
      filename: 'invitation.ics',
      contentType: 'text/calendar; charset=utf-8; method=REQUEST',
    });
    const arabic = invitationMail(meeting, { ...base, language: 'ar' });
    expect(arabic.subject).toContain('دعوة: مجلس التنسيق');
    expect(arabic.text).toContain('جدول الأعمال');
  });

  it('says a later round is an update, and a cancellation is one', () => {
    expect(invitationMail(meeting, { ...base, language: 'en', round: 2 }).subject).toMatch(
      /^Updated invitation: Coordination Council/,
    );
    const cancelled = invitationMail(meeting, { ...base, language: 'en', method: 'cancel', round: 3 });
    expect(cancelled.subject).toMatch(/^Cancelled: Coordination Council/);
    expect(cancelled.attachments?.[0]?.contentType).toContain('method=CANCEL');
  });
});

describe('what an invitation is written from', () => {
  it('chooses the account’s language, else the network’s first, else the body’s, else English', () => {
    expect(invitationLanguage('ar', { fr: 'Club' }, { en: 'Council' })).toBe('ar');
    expect(invitationLanguage(null, { fr: 'Club', en: 'Club' }, { en: 'Council' })).toBe('fr');
    expect(invitationLanguage(null, { es: 'Club' }, { ar: 'المجلس' })).toBe('ar');
    expect(invitationLanguage('de', null, { es: 'Consejo' })).toBe('en');
  });

  it('tells a meeting’s date and wall clock in its zone', () => {
    expect(wallClock(new Date('2026-01-01T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-01-02T08:30:00');
    expect(meetingDate({ startsAt: new Date('2026-01-01T23:30:00Z'), timezone: 'Asia/Tokyo' })).toBe(
      '2026-01-02',
    );
    expect(meetingDate({ startsAt: new Date('2026-01-01T23:30:00Z'), timezone: 'UTC' })).toBe('2026-01-01');
  });

  it('changes its fingerprint when what it shows changes, the agenda included', () => {
    const same = invitationFingerprint({ ...meeting });
    expect(invitationFingerprint(meeting)).toBe(same);
    expect(invitationFingerprint({ ...meeting, place: 'Smara' })).not.toBe(same);
    expect(
      invitationFingerprint({ ...meeting, agenda: [...meeting.agenda, { title: { en: 'More' }, text: {} }] }),
    ).not.toBe(same);
  });

  it('reads the sender’s address', () => {
    expect(addressOf('Jumelage <no-reply@jumelage.example.org>')).toEqual({
      name: 'Jumelage',
      email: 'no-reply@jumelage.example.org',
    });
    expect(addressOf('secretariat@club.example')).toEqual({
      name: 'secretariat@club.example',
      email: 'secretariat@club.example',
    });
    expect(addressOf(undefined)).toBeNull();
    expect(addressOf('nobody')).toBeNull();
  });
});
