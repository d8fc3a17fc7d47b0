import { type Static, Type } from 'typebox';
import { Nullable, named, refTo } from '../shared/schemas.ts';

// The Popolo document a network is exported as (https://www.popoloproject.com/specs/), described
// with the fields Jumelage fills, named as the Popolo JSON Schemas (draft-03) name them. Each
// object validates against its official schema (test/popolo-export.db.test.ts).

const Text = Type.String();
const PopoloDate = Type.String({ pattern: '^[0-9]{4}(-[0-9]{2}){0,2}$', description: 'YYYY-MM-DD' });
const PopoloTime = Type.String({
  format: 'date-time',
  description: 'ISO 8601 date and time in UTC, to the second (2026-03-01T10:00:00Z)',
});

export const PopoloOtherName = named(
  'PopoloOtherName',
  Type.Object({
    name: Text,
    note: Nullable(
      Type.String({
        description:
          'The language of a translated name (its ISO 639-1 code: ar, fr, en), or `alternate spelling`, or `acronym`',
      }),
    ),
  }),
);

export const PopoloIdentifier = named(
  'PopoloIdentifier',
  Type.Object({
    identifier: Text,
    scheme: Nullable(Type.String({ description: '`jumelage` (the record id), or `geonames`' })),
  }),
);

export const PopoloLink = named(
  'PopoloLink',
  Type.Object({ url: Type.String({ format: 'uri' }), note: Nullable(Text) }),
);

export const PopoloPerson = named(
  'PopoloPerson',
  Type.Object({
    id: Text,
    name: Text,
    other_names: Type.Array(refTo(PopoloOtherName)),
    identifiers: Type.Array(refTo(PopoloIdentifier)),
    gender: Nullable(Text),
  }),
);

export const PopoloOrganization = named(
  'PopoloOrganization',
  Type.Object({
    id: Text,
    name: Text,
    other_names: Type.Array(refTo(PopoloOtherName)),
    identifiers: Type.Array(refTo(PopoloIdentifier)),
    classification: Type.String({
      description:
        'The kind of organization: network, body, local_authority, association_of_local_authorities or partner_institution',
    }),
    parent_id: Nullable(Type.String({ description: 'For a body: its network' })),
    description: Nullable(Text),
    founding_date: Nullable(PopoloDate),
    links: Type.Array(refTo(PopoloLink)),
  }),
);

export const PopoloPost = named(
  'PopoloPost',
  Type.Object({
    id: Type.String({
      description:
        'A post of the registry: its id; a body’s officer post: `<body id>/posts/<post>`; a body’s seats of a category: `<body id>/seats/<category>`',
    }),
    label: Text,
    other_label: Type.Array(Text, { description: 'The label in the other languages' }),
    role: Type.String({ description: 'chair, vice_chair, secretary, treasurer, member, or a registry role' }),
    organization_id: Text,
  }),
);

export const PopoloMembership = named(
  'PopoloMembership',
  Type.Object({
    id: Text,
    label: Nullable(Text),
    role: Text,
    person_id: Type.Optional(Text),
    organization_id: Text,
    member: Type.Optional(
      Type.Object(
        { '@type': Type.Literal('Organization'), id: Text },
        { description: 'An organization member (of a network)' },
      ),
    ),
    post_id: Nullable(Text),
    start_date: Nullable(PopoloDate),
    end_date: Nullable(PopoloDate),
  }),
);

export const PopoloEvent = named(
  'PopoloEvent',
  Type.Object(
    {
      id: Text,
      name: Text,
      classification: Type.Literal('meeting'),
      organization_id: Text,
      start_date: PopoloTime,
      end_date: Nullable(PopoloTime),
      location: Nullable(Text),
      status: Type.String({ description: 'draft, convened, held, minutes_approved or cancelled' }),
    },
    { description: 'A meeting of a body, at which its motions are put' },
  ),
);

export const PopoloMotion = named(
  'PopoloMotion',
  Type.Object({
    id: Text,
    organization_id: Type.String({ description: 'The body the motion is put to' }),
    legislative_session_id: Type.String({ description: 'The meeting (in `events`)' }),
    text: Text,
    classification: Type.String({ description: 'ordinary or special: which majority of the body applies' }),
    date: PopoloTime,
    requirement: Type.String({
      description: 'The majority that adopts it under the body’s rules: simple, absolute or two_thirds',
    }),
    result: Nullable(
      Type.String({ description: 'adopted, rejected or no_quorum, once a vote on it closed' }),
    ),
  }),
);

export const PopoloCount = named('PopoloCount', Type.Object({ option: Text, value: Type.Integer() }));

export const PopoloVote = named(
  'PopoloVote',
  Type.Object({
    vote_event_id: Text,
    voter_id: Text,
    option: Type.String({ description: 'yes, no or abstain' }),
  }),
);

export const PopoloVoteEvent = named(
  'PopoloVoteEvent',
  Type.Object({
    id: Text,
    motion_id: Text,
    organization_id: Text,
    legislative_session_id: Text,
    classification: Type.String({ description: 'roll_call or show_of_hands' }),
    start_date: PopoloTime,
    end_date: Nullable(PopoloTime),
    result: Nullable(Type.String({ description: 'adopted, rejected or no_quorum; null while open' })),
    counts: Type.Array(refTo(PopoloCount)),
    votes: Type.Optional(
      Type.Array(refTo(PopoloVote), {
        description:
          'Each member’s vote: only for the body’s members and its network’s secretariat (absent for everyone else)',
      }),
    ),
  }),
);

export const PopoloDocument = named(
  'PopoloDocument',
  Type.Object({
    persons: Type.Array(refTo(PopoloPerson)),
    organizations: Type.Array(refTo(PopoloOrganization)),
    posts: Type.Array(refTo(PopoloPost)),
    memberships: Type.Array(refTo(PopoloMembership)),
    events: Type.Array(refTo(PopoloEvent)),
    motions: Type.Array(refTo(PopoloMotion)),
    vote_events: Type.Array(refTo(PopoloVoteEvent)),
  }),
);

export type PopoloDocument = Static<typeof PopoloDocument>;
export type PopoloPerson = Static<typeof PopoloPerson>;
export type PopoloOrganization = Static<typeof PopoloOrganization>;
export type PopoloPost = Static<typeof PopoloPost>;
export type PopoloMembership = Static<typeof PopoloMembership>;
export type PopoloEvent = Static<typeof PopoloEvent>;
export type PopoloMotion = Static<typeof PopoloMotion>;
export type PopoloVoteEvent = Static<typeof PopoloVoteEvent>;
