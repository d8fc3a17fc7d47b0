/**
 * The lifecycles of meetings and votes, as tables. Every status change goes through
 * `assertMeetingTransition` or `assertVoteTransition`: one door each. Plain rules, no I/O.
 */
import { ConflictError, ValidationError } from '../shared/errors.ts';

export const MEETING_STATUSES = ['draft', 'convened', 'held', 'minutes_approved', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_MODES = ['in_person', 'online', 'hybrid'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export const MEETING_ACTIONS = ['convene', 'hold', 'approve_minutes', 'cancel'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

export const MEETING_TRANSITIONS: Readonly<
  Record<MeetingStatus, Readonly<Partial<Record<MeetingAction, MeetingStatus>>>>
> = {
  draft: { convene: 'convened', cancel: 'cancelled' },
  convened: { hold: 'held', cancel: 'cancelled' },
  held: { approve_minutes: 'minutes_approved' },
  minutes_approved: {},
  cancelled: {},
};

export function openMeetingActions(from: MeetingStatus): MeetingAction[] {
  return MEETING_ACTIONS.filter((action) => MEETING_TRANSITIONS[from][action] !== undefined);
}

interface MeetingRef {
  id: string;
  bodyId: string;
  status: MeetingStatus;
  startsAt: string;
}

/**
 * The status after `action`. Holding a meeting waits until its open votes are closed; its minutes
 * are approved at a later meeting of the same body, under way or held (`approvedAt`).
 */
export function assertMeetingTransition(input: {
  meeting: MeetingRef;
  action: MeetingAction;
  openVotes?: number;
  approvedAt?: MeetingRef | null;
}): MeetingStatus {
  const { meeting, action } = input;
  const to = MEETING_TRANSITIONS[meeting.status][action];
  if (!to) {
    throw new ConflictError(
      'governance.meeting_transition_not_allowed',
      { status: meeting.status, action },
      '/action',
    );
  }
  if (action === 'hold' && (input.openVotes ?? 0) > 0) {
    throw new ConflictError('governance.meeting_has_open_votes', { count: input.openVotes ?? 0 });
  }
  if (action === 'approve_minutes') {
    const later = input.approvedAt;
    if (!later) throw new ValidationError('governance.minutes_meeting_required', '/approvedAtMeetingId');
    if (
      later.id === meeting.id ||
      later.bodyId !== meeting.bodyId ||
      Date.parse(later.startsAt) <= Date.parse(meeting.startsAt) ||
      (later.status !== 'convened' && later.status !== 'held')
    ) {
      throw new ValidationError('governance.minutes_meeting_not_later', '/approvedAtMeetingId');
    }
  }
  return to;
}

export const VOTE_STATUSES = ['open', 'closed'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

export const VOTE_ACTIONS = ['close'] as const;
export type VoteAction = (typeof VOTE_ACTIONS)[number];

export const VOTE_TRANSITIONS: Readonly<
  Record<VoteStatus, Readonly<Partial<Record<VoteAction, VoteStatus>>>>
> = {
  open: { close: 'closed' },
  closed: {},
};

export function assertVoteTransition(from: VoteStatus, action: VoteAction): VoteStatus {
  const to = VOTE_TRANSITIONS[from][action];
  if (!to) throw new ConflictError('governance.vote_closed');
  return to;
}

/** A vote is opened only while its meeting is convened (under way). */
export function assertMayOpenVote(meetingStatus: MeetingStatus): void {
  if (meetingStatus !== 'convened') {
    throw new ConflictError('governance.meeting_not_in_session', { status: meetingStatus });
  }
}
