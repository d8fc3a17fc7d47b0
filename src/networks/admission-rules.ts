/**
 * Who admits, suspends, reinstates and excludes a network's members: its secretariat, or one of
 * its bodies by a resolution (the network's charter says which). Where a body decides, the
 * network's word on a member must cite a decision of that body, adopted by its vote when it was
 * put to one, about this very membership, and doing what the step does. Where the secretariat
 * decides, citing a decision is optional, but one cited must still be about this membership and do
 * what the step does. Plain rules, no I/O: the database layer reads the facts and calls
 * `assertDecisionFits` for every such step, whether taken by hand or by the decision itself.
 */
import type { DecisionEffect } from '../governance/rules.ts';
import type { Outcome } from '../governance/voting.ts';
import type { MembershipAction } from '../people/membership-lifecycle.ts';
import { ConflictError, label, ValidationError } from '../shared/errors.ts';

export const ADMISSION_BY = ['secretariat', 'body'] as const;
export type AdmissionBy = (typeof ADMISSION_BY)[number];

export interface NetworkRules {
  admissionBy: AdmissionBy;
  admissionBodyId: string | null;
}

/** A network without rules of its own: its secretariat admits and excludes. */
export const DEFAULT_NETWORK_RULES: NetworkRules = { admissionBy: 'secretariat', admissionBodyId: null };

/** The decision effect that carries out each step of the network's word on a member. */
export const EFFECT_OF_ACTION: Partial<Record<MembershipAction, DecisionEffect>> = {
  accept: 'admit_member',
  suspend: 'suspend_member',
  reinstate: 'reinstate_member',
  exclude: 'exclude_member',
};

/** The step a decision's effect takes on a membership, if it acts on one. */
export function actionOfEffect(effect: DecisionEffect): MembershipAction | null {
  const found = Object.entries(EFFECT_OF_ACTION).find(([, candidate]) => candidate === effect);
  return found ? (found[0] as MembershipAction) : null;
}

/** Network rules as written: a body is named exactly when a body admits. */
export function validateNetworkRules(rules: NetworkRules, bodyOfNetwork: boolean | null): void {
  if (rules.admissionBy === 'body' && !rules.admissionBodyId) {
    throw new ValidationError('network_rules.body_required', '/admissionBodyId');
  }
  if (rules.admissionBy === 'secretariat' && rules.admissionBodyId) {
    throw new ValidationError('network_rules.body_not_expected', '/admissionBodyId');
  }
  if (rules.admissionBy === 'body' && bodyOfNetwork !== true) {
    throw new ValidationError('network_rules.body_not_of_network', '/admissionBodyId');
  }
}

/** The facts about a cited decision the rule needs, read by the database layer. */
export interface CitedDecision {
  id: string;
  /** The body whose meeting took the decision. */
  bodyId: string;
  /** The network that body belongs to (walking up its parents). */
  networkId: string | null;
  entityType: string | null;
  entityId: string | null;
  effect: DecisionEffect | null;
  /** Whether it was put to a vote (a motion), and that vote's outcome. */
  hasMotion: boolean;
  voteOutcome: Outcome | null;
  /** When it was carried out already, on this membership or before. */
  appliedAt: Date | null;
}

/**
 * Whether a step of the network's word on a membership may be taken with the decision cited (or
 * none): 422 on `field` when a decision is needed and missing, or the one cited does not fit; 409
 * when it was not adopted or was carried out already.
 */
export function assertDecisionFits(step: {
  action: MembershipAction;
  /** Whether the step is the network's word on the member (see membership-lifecycle's isOrganizationsWord). */
  organizationsWord: boolean;
  membershipId: string;
  networkId: string;
  rules: NetworkRules;
  decision: CitedDecision | null;
  /** Whether a decision id was sent at all (a sent id naming nothing is told apart from none). */
  decisionCited: boolean;
  field?: string;
}): void {
  const field = step.field ?? '/decisionId';
  const effect = EFFECT_OF_ACTION[step.action];
  if (step.decisionCited && !step.decision) throw new ValidationError('membership.decision_not_found', field);
  if (!step.decision) {
    if (step.organizationsWord && effect && step.rules.admissionBy === 'body') {
      throw new ValidationError(
        'membership.decision_required',
        { action: label(`membership_action.${step.action}`) },
        field,
      );
    }
    return;
  }
  const decision = step.decision;
  if (!effect || !step.organizationsWord)
    throw new ValidationError('membership.decision_not_expected', field);
  if (decision.entityType !== 'membership' || decision.entityId !== step.membershipId) {
    throw new ValidationError('membership.decision_other_record', field);
  }
  if (decision.effect !== effect) {
    throw new ValidationError(
      'membership.decision_other_effect',
      { action: label(`membership_action.${step.action}`) },
      field,
    );
  }
  if (step.rules.admissionBy === 'body' && decision.bodyId !== step.rules.admissionBodyId) {
    throw new ValidationError('membership.decision_other_body', field);
  }
  if (decision.networkId !== step.networkId)
    throw new ValidationError('membership.decision_other_body', field);
  if (decision.hasMotion && decision.voteOutcome !== 'adopted') {
    throw new ConflictError('governance.motion_not_adopted', field);
  }
  if (decision.appliedAt) throw new ConflictError('membership.decision_applied', field);
}
