import { Type } from 'typebox';
import { Id, IsoDate, LocalizedText, Nullable, named, refTo, ShortText } from '../shared/schemas.ts';
import { ATTENDANCE_STATUSES } from './attendance.ts';
import { InvitationTotals } from './invitation-schemas.ts';
import { MEETING_ACTIONS, MEETING_MODES, MEETING_STATUSES, VOTE_STATUSES } from './lifecycle.ts';
import { BODY_POSTS, DECISION_EFFECTS, DECISION_KINDS, MAJORITY_RULES } from './rules.ts';
import { BALLOT_MODES, VOTE_CHOICES, VOTE_METHODS } from './voting.ts';

const Count = Type.Integer({ minimum: 0, maximum: 100000 });

export const BodyRules = named(
  'BodyRules',
  Type.Object(
    {
      quorum: Type.Union([
        Type.Object(
          { kind: Type.Literal('count'), count: Type.Integer({ maximum: 100000 }) },
          { additionalProperties: false },
        ),
        Type.Object(
          {
            kind: Type.Literal('fraction'),
            numerator: Type.Integer({ maximum: 1000 }),
            denominator: Type.Integer({ maximum: 1000 }),
          },
          { additionalProperties: false },
        ),
      ]),
      ordinaryMajority: Type.Enum(MAJORITY_RULES),
      specialMajority: Type.Enum(MAJORITY_RULES),
      proxiesAllowed: Type.Boolean(),
      maxProxiesPerMember: Type.Integer({ maximum: 100 }),
    },
    {
      additionalProperties: false,
      description:
        'Quorum as a count of members or a fraction of the seats (rounded up); majorities: simple (yes > no, abstentions not counted), absolute (yes > half of the votes cast, abstentions included), two_thirds (yes ≥ two thirds of the votes cast, abstentions included)',
    },
  ),
);

const Holder = Type.Object({
  id: Id,
  seatId: Id,
  post: Type.Enum(BODY_POSTS),
  personId: Id,
  personName: Type.String(),
  startDate: Type.String(),
  endDate: Nullable(Type.String()),
});

export const BodyGovernance = named(
  'BodyGovernance',
  Type.Object({
    bodyId: Id,
    rules: refTo(BodyRules),
    seatCount: Type.Integer(),
    seats: Type.Array(
      Type.Object({
        id: Id,
        category: Type.String(),
        label: LocalizedText,
        count: Type.Integer(),
        holders: Type.Array(Holder),
        vacant: Type.Integer(),
      }),
    ),
    vacantPosts: Type.Array(Type.Enum(BODY_POSTS)),
    mayManage: Type.Boolean(),
  }),
);

