import { type Static, Type } from 'typebox';
import { CitationInput, Id, IsoDate, LocalizedText, Nullable, ShortText } from '../shared/schemas.ts';
import { EVENT_KINDS, EVENT_STATUSES, PARTICIPANT_ROLES } from './events.ts';

export const EventInput = Type.Object(
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
    sources: Type.Optional(Type.Array(CitationInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export type EventInput = Static<typeof EventInput>;
export type ParticipantInput = NonNullable<EventInput['participants']>[number];
