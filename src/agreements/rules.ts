/**
 * Rules of agreements that need no database: what a valid agreement is, which approvals
 * a status change needs, how signing parts moves the term. Tested directly.
 */
import { addMonths } from '../shared/dates.ts';
import { allOf, ConflictError, label, ValidationError } from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import {
  type AgreementStatus,
  isAtOrBeyond,
  isTransitionAllowed,
  statusesOnEveryWayTo,
} from './lifecycle.ts';

export const AGREEMENT_TYPES = [
  'twinning',
  'friendship_cooperation_protocol',
  'cooperation_agreement',
  'memorandum_of_understanding',
  'other',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/** The controlled list of themes (the Club's themes and the usual fields of decentralized cooperation). */
export const THEMES = [
  'local_development',
  'ecological_transition',
  'social_cohesion',
  'sustainable_development',
  'youth_empowerment',
  'trade',
  'culture',
  'tourism',
  'education',
  'health',
  'water_sanitation',
  'agriculture',
  'urban_planning',
  'governance',
  'solidarity',
  'peace_security',
  'sport',
  'gender_equality',
  'digital',
] as const;
export type Theme = (typeof THEMES)[number];

export const PART_KINDS = ['original', 'further_part', 'renewal', 'amendment'] as const;
export type PartKind = (typeof PART_KINDS)[number];

export const RENEWAL_TERMS = ['none', 'tacit', 'by_agreement'] as const;

export const SIGNATORY_ROLES = ['signatory', 'witness'] as const;

export const APPROVAL_DECISIONS = ['approved', 'refused', 'pending'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export interface PartyRef {
  organizationId?: string | null;
  description?: LocalizedText | null;
  countryCode?: string | null;
}

/** Two or more parties, each named or described, none listed twice. */
export function assertParties(parties: readonly PartyRef[]): void {
  if (parties.length < 2) throw new ValidationError('agreement.two_parties', '/parties');
  const seen = new Set<string>();
  parties.forEach((party, index) => {
    if (!party.organizationId && !party.description) {
      throw new ValidationError('party.organization_or_description', `/parties/${index}`);
    }
    if (party.organizationId) {
      if (seen.has(party.organizationId)) {
        throw new ValidationError('party.duplicate', `/parties/${index}/organizationId`);
      }
      seen.add(party.organizationId);
    }
  });
}

export interface PolicyParty {
  organizationId: string | null;
  countryCode: string | null;
}

export interface ApprovalFact {
  partyOrganizationId: string | null;
  decision: ApprovalDecision;
}

/** Countries whose parties need an approval, and the status from which it is needed. */
export type ApprovalPolicies = ReadonlyMap<string, AgreementStatus>;

/** Parties whose country requires an approval for `to` that they do not have yet. */
export function partiesMissingApproval(
  to: AgreementStatus,
  parties: readonly PolicyParty[],
  approvals: readonly ApprovalFact[],
  policies: ApprovalPolicies,
): PolicyParty[] {
  return parties.filter((party) => {
    if (!party.countryCode) return false;
    const requiredFrom = policies.get(party.countryCode);
    if (!requiredFrom || !isAtOrBeyond(to, requiredFrom)) return false;
    return !approvals.some(
      (approval) => approval.decision === 'approved' && approval.partyOrganizationId === party.organizationId,
    );
  });
}

export interface TransitionCheck {
  from: AgreementStatus;
  to: AgreementStatus;
  parties: readonly PolicyParty[];
  approvals: readonly ApprovalFact[];
  policies: ApprovalPolicies;
  /** Signing state implied by the parts (null when no part is signed). */
  partsSigningStatus: AgreementStatus | null;
}

/** Refuses a status change the lifecycle, the parts or the approval policy do not allow. */
export function assertTransition(check: TransitionCheck): void {
  const { from, to } = check;
  if (!isTransitionAllowed(from, to)) {
    throw new ConflictError(
      'agreement.transition_not_allowed',
      { from: label(`agreement_status.${from}`), to: label(`agreement_status.${to}`) },
      '/to',
    );
  }
  assertStatusConsistent(check);
}

/** The checks that hold for any status an agreement is put in, by transition or when recorded as such. */
export function assertStatusConsistent(check: Omit<TransitionCheck, 'from'>, field = '/to'): void {
  const { to } = check;
  if ((to === 'signed' || to === 'partially_signed') && check.partsSigningStatus !== to) {
    throw new ConflictError(
      to === 'signed' ? 'agreement.parts_unsigned' : 'agreement.partially_signed_parts',
      field,
    );
  }
  if (isAtOrBeyond(to, 'approved') && check.parties.some((party) => !party.organizationId)) {
    throw new ConflictError('agreement.parties_unidentified', '/parties');
  }
  const missing = partiesMissingApproval(to, check.parties, check.approvals, check.policies);
  if (missing.length > 0) {
    const countries = [...new Set(missing.map((party) => party.countryCode ?? ''))];
    throw new ConflictError('agreement.approval_required', { countries: allOf(countries) }, '/approvals');
  }
}

/**
 * The checks for an agreement recorded directly in a status, as creation makes it: the same rules as
 * reaching that status by transitions, so each status on every way there must hold as well (an
 * agreement recorded as `in_force` or `ended` was signed, every part of it).
 */
export function assertRecordedStatus(check: Omit<TransitionCheck, 'from'>): void {
  for (const step of statusesOnEveryWayTo(check.to)) {
    if (step === 'signed' && check.partsSigningStatus !== 'signed') {
      throw new ConflictError(
        'agreement.recorded_unsigned',
        { status: label(`agreement_status.${check.to}`) },
        '/parts',
      );
    }
    assertStatusConsistent({ ...check, to: step }, '/status');
  }
  assertStatusConsistent(check, '/status');
}

export interface Term {
  startsOn: string | null;
  endsOn: string | null;
}

/** The term once a part is signed: the first signature starts it, a renewal extends it. */
export function termAfterSigning(
  term: Term & { termMonths: number | null },
  part: { kind: PartKind; signedOn: string; extendsTermMonths: number | null },
): Term {
  if (part.kind === 'renewal' && part.extendsTermMonths && term.endsOn) {
    return { startsOn: term.startsOn, endsOn: addMonths(term.endsOn, part.extendsTermMonths) };
  }
  const startsOn = term.startsOn ?? part.signedOn;
  const endsOn = term.endsOn ?? (term.termMonths ? addMonths(startsOn, term.termMonths) : null);
  return { startsOn, endsOn };
}
