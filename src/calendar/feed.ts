import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventStatus } from '../events/rules.ts';
import { type LocalizedText, pickLocalized } from '../shared/localized.ts';

/** An event as a calendar feed carries it: what the feed needs, read from the registry. */
export interface FeedEvent {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  purpose: LocalizedText;
  status: EventStatus;
  startDate: string;
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  timezone: string | null;
  location: string | null;
  version: number;
  /** An event of the registry, or a meeting of a network's body. */
  kind: 'event' | 'meeting';
}

/** The day after an ISO date: an all-day event's DTEND is the first day it no longer covers (RFC 5545 §3.6.1). */
export function dayAfter(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The UID of an event in every feed, for every reader, whatever changes: its id in the registry's name. */
export function eventUid(id: string): string {
  return `event-${id}@jumelage`;
}

/** The UID of a meeting in every feed and every invitation sent for it. */
export function meetingUid(id: string): string {
  return `meeting-${id}@jumelage`;
}

/**
 * An iCalendar (RFC 5545) feed of events: each with a stable UID, its version as SEQUENCE (first
 * version 0), STATUS:CANCELLED once cancelled; timed events in their own zone (TZID, with its
 * VTIMEZONE), events without times as all-day DATE values over all their days.
 */
export function calendarFeed(
  name: string,
  events: readonly FeedEvent[],
  options: { language: string; pageUrl: (kind: FeedEvent['kind'], id: string) => string },
): string {
  const calendar = ical({
    name,
    prodId: { company: 'Jumelage', product: 'Jumelage', language: options.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const event of events) {
    const text = (value: LocalizedText) => pickLocalized(value, options.language) ?? '';
    const description = [text(event.purpose), text(event.description)].filter(Boolean).join('\n\n');
    const common = {
      id: event.kind === 'meeting' ? meetingUid(event.id) : eventUid(event.id),
      sequence: Math.max(0, event.version - 1),
      summary: text(event.title),
      description: description || null,
      location: event.location,
      url: options.pageUrl(event.kind, event.id),
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    };
    if (event.startTime && event.timezone) {
      // Wall-clock times in the event's own zone: the library writes them as given, with TZID.
      calendar.createEvent({
        ...common,
        start: `${event.startDate}T${event.startTime}:00`,
        end: event.endTime ? `${event.endDate ?? event.startDate}T${event.endTime}:00` : null,
        timezone: event.timezone,
      });
    } else {
      calendar.createEvent({
        ...common,
        allDay: true,
        start: event.startDate,
        end: dayAfter(event.endDate ?? event.startDate),
      });
    }
  }
  return calendar.toString();
}
