import { EVENT_KINDS, EVENT_STATUSES, PARTICIPANT_ROLES } from '../../../src/events/rules.ts';
import type { SuggestionKind } from '../../../src/portal/ranking.ts';
import { oneOf } from './forms.ts';

/** Message ids of events' kinds, statuses and participants' roles, and of the kinds of suggestion. */
const EVENT_KIND_LABELS: Record<(typeof EVENT_KINDS)[number], string> = {
  ceremony: 'event.kind_ceremony',
  signing_ceremony: 'event.kind_signing_ceremony',
  launch: 'event.kind_launch',
  symposium: 'event.kind_symposium',
  conference: 'event.kind_conference',
  forum: 'event.kind_forum',
  study_visit: 'event.kind_study_visit',
  delegation_visit: 'event.kind_delegation_visit',
  mission: 'event.kind_mission',
  meeting: 'event.kind_meeting',
  other: 'event.kind_other',
};

const EVENT_STATUS_LABELS: Record<(typeof EVENT_STATUSES)[number], string> = {
  planned: 'event.status_planned',
  held: 'event.status_held',
  cancelled: 'event.status_cancelled',
};

const PARTICIPANT_ROLE_LABELS: Record<(typeof PARTICIPANT_ROLES)[number], string> = {
  organizer: 'participant.organizer',
  host: 'participant.host',
  guest_of_honour: 'participant.guest_of_honour',
  patron: 'participant.patron',
  speaker: 'participant.speaker',
  signatory: 'participant.signatory',
  witness: 'participant.witness',
  participant: 'participant.participant',
  attendee: 'participant.attendee',
  delegation_head: 'participant.delegation_head',
  delegation_member: 'participant.delegation_member',
};

export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  organization: 'search.kind_organization',
  network: 'search.kind_network',
  person: 'search.kind_person',
  event: 'search.kind_event',
  agreement: 'search.kind_agreement',
};

/** The page each kind of suggestion opens. */
export function suggestionPath(kind: SuggestionKind, id: string): string {
  switch (kind) {
    case 'organization':
      return `/organizations/${id}`;
    case 'network':
      return `/networks/${id}`;
    case 'person':
      return `/people/${id}`;
    case 'event':
      return `/events/${id}`;
    case 'agreement':
      return `/agreements/${id}`;
  }
}

export function eventKindLabel(kind: string): string {
  const known = oneOf(EVENT_KINDS, kind);
  return known ? EVENT_KIND_LABELS[known] : 'event.kind_other';
}

export function eventStatusLabel(status: string): string {
  const known = oneOf(EVENT_STATUSES, status);
  return known ? EVENT_STATUS_LABELS[known] : 'event.status_held';
}

export function participantRoleLabel(role: string): string {
  const known = oneOf(PARTICIPANT_ROLES, role);
  return known ? PARTICIPANT_ROLE_LABELS[known] : 'participant.attendee';
}
