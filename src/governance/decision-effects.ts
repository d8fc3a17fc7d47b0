/**
 * Decisions that act on their record: the record a decision names must exist, be of the kind its
 * effect acts on, and an effect on a membership (admitting, suspending, reinstating, excluding a
 * member) is carried out through the membership's lifecycle, citing the decision, in the
 * transaction that records it.
 */
import { and, eq } from 'drizzle-orm';
import { agreements } from '../agreements/tables.ts';
import type { Database } from '../db/client.ts';
import { actionOfEffect } from '../networks/admission-rules.ts';
import { takeDeclarationStep } from '../networks/declaration-steps.ts';
import { agreementDeclarations } from '../networks/tables.ts';
import { organizations } from '../organizations/tables.ts';
import { changeMembershipStatus } from '../people/membership-steps.ts';
import { memberships, people } from '../people/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ValidationError } from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import type { DecisionEffect } from './rules.ts';
import { decisions, meetings } from './tables.ts';

export const LINKED_RECORD_TYPES = ['organization', 'membership', 'agreement', 'person'] as const;
export type LinkedRecordType = (typeof LINKED_RECORD_TYPES)[number];

/** The kind of record each effect acts on. */
export const EFFECT_RECORD: Record<DecisionEffect, LinkedRecordType> = {
  admit_member: 'membership',
  suspend_member: 'membership',
  reinstate_member: 'membership',
  exclude_member: 'membership',
  approve_agreement: 'agreement',
};

const TABLES = {
  organization: organizations,
  membership: memberships,
  agreement: agreements,
  person: people,
};

/** The record a decision names exists, and is the kind its effect acts on; 422 otherwise. */
export async function assertLinkedRecord(
  db: Database,
  input: { entityType?: string | null; entityId?: string | null; effect?: DecisionEffect | null },
): Promise<void> {
  if (input.effect && !input.entityId) {
    throw new ValidationError(
      'governance.effect_other_record',
      { type: EFFECT_RECORD[input.effect] },
      '/entityId',
    );
  }
  if (!input.entityType || !input.entityId) return;
  if (input.effect && EFFECT_RECORD[input.effect] !== input.entityType) {
    throw new ValidationError(
      'governance.effect_other_record',
      { type: EFFECT_RECORD[input.effect] },
      '/entityType',
    );
  }
  const table = TABLES[input.entityType as LinkedRecordType];
  if (!table) throw new ValidationError('governance.linked_record_incomplete', '/entityType');
  const [found] = await db.select({ id: table.id }).from(table).where(eq(table.id, input.entityId));
  if (!found) {
    throw new ValidationError(
      'governance.entity_not_found',
      { type: input.entityType, id: input.entityId },
      '/entityId',
    );
  }
}

/**
 * Carries out a decision's effect, as the one recording it (whose rights the record's own rules
 * check), citing it, in the transaction that records it:
 * - on a membership (admit, suspend, reinstate, exclude), through the membership's lifecycle: its
 *   history links the step to the decision, which is marked applied;
 * - approving an agreement is the network's word on what its member declared: the declaration to
 *   the body's network is validated, through the declarations' own steps.
 */
export async function carryOutDecision(
  tx: Database,
  actingAs: ActingAs,
  decision: {
    id: string;
    meetingId: string;
    entityId: string | null;
    effect: DecisionEffect | null;
    text: LocalizedText;
  },
): Promise<void> {
  if (!decision.effect || !decision.entityId) return;
  if (decision.effect === 'approve_agreement') {
    const [body] = await tx
      .select({ networkId: organizations.parentId })
      .from(meetings)
      .innerJoin(organizations, eq(organizations.id, meetings.bodyId))
      .where(eq(meetings.id, decision.meetingId));
    const [declared] = body?.networkId
      ? await tx
          .select({ id: agreementDeclarations.id })
          .from(agreementDeclarations)
          .where(
            and(
              eq(agreementDeclarations.agreementId, decision.entityId),
              eq(agreementDeclarations.networkId, body.networkId),
            ),
          )
      : [];
    if (!declared || !body?.networkId) {
      throw new ValidationError('governance.agreement_not_declared', '/entityId');
    }
    await takeDeclarationStep(tx, actingAs, decision.entityId, body.networkId, { action: 'validate' });
    await tx.update(decisions).set({ appliedAt: new Date() }).where(eq(decisions.id, decision.id));
    return;
  }
  const action = actionOfEffect(decision.effect);
  if (!action) return;
  await changeMembershipStatus(
    tx,
    actingAs,
    decision.entityId,
    {
      action,
      decisionId: decision.id,
      // A suspension or an exclusion says why: the decision's own words.
      reason:
        decision.text.en ?? decision.text.fr ?? decision.text.ar ?? Object.values(decision.text)[0] ?? null,
    },
    { decisionField: '/effect' },
  );
}
