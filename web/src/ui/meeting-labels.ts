import type { AttendanceStatus } from '../../../src/governance/attendance.ts';
import type { MeetingAction, MeetingMode, MeetingStatus } from '../../../src/governance/lifecycle.ts';
import type { BodyPost, DecisionKind, MajorityRule } from '../../../src/governance/rules.ts';
import type { VoteChoice, VoteMethod } from '../../../src/governance/voting.ts';
import type { MembershipStatus } from '../../../src/people/membership-lifecycle.ts';

/** Message ids of governance's vocabularies (meetings, attendance, votes, posts), written out. */
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: 'meeting.status_draft',
  convened: 'meeting.status_convened',
  held: 'meeting.status_held',
  minutes_approved: 'meeting.status_minutes_approved',
  cancelled: 'meeting.status_cancelled',
};

export const MEETING_ACTION_LABELS: Record<MeetingAction, string> = {
  convene: 'meeting.action_convene',
  hold: 'meeting.action_hold',
  approve_minutes: 'meeting.action_approve_minutes',
  cancel: 'meeting.action_cancel',
};

export const MEETING_MODE_LABELS: Record<MeetingMode, string> = {
  in_person: 'meeting.mode_in_person',
  online: 'meeting.mode_online',
  hybrid: 'meeting.mode_hybrid',
};

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  registered: 'meeting.attendance_registered',
  present: 'meeting.attendance_present',
  proxy: 'meeting.attendance_proxy',
  excused: 'meeting.attendance_excused',
  absent: 'meeting.attendance_absent',
};

export const CHOICE_LABELS: Record<VoteChoice, string> = {
  yes: 'meeting.choice_yes',
  no: 'meeting.choice_no',
  abstain: 'meeting.choice_abstain',
};

export const OUTCOME_LABELS: Record<'adopted' | 'rejected' | 'no_quorum', string> = {
  adopted: 'meeting.outcome_adopted',
  rejected: 'meeting.outcome_rejected',
  no_quorum: 'meeting.outcome_no_quorum',
};

export const OUTCOME_COLORS: Record<'adopted' | 'rejected' | 'no_quorum', string> = {
  adopted: 'green',
  rejected: 'red',
  no_quorum: 'gray',
};

export const VOTE_METHOD_LABELS: Record<VoteMethod, string> = {
  roll_call: 'meeting.method_roll_call',
  show_of_hands: 'meeting.method_show_of_hands',
};

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  ordinary: 'meeting.kind_ordinary',
  special: 'meeting.kind_special',
};

export const MAJORITY_LABELS: Record<MajorityRule, string> = {
  simple: 'governance.majority_simple',
  absolute: 'governance.majority_absolute',
  two_thirds: 'governance.majority_two_thirds',
};

export const POST_LABELS: Record<BodyPost, string> = {
  chair: 'governance.post_chair',
  vice_chair: 'governance.post_vice_chair',
  secretary: 'governance.post_secretary',
  treasurer: 'governance.post_treasurer',
  member: 'governance.post_member',
};

/** A membership's state, as a decision's record shows it. */
export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  applied: 'network.member_status_applied',
  invited: 'network.member_status_invited',
  active: 'network.member_status_active',
  suspended: 'network.member_status_suspended',
  declined: 'network.member_status_declined',
  left: 'network.member_status_left',
  excluded: 'network.member_status_excluded',
  ended: 'network.member_status_ended',
};

/** When a meeting starts, in the reader's language and in the meeting's own time zone. */
export function meetingTime(startsAt: string, timezone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: timezone,
  }).format(new Date(startsAt));
}
