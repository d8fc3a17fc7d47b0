import { Type } from 'typebox';
import { Id, Nullable, named } from '../shared/schemas.ts';
import { INVITATION_METHODS, INVITATION_STATUSES } from './invitation-rules.ts';

const Count = Type.Integer({ minimum: 0 });

const TotalsFields = {
  total: Count,
  queued: Count,
  sending: Count,
  sent: Count,
  failed: Count,
  noAddress: Count,
};

export const InvitationTotals = named(
  'InvitationTotals',
  Type.Object(
    {
      ...TotalsFields,
      round: Nullable(Type.Integer({ minimum: 1 })),
      method: Nullable(Type.Enum(INVITATION_METHODS)),
    },
    {
      description:
        'The latest round of a meeting’s invitations by email, counted by delivery state (for the body’s network secretariat)',
    },
  ),
);

export const MeetingInvitations = named(
  'MeetingInvitations',
  Type.Object(
    {
      meetingId: Id,
      round: Nullable(Type.Integer({ minimum: 1 })),
      method: Nullable(Type.Enum(INVITATION_METHODS)),
      jobId: Nullable(Id),
      totals: Type.Object(TotalsFields),
      recipients: Type.Array(
        Type.Object({
          personId: Id,
          name: Type.String(),
          status: Type.Enum(INVITATION_STATUSES),
          attempts: Count,
          lastError: Nullable(Type.String()),
          sentAt: Nullable(Type.String({ format: 'date-time' })),
        }),
      ),
      rounds: Type.Array(
        Type.Object({ round: Type.Integer({ minimum: 1 }), totals: Type.Object(TotalsFields) }),
      ),
    },
    {
      description:
        'Who a meeting’s latest round of invitations went to and whether it reached them (queued, sending, sent, failed after its attempts, no_address), with the totals of every round; `jobId` is the job sending it (GET /api/jobs/{id})',
    },
  ),
);

export const SendInvitationsInput = named(
  'SendInvitationsInput',
  Type.Object(
    {
      to: Type.Enum(['everyone', 'failed'] as const, {
        description:
          '`everyone`: a changed meeting goes to every seat holder as a new round (unchanged, only to seat holders not yet invited); `failed`: the latest round’s failed invitations, and those now with an address, are sent again',
      }),
    },
    { additionalProperties: false },
  ),
);
