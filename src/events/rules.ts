/** The kinds, statuses and participant roles of events: plain lists, shared by the tables, schemas and use cases. */

export const EVENT_KINDS = [
  'signing_ceremony',
  'launch',
  'symposium',
  'conference',
  'delegation_visit',
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
  'attendee',
  'delegation_head',
  'delegation_member',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
