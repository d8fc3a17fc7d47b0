/**
 * A network's word on the agreements its members record. An agreement recorded by an officer of a
 * member is *declared* to each network that member belongs to: the portal shows it as the member's
 * declaration until the network's secretariat *validates* it, or *returns* it with a reason (the
 * member corrects it and declares it again). A validation can be withdrawn the same way, with a
 * reason. An agreement the secretariat records itself is validated at once. Plain rules, no I/O:
 * every change of status goes through `assertDeclarationStep`.
 */
import { ConflictError, ForbiddenError, label, ValidationError } from '../shared/errors.ts';

export const DECLARATION_STATUSES = ['declared', 'validated', 'returned'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

export const DECLARATION_ACTIONS = ['validate', 'return', 'redeclare', 'amend'] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];

/**
 * Who takes a step: the network (its secretariat) decides; the member that declared declares again;
 * the record itself, changed after the network's word, asks for it again.
 */
type Side = 'network' | 'member' | 'record';

interface DeclarationStep {
  from: DeclarationStatus;
  action: DeclarationAction;
  to: DeclarationStatus;
  by: Side;
  /** Whether the step must say why (a return tells the member what to correct). */
  needsReason: boolean;
}

export const DECLARATION_STEPS: readonly DeclarationStep[] = [
  { from: 'declared', action: 'validate', to: 'validated', by: 'network', needsReason: false },
  { from: 'declared', action: 'return', to: 'returned', by: 'network', needsReason: true },
  { from: 'validated', action: 'return', to: 'returned', by: 'network', needsReason: true },
  { from: 'returned', action: 'redeclare', to: 'declared', by: 'member', needsReason: false },
  { from: 'validated', action: 'amend', to: 'declared', by: 'record', needsReason: false },
];

export interface SidesActedFor {
  network: boolean;
  member: boolean;
  /** A platform admin may take any step. */
  admin: boolean;
}

function stepOf(from: DeclarationStatus, action: DeclarationAction): DeclarationStep | undefined {
  return DECLARATION_STEPS.find((step) => step.from === from && step.action === action);
}

function sideMayTake(step: DeclarationStep, actsFor: SidesActedFor): boolean {
  // A change of the record is no one's step to take: the record's own writes take it (`admin`).
  if (step.by === 'record') return actsFor.admin;
  return actsFor.admin || actsFor[step.by];
}

/** The steps a person takes (the record's own, `amend`, is taken by its writes, never asked for). */
export const DECLARATION_STEPS_TAKEN = [
  'validate',
  'return',
  'redeclare',
] as const satisfies readonly DeclarationAction[];

/** The steps one acting for these sides may take from this status: what a page offers them. */
export function openDeclarationActions(from: DeclarationStatus, actsFor: SidesActedFor): DeclarationAction[] {
  return DECLARATION_STEPS_TAKEN.filter((action) => {
    const step = stepOf(from, action);
    return step !== undefined && sideMayTake(step, actsFor);
  });
}

/** The status after `action`; a ConflictError, ForbiddenError or ValidationError (no reason) otherwise. */
export function assertDeclarationStep(
  from: DeclarationStatus,
  action: DeclarationAction,
  actsFor: SidesActedFor,
  reason: string | null | undefined,
): DeclarationStatus {
  const step = stepOf(from, action);
  if (!step) {
    throw new ConflictError(
      'declaration.step_not_allowed',
      { status: label(`declaration_status.${from}`), action: label(`declaration_action.${action}`) },
      '/action',
    );
  }
  if (!sideMayTake(step, actsFor)) {
    throw new ForbiddenError('declaration.other_side', { side: label(`declaration_side.${step.by}`) });
  }
  if (step.needsReason && !reason?.trim()) throw new ValidationError('declaration.reason_needed', '/reason');
  return step.to;
}

/** The status an agreement starts in for a network, by who recorded it: the network itself validates at once. */
export function initialDeclarationStatus(recordedByNetwork: boolean): DeclarationStatus {
  return recordedByNetwork ? 'validated' : 'declared';
}
