import { type Static, Type } from 'typebox';
import {
  AllowedActions,
  Citation,
  CitationInput,
  Id,
  IsoDate,
  LocalizedText,
  Nullable,
  named,
  PageOf,
  refTo,
  ShortText,
} from '../shared/schemas.ts';
import { EVENT_KINDS, EVENT_STATUSES, PARTICIPANT_ROLES } from './rules.ts';

/** A ceremony, symposium, launch or delegation visit, as lists show it. */
export const Event = named(
  'Event',
  Type.Object({
    id: Id,
    kind: Type.Enum(EVENT_KINDS),
    title: LocalizedText,
    description: LocalizedText,
    status: Type.Enum(EVENT_STATUSES),
    startDate: Nullable(Type.String()),
    endDate: Nullable(Type.String()),
    startTime: Nullable(Type.String({ description: 'Local time (HH:MM) on the first day, in `timezone`' })),
    endTime: Nullable(Type.String({ description: 'Local time (HH:MM) on the last day, in `timezone`' })),
    timezone: Nullable(Type.String({ description: 'IANA time zone, e.g. Africa/Dakar' })),
    purpose: LocalizedText,
    placeId: Nullable(Id),
    organizerId: Nullable(Id),
    version: Type.Integer({
      description: 'Bumped by every change: its ETag, for If-Match, and its SEQUENCE in calendar feeds',
    }),
  }),
);

/** An agreement part to be signed (or signed) at an event, with its agreement's title. */
export const EventAgreementPart = named(
  'EventAgreementPart',
  Type.Object({
    agreementId: Id,
    agreementTitle: LocalizedText,
    partId: Id,
    number: Type.Integer(),
    kind: Type.String(),
    title: LocalizedText,
    plannedFrom: Nullable(Type.String()),
    plannedTo: Nullable(Type.String()),
    signedOn: Nullable(Type.String()),
  }),
);

/** An organization as an event's page names it: enough to link to its page. */
const NamedOrganization = Type.Object({
  id: Id,
  kind: Type.String(),
  name: LocalizedText,
  countryCode: Nullable(Type.String()),
});

/** A person or organization taking part in an event, in a role, with their names. */
export const EventParticipant = named(
  'EventParticipant',
  Type.Object({
    id: Id,
    personId: Nullable(Id),
    organizationId: Nullable(Id),
    role: Type.Enum(PARTICIPANT_ROLES),
    person: Nullable(Type.Object({ id: Id, name: Type.String(), names: LocalizedText })),
    organization: Nullable(NamedOrganization),
  }),
);

/** One event as read by its id: with its place, organizer, participants and sources. */
export const EventDetail = named(
  'EventDetail',
  Type.Object({
    ...Event.properties,
    place: Nullable(
      Type.Object({ id: Id, name: Type.String(), names: LocalizedText, countryCode: Type.String() }),
    ),
    organizer: Nullable(NamedOrganization),
    participants: Type.Array(refTo(EventParticipant)),
    agreementParts: Type.Array(refTo(EventAgreementPart), {
      description: 'Parts of public agreements signed, or to be signed, at this event',
    }),
    sources: Type.Array(refTo(Citation)),
    allowedActions: AllowedActions,
  }),
);

/** An event in a list: with what the reader may do with it, as on its own page. */
export const EventListItem = named(
  'EventListItem',
  Type.Object({ ...Event.properties, allowedActions: AllowedActions }),
);

export const EventPage = named('EventPage', PageOf(refTo(EventListItem)));

const TimeOfDay = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' });

const ParticipantInputSchema = Type.Object(
  {
    personId: Type.Optional(Nullable(Id)),
    organizationId: Type.Optional(Nullable(Id)),
    role: Type.Enum(PARTICIPANT_ROLES),
  },
  { additionalProperties: false },
);

export const EventInput = named(
  'EventInput',
  Type.Object(
    {
      kind: Type.Enum(EVENT_KINDS),
      title: LocalizedText,
      description: Type.Optional(LocalizedText),
      status: Type.Optional(Type.Enum(EVENT_STATUSES)),
      startDate: Type.Optional(Nullable(IsoDate)),
      endDate: Type.Optional(Nullable(IsoDate)),
      startTime: Type.Optional(Nullable(TimeOfDay)),
      endTime: Type.Optional(Nullable(TimeOfDay)),
      timezone: Type.Optional(Nullable(ShortText)),
      purpose: Type.Optional(LocalizedText),
      placeId: Type.Optional(Nullable(Id)),
      organizerId: Type.Optional(Nullable(Id)),
      participants: Type.Optional(Type.Array(ParticipantInputSchema, { maxItems: 500 })),
      sources: Type.Optional(Type.Array(refTo(CitationInput), { maxItems: 50 })),
    },
    { additionalProperties: false },
  ),
);

/**
 * The fields of an event a PATCH changes; those it omits stay. Participants, when given, replace
 * the list. The status changes only through its steps (POST /api/events/:id/cancel).
 */
export const EventChanges = named(
  'EventChanges',
  Type.Object(
    {
      kind: Type.Optional(Type.Enum(EVENT_KINDS)),
      title: Type.Optional(LocalizedText),
      description: Type.Optional(LocalizedText),
      purpose: Type.Optional(LocalizedText),
      startDate: Type.Optional(Nullable(IsoDate)),
      endDate: Type.Optional(Nullable(IsoDate)),
      startTime: Type.Optional(Nullable(TimeOfDay)),
      endTime: Type.Optional(Nullable(TimeOfDay)),
      timezone: Type.Optional(Nullable(ShortText)),
      placeId: Type.Optional(Nullable(Id)),
      organizerId: Type.Optional(Nullable(Id)),
      participants: Type.Optional(Type.Array(ParticipantInputSchema, { maxItems: 500 })),
    },
    { additionalProperties: false, minProperties: 1 },
  ),
);

export type Event = Static<typeof Event>;
export type EventParticipant = Static<typeof EventParticipant>;
export type EventDetail = Static<typeof EventDetail>;
export type EventPage = Static<typeof EventPage>;
export type EventInput = Static<typeof EventInput>;
export type EventChanges = Static<typeof EventChanges>;
export type EventAgreementPart = Static<typeof EventAgreementPart>;
export type ParticipantInput = NonNullable<EventInput['participants']>[number];
