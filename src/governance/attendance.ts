/**
 * Attendance at a meeting and the quorum it reaches, computed from the body's rules. Plain rules, no I/O.
 *
 * Counted: members present, and members represented by a proxy held by a member present, up to the
 * number of proxies the rules let one member hold (the first ones given, in the order listed).
 * Not counted: excused and absent members, proxies when the rules allow none, proxies held by
 * someone not present, and proxies beyond the allowed number.
 */
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

export interface QuorumState {
  seats: number;
  required: number;
  present: number;
  represented: number;
  excused: number;
  absent: number;
  /** Proxies given but not counted (not allowed, holder absent, or beyond the holder's allowance). */
  proxiesNotCounted: number;
  /** Present plus represented: what the quorum is measured on. */
  counted: number;
  reached: boolean;
}

/** An attendance entry that is coherent by itself; a ValidationError naming the field otherwise. */
export function validateAttendance(entry: Attendance, rules: BodyRules): Attendance {
  if (entry.status === 'proxy') {
    if (!rules.proxiesAllowed) throw new ValidationError('governance.proxies_not_allowed', '/status');
    if (!entry.proxyHolderId) throw new ValidationError('governance.proxy_holder_required', '/proxyHolderId');
    if (entry.proxyHolderId === entry.personId) {
      throw new ValidationError('governance.proxy_holder_self', '/proxyHolderId');
    }
  } else if (entry.proxyHolderId) {
    throw new ValidationError('governance.proxy_holder_only_for_proxy', '/proxyHolderId');
  }
  return entry;
}

/** The members whose proxies count: given to a member present, within the holder's allowance. */
export function countedProxies(attendance: readonly Attendance[], rules: BodyRules): Set<string> {
  const counted = new Set<string>();
  if (!rules.proxiesAllowed) return counted;
  const present = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.personId));
  const held = new Map<string, number>();
  for (const entry of attendance) {
    if (entry.status !== 'proxy' || !entry.proxyHolderId || !present.has(entry.proxyHolderId)) continue;
    const already = held.get(entry.proxyHolderId) ?? 0;
    if (already >= rules.maxProxiesPerMember) continue;
    held.set(entry.proxyHolderId, already + 1);
    counted.add(entry.personId);
  }
  return counted;
}

export function quorumState(attendance: readonly Attendance[], rules: BodyRules, seats: number): QuorumState {
  const count = (status: string) => attendance.filter((a) => a.status === status).length;
  const present = count('present');
  const represented = countedProxies(attendance, rules).size;
  const required = quorumRequired(rules.quorum, seats);
  return {
    seats,
    required,
    present,
    represented,
    excused: count('excused'),
    absent: count('absent'),
    proxiesNotCounted: count('proxy') - represented,
    counted: present + represented,
    reached: present + represented >= required,
  };
}
