/** The kinds, statuses and participant roles of events: plain lists, shared by the tables, schemas and use cases. */

export const EVENT_KINDS = [
  'ceremony',
  'signing_ceremony',
  'launch',
  'symposium',
  'conference',
  'forum',
  'study_visit',
  'delegation_visit',
  'mission',
  'meeting',
  'other',
] as const;
export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const PARTICIPANT_ROLES = [
  'organizer',
  'host',
  'guest_of_honour',
  'patron',
  'speaker',
  'signatory',
  'witness',
  'delegation_head',
  'delegation_member',
  'participant',
  'attendee',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** The steps of an event's life: a planned event is held or cancelled; both are final. */
export const EVENT_TRANSITIONS = {
  hold: { from: ['planned'], to: 'held' },
  cancel: { from: ['planned'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly EventStatus[]; to: EventStatus }>;

export type EventTransition = keyof typeof EVENT_TRANSITIONS;
export const EVENT_TRANSITION_NAMES = Object.keys(EVENT_TRANSITIONS) as EventTransition[];

/** The status an event takes by this step, or null when the step is not open from its status. */
export function nextEventStatus(current: EventStatus, step: EventTransition): EventStatus | null {
  const transition = EVENT_TRANSITIONS[step];
  return (transition.from as readonly EventStatus[]).includes(current) ? transition.to : null;
}

/** The steps open to an event in this status. */
export function eventSteps(current: EventStatus): EventTransition[] {
  return EVENT_TRANSITION_NAMES.filter((step) => nextEventStatus(current, step) !== null);
}

/** Whether a name is an IANA time zone the runtime knows (Intl's own list, with its aliases). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone) && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A time of day as `HH:MM` (24 h), or null when it is not one. */
export function parseTimeOfDay(value: string): { hours: number; minutes: number } | null {
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])(?::00)?$/.exec(value);
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : null;
}

export interface EventSchedule {
  startDate: string | null;
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  timezone: string | null;
}

/**
 * What is wrong with an event's schedule, as the field to name and the message's key: times need
 * the day they are on and the time zone they are in; an end before the start is refused.
 */
export type ScheduleProblemKey =
  | 'event.timezone_invalid'
  | 'event.time_invalid'
  | 'event.time_without_date'
  | 'event.time_without_zone'
  | 'event.end_before_start';

export function scheduleProblem(schedule: EventSchedule): { field: string; key: ScheduleProblemKey } | null {
  const { startDate, endDate, startTime, endTime, timezone } = schedule;
  if (timezone && !isTimeZone(timezone)) return { field: '/timezone', key: 'event.timezone_invalid' };
  if (startTime && !parseTimeOfDay(startTime)) return { field: '/startTime', key: 'event.time_invalid' };
  if (endTime && !parseTimeOfDay(endTime)) return { field: '/endTime', key: 'event.time_invalid' };
  if (startTime && !startDate) return { field: '/startDate', key: 'event.time_without_date' };
  if ((startTime || endTime) && !timezone) return { field: '/timezone', key: 'event.time_without_zone' };
  if (endTime && !startTime) return { field: '/startTime', key: 'event.time_without_date' };
  if (startDate && endDate && endDate < startDate)
    return { field: '/endDate', key: 'event.end_before_start' };
  if (startTime && endTime && (endDate ?? startDate) === startDate && endTime <= startTime) {
    return { field: '/endTime', key: 'event.end_before_start' };
  }
  return null;
}
