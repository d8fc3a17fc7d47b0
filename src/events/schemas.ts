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
    timezone: Nullable(Type.String()),
    placeId: Nullable(Id),
    organizerId: Nullable(Id),
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
      timezone: Type.Optional(Nullable(ShortText)),
      placeId: Type.Optional(Nullable(Id)),
      organizerId: Type.Optional(Nullable(Id)),
      participants: Type.Optional(
        Type.Array(
          Type.Object(
            {
              personId: Type.Optional(Nullable(Id)),
              organizationId: Type.Optional(Nullable(Id)),
              role: Type.Enum(PARTICIPANT_ROLES),
            },
            { additionalProperties: false },
          ),
          { maxItems: 500 },
        ),
      ),
      sources: Type.Optional(Type.Array(refTo(CitationInput), { maxItems: 50 })),
    },
    { additionalProperties: false },
  ),
);

export type Event = Static<typeof Event>;
export type EventParticipant = Static<typeof EventParticipant>;
export type EventDetail = Static<typeof EventDetail>;
export type EventPage = Static<typeof EventPage>;
export type EventInput = Static<typeof EventInput>;
export type ParticipantInput = NonNullable<EventInput['participants']>[number];