export const BodyGovernanceInput = named(
  'BodyGovernanceInput',
  Type.Object(
    {
      rules: refTo(BodyRules),
      seats: Type.Array(
        Type.Object(
          {
            category: Type.String({ pattern: '^[a-z][a-z0-9_]{0,63}$' }),
            label: Type.Optional(LocalizedText),
            count: Type.Integer({ minimum: 1, maximum: 10000 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    },
    { additionalProperties: false },
  ),
);

export const MandateInput = named(
  'MandateInput',
  Type.Object(
    {
      seatId: Id,
      personId: Id,
      post: Type.Optional(Type.Enum(BODY_POSTS)),
      startDate: IsoDate,
      endDate: Type.Optional(Nullable(IsoDate)),
    },
    { additionalProperties: false },
  ),
);

const MeetingFields = {
  title: LocalizedText,
  mode: Type.Enum(MEETING_MODES),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
  timezone: Type.String({ minLength: 1, maxLength: 64, examples: ['Africa/Dakar'] }),
  place: Type.Optional(Nullable(ShortText)),
  url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
};

export const MeetingInput = named(
  'MeetingInput',
  Type.Object(MeetingFields, { additionalProperties: false }),
);

const MeetingSummaryFields = {
  id: Id,
  bodyId: Id,
  title: LocalizedText,
  mode: Type.Enum(MEETING_MODES),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Nullable(Type.String({ format: 'date-time' })),
  timezone: Type.String(),
  place: Nullable(Type.String()),
  url: Nullable(Type.String()),
  status: Type.Enum(MEETING_STATUSES),
  minutesApprovedAtMeetingId: Nullable(Id),
  version: Type.Integer(),
};

export const MeetingSummary = named('MeetingSummary', Type.Object(MeetingSummaryFields));

const Quorum = Type.Object({
  seats: Type.Integer(),
  required: Type.Integer(),
  present: Type.Integer(),
  represented: Type.Integer(),
  excused: Type.Integer(),
  absent: Type.Integer(),
  proxiesNotCounted: Type.Integer(),
  /** People recorded who hold no seat on the meeting's day: listed, never counted. */
  guests: Type.Integer(),
  counted: Type.Integer(),
  reached: Type.Boolean(),
});

export const Vote = named(
  'Vote',
  Type.Object({
    id: Id,
    motionId: Id,
    method: Type.Enum(VOTE_METHODS),
    status: Type.Enum(VOTE_STATUSES),
    openedAt: Type.String(),
    closedAt: Nullable(Type.String()),
    quorum: Type.Object({ counted: Type.Integer(), required: Type.Integer(), reached: Type.Boolean() }),
    result: Type.Object(
      {
        yes: Type.Integer(),
        no: Type.Integer(),
        abstain: Type.Integer(),
        majority: Type.Enum(MAJORITY_RULES),
        cast: Type.Integer(),
        yesNeeded: Type.Integer(),
        quorumReached: Type.Boolean(),
        outcome: Nullable(Type.Enum(['adopted', 'rejected', 'no_quorum'])),
      },
      {
        description:
          'Totals are public; the outcome is set when the vote closes (no_quorum: decides nothing)',
      },
    ),
    ballots: Nullable(
      Type.Array(
        Type.Object({
          memberId: Id,
          name: Type.String(),
          choice: Type.Enum(VOTE_CHOICES),
          mode: Type.Enum(BALLOT_MODES),
          castById: Id,
        }),
        { description: 'Each member’s vote, for the body’s members and its secretariat; null for others' },
      ),
    ),
    myBallot: Nullable(
      Type.Object(
        { choice: Type.Enum(VOTE_CHOICES), mode: Type.Enum(BALLOT_MODES) },
        { description: 'The reader’s own vote, however cast; null when they have none' },
      ),
    ),
    mayVoteFor: Type.Array(Type.Object({ memberId: Id, mode: Type.Enum(BALLOT_MODES) }), {
      description:
        'The votes the reader may cast now, by the rule the ballots route applies: their own (a council member holding a seat on the meeting’s day, present, not yet voted), then those of the seated members whose counted proxy they hold',
    }),
  }),
);

export const Meeting = named(
  'Meeting',
  Type.Object({
    ...MeetingSummaryFields,
    agenda: Type.Array(
      Type.Object({ id: Id, position: Type.Integer(), title: LocalizedText, text: LocalizedText }),
    ),
    attendance: Type.Array(
      Type.Object({
        personId: Id,
        name: Type.String(),
        status: Type.Enum(ATTENDANCE_STATUSES),
        proxyHolderId: Nullable(Id),
        seated: Type.Boolean({
          description:
            'Holds a seat on the body on the meeting’s day; a person who does not is a guest, never counted nor voting',
        }),
      }),
    ),
    quorum: Quorum,
    motions: Type.Array(
      Type.Object({
        id: Id,
        agendaItemId: Id,
        text: LocalizedText,
        decisionKind: Type.Enum(DECISION_KINDS),
        votes: Type.Array(refTo(Vote)),
      }),
    ),
    decisions: Type.Array(
      Type.Object({
        id: Id,
        motionId: Nullable(Id),
        voteEventId: Nullable(Id),
        text: LocalizedText,
        entityType: Nullable(Type.String()),
        entityId: Nullable(Id),
        effect: Nullable(Type.Enum(DECISION_EFFECTS)),
        appliedAt: Nullable(
          Type.String({
            description: 'When its effect was carried out on its record; null while it was not',
          }),
        ),
      }),
    ),
    minutes: Nullable(
      Type.Object({ text: LocalizedText, documentUrl: Nullable(Type.String()), sourceId: Nullable(Id) }),
    ),
    allowedActions: Type.Array(Type.Enum(MEETING_ACTIONS)),
    invitations: Type.Optional(refTo(InvitationTotals)),
  }),
);

export const MeetingTransition = named(
  'MeetingTransition',
  Type.Object(
    { action: Type.Enum(MEETING_ACTIONS), approvedAtMeetingId: Type.Optional(Id) },
    { additionalProperties: false },
  ),
);

export const AgendaItemInput = named(
  'AgendaItemInput',
  Type.Object(
    {
      title: LocalizedText,
      text: Type.Optional(LocalizedText),
      position: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    },
    { additionalProperties: false },
  ),
);

export const AttendanceInput = named(
  'AttendanceInput',
  Type.Object(
    { status: Type.Enum(ATTENDANCE_STATUSES), proxyHolderId: Type.Optional(Nullable(Id)) },
    { additionalProperties: false },
  ),
);

export const MinutesInput = named(
  'MinutesInput',
  Type.Object(
    {
      text: LocalizedText,
      documentUrl: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
    },
    { additionalProperties: false },
  ),
);

export const MotionInput = named(
  'MotionInput',
  Type.Object(
    { agendaItemId: Id, text: LocalizedText, decisionKind: Type.Optional(Type.Enum(DECISION_KINDS)) },
    { additionalProperties: false },
  ),
);

export const VoteOpenInput = named(
  'VoteOpenInput',
  Type.Object({ method: Type.Enum(VOTE_METHODS) }, { additionalProperties: false }),
);

export const BallotInput = named(
  'BallotInput',
  Type.Object(
    {
      choice: Type.Enum(VOTE_CHOICES),
      memberId: Type.Optional(
        Type.Unsafe<string>({ ...Id, description: 'The member whose proxy you hold; yourself when absent' }),
      ),
    },
    { additionalProperties: false },
  ),
);

export const ShowOfHandsInput = named(
  'ShowOfHandsInput',
  Type.Object({ yes: Count, no: Count, abstain: Count }, { additionalProperties: false }),
);

export const DecisionInput = named(
  'DecisionInput',
  Type.Object(
    {
      text: LocalizedText,
      voteEventId: Type.Optional(Nullable(Id)),
      entityType: Type.Optional(Nullable(Type.Enum(['organization', 'membership', 'agreement', 'person']))),
      entityId: Type.Optional(Nullable(Id)),
      effect: Type.Optional(
        Nullable(
          Type.Enum(DECISION_EFFECTS, {
            description:
              'What it does to its record: admitting, suspending, reinstating or excluding a member is carried out at once, through the membership’s lifecycle',
          }),
        ),
      ),
    },
    { additionalProperties: false },
  ),
);
