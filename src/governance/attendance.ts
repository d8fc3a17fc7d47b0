/**
 * Attendance at a meeting and the quorum it reaches, computed from the body's rules. Plain rules, no I/O.
 *
 * Seated: a person holding a mandate on the body in force on the meeting's day (the date of its start
 * in the meeting's own time zone, the mandate's first and last days included). Only seated members
 * count toward the quorum and vote; anyone else the secretary records (a guest, an observer, a member
 * whose mandate has ended) is listed with the attendance and counted as a guest, never toward the quorum.
 *
 * The quorum is measured on the seated members present or represented, against what the body's rules
 * require of its seats (rules.ts: a count, or a fraction of the seats the body has, vacant ones
 * included, rounded up): a vacancy does not lower the quorum.
 *
 * Counted: seated members present, and seated members represented by a proxy held by another seated
 * member present, up to the number of proxies the rules let one member hold (the first ones given, in
 * the order listed). Not counted: guests, excused and absent members, proxies when the rules allow
 * none, proxies held by someone not present or not seated, and proxies beyond the allowed number.
 */
import { wallClock } from '../shared/dates.ts';
import { ValidationError } from '../shared/errors.ts';
import { type BodyRules, quorumRequired } from './rules.ts';

/** `registered`: announced before the meeting; the other four are what the secretary records on the day. */
export const ATTENDANCE_STATUSES = ['registered', 'present', 'proxy', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface Attendance {
  personId: string;
  status: AttendanceStatus;
  /** For `proxy`: the member who holds the proxy. */
  proxyHolderId: string | null;
}

/** A mandate's holder and its dates (ISO calendar dates; no end: still in force). */
export interface MandateTerm {
  personId: string;
  startDate: string;
  endDate: string | null;
}

export interface QuorumState {
  seats: number;
  required: number;
  present: number;
  represented: number;
  excused: number;
  absent: number;
  /** Proxies given but not counted (not allowed, holder absent or not seated, or beyond the holder's allowance). */
  proxiesNotCounted: number;
  /** People recorded who hold no seat on the meeting's day: listed, never counted. */
  guests: number;
  /** Present plus represented: what the quorum is measured on. */
  counted: number;
  reached: boolean;
}

/** The meeting's day: the calendar date its start falls on in its own time zone (YYYY-MM-DD). */
export function meetingDay(startsAt: Date | string, timezone: string): string {
  return wallClock(startsAt, timezone).slice(0, 10);
}

/** The people holding a mandate on the body in force on `day`, first and last days included. */
export function seatedOn(mandates: readonly MandateTerm[], day: string): Set<string> {
  const seated = new Set<string>();
  for (const mandate of mandates) {
    if (mandate.startDate <= day && (mandate.endDate === null || mandate.endDate >= day)) {
      seated.add(mandate.personId);
    }
  }
  return seated;
}

/**
 * An attendance entry that is coherent by itself and with the seats; a ValidationError naming the
 * field otherwise. Anyone may be recorded present, registered, excused or absent (a guest is listed,
 * not counted); a proxy is given by a seated member to another seated member.
 */
export function validateAttendance(
  entry: Attendance,
  rules: BodyRules,
  seated: ReadonlySet<string>,
): Attendance {
  if (entry.status === 'proxy') {
    if (!rules.proxiesAllowed) throw new ValidationError('governance.proxies_not_allowed', '/status');
    if (!entry.proxyHolderId) throw new ValidationError('governance.proxy_holder_required', '/proxyHolderId');
    if (entry.proxyHolderId === entry.personId) {
      throw new ValidationError('governance.proxy_holder_self', '/proxyHolderId');
    }
    if (!seated.has(entry.personId))
      throw new ValidationError('governance.proxy_giver_not_seated', '/status');
    if (!seated.has(entry.proxyHolderId)) {
      throw new ValidationError('governance.proxy_holder_not_seated', '/proxyHolderId');
    }
  } else if (entry.proxyHolderId) {
    throw new ValidationError('governance.proxy_holder_only_for_proxy', '/proxyHolderId');
  }
  return entry;
}

/**
 * The seated members whose proxies count: given to another seated member present, within the
 * holder's allowance.
 */
export function countedProxies(
  attendance: readonly Attendance[],
  rules: BodyRules,
  seated: ReadonlySet<string>,
): Set<string> {
  const counted = new Set<string>();
  if (!rules.proxiesAllowed) return counted;
  const present = new Set(
    attendance.filter((a) => a.status === 'present' && seated.has(a.personId)).map((a) => a.personId),
  );
  const held = new Map<string, number>();
  for (const entry of attendance) {
    if (entry.status !== 'proxy' || !seated.has(entry.personId)) continue;
    if (!entry.proxyHolderId || !present.has(entry.proxyHolderId)) continue;
    const already = held.get(entry.proxyHolderId) ?? 0;
    if (already >= rules.maxProxiesPerMember) continue;
    held.set(entry.proxyHolderId, already + 1);
    counted.add(entry.personId);
  }
  return counted;
}

export function quorumState(
  attendance: readonly Attendance[],
  rules: BodyRules,
  seats: number,
  seated: ReadonlySet<string>,
): QuorumState {
  const members = attendance.filter((a) => seated.has(a.personId));
  const count = (status: AttendanceStatus) => members.filter((a) => a.status === status).length;
  const present = count('present');
  const represented = countedProxies(attendance, rules, seated).size;
  const required = quorumRequired(rules.quorum, seats);
  return {
    seats,
    required,
    present,
    represented,
    excused: count('excused'),
    absent: count('absent'),
    proxiesNotCounted: count('proxy') - represented,
    guests: attendance.length - members.length,
    counted: present + represented,
    reached: present + represented >= required,
  };
}
