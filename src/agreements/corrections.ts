import { and, asc, eq, min } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { canActFor, type Principal } from '../accounts/policy.ts';
import { users } from '../accounts/tables.ts';
import type { Reader } from '../accounts/visibility.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate } from '../shared/dates.ts';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.ts';
import {
  assertCorrectionMove,
  assertMayMove,
  type CorrectionStatus,
  mayDecideCorrection,
} from './correction-rules.ts';
import { assertPlausibleSigning, latestToday, termAfterCorrection } from './plausibility.ts';
import { getAgreement } from './reading.ts';
import type { AgreementCorrection, CorrectionDecision, CorrectionInput } from './schemas.ts';
import { agreementCorrections, agreementParts, agreements } from './tables.ts';
import { readableFactsOf } from './visibility.ts';
import { lockAgreement } from './writes.ts';

// Corrections of what a signature fixed: proposed by whoever acts for the agreement, confirmed or
// rejected by someone above its parties (correction-rules.ts), applied in the transaction that
// confirms them. Every change of a correction's status goes through `moveCorrection`.

const proposer = alias(users, 'proposer');
const decider = alias(users, 'decider');

async function correctionRows(db: Database, where: ReturnType<typeof eq>) {
  return db
    .select({
      correction: agreementCorrections,
      partNumber: agreementParts.number,
      proposerName: proposer.displayName,
      deciderName: decider.displayName,
    })
    .from(agreementCorrections)
    .innerJoin(agreementParts, eq(agreementParts.id, agreementCorrections.partId))
    .leftJoin(proposer, eq(proposer.id, agreementCorrections.proposedBy))
    .leftJoin(decider, eq(decider.id, agreementCorrections.decidedBy))
    .where(where)
    .orderBy(asc(agreementCorrections.proposedAt), asc(agreementCorrections.id));
}

type CorrectionRow = Awaited<ReturnType<typeof correctionRows>>[number];

function correctionOf(
  { correction, partNumber, proposerName, deciderName }: CorrectionRow,
  mayDecide: boolean,
  principal: Principal | null | undefined,
): AgreementCorrection {
  const open = correction.status === 'proposed';
  return {
    id: correction.id,
    agreementId: correction.agreementId,
    partId: correction.partId,
    partNumber,
    field: correction.field,
    fromValue: correction.fromValue,
    toValue: correction.toValue,
    reason: correction.reason,
    status: correction.status,
    proposedBy: correction.proposedBy ? { id: correction.proposedBy, name: proposerName ?? '' } : null,
    proposedAt: correction.proposedAt,
    decidedBy: correction.decidedBy ? { id: correction.decidedBy, name: deciderName ?? '' } : null,
    decidedAt: correction.decidedAt,
    decisionNote: correction.decisionNote,
    actions: {
      decide: open && mayDecide,
      withdraw:
        open && !!principal && (principal.userId === correction.proposedBy || principal.isPlatformAdmin),
    },
  };
}

async function oneCorrection(tx: Database, id: string, actingAs: ActingAs): Promise<AgreementCorrection> {
  const [row] = await correctionRows(tx, eq(agreementCorrections.id, id));
  if (!row) throw new NotFoundError('correction.not_found', { id });
  const [agreement] = await tx.select().from(agreements).where(eq(agreements.id, row.correction.agreementId));
  const { facts } = await readableFactsOf(tx, agreement!);
  return correctionOf(
    row,
    mayDecideCorrection(actingAs.principal, facts, row.correction.proposedBy),
    actingAs.principal,
  );
}

/** The signed parts of an agreement as the plausibility rules see them. */
async function partsOf(tx: Database, agreementId: string) {
  return tx
    .select({ id: agreementParts.id, number: agreementParts.number, signedOn: agreementParts.signedOn })
    .from(agreementParts)
    .where(eq(agreementParts.agreementId, agreementId));
}

/** Checks a corrected date of signature against today and the agreement's other parts. */
async function assertPlausibleCorrection(tx: Database, agreementId: string, partId: string, value: string) {
  assertDate(value, '/value');
  const parts = await partsOf(tx, agreementId);
  const part = parts.find((each) => each.id === partId)!;
  assertPlausibleSigning(
    { number: part.number, signedOn: value },
    parts.filter((each) => each.id !== partId),
    latestToday(),
    '/value',
  );
}

/** Proposes a new value for a signed part's field, with the reason the recorded one is wrong. */
export async function proposeCorrection(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  input: CorrectionInput,
): Promise<AgreementCorrection> {
  await lockAgreement(tx, actingAs, agreementId);
  const reason = input.reason.trim();
  if (reason === '') throw new ValidationError('correction.reason_required', '/reason');
  const [part] = await tx
    .select()
    .from(agreementParts)
    .where(and(eq(agreementParts.id, input.partId), eq(agreementParts.agreementId, agreementId)));
  if (!part) throw new ValidationError('part.not_in_agreement', { id: input.partId }, '/partId');
  if (!part.signedOn)
    throw new ConflictError('correction.part_not_signed', { number: part.number }, '/partId');
  if (input.value === part.signedOn) throw new ValidationError('correction.unchanged', '/value');
  await assertPlausibleCorrection(tx, agreementId, part.id, input.value);
  const [pending] = await tx
    .select({ id: agreementCorrections.id })
    .from(agreementCorrections)
    .where(
      and(
        eq(agreementCorrections.partId, part.id),
        eq(agreementCorrections.field, input.field),
        eq(agreementCorrections.status, 'proposed'),
      ),
    );
  if (pending) throw new ConflictError('correction.pending_exists', '/partId');
  const [created] = await tx
    .insert(agreementCorrections)
    .values({
      agreementId,
      partId: part.id,
      field: input.field,
      fromValue: part.signedOn,
      toValue: input.value,
      reason,
      proposedBy: actingAs.principal?.userId ?? null,
    })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'agreement_correction',
    entityId: created!.id,
    after: created,
  });
  return oneCorrection(tx, created!.id, actingAs);
}

/** Confirms, rejects or withdraws a proposed correction; a confirmed one is applied at once. */
export async function moveCorrection(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  to: Exclude<CorrectionStatus, 'proposed'>,
  decision: CorrectionDecision,
): Promise<AgreementCorrection> {
  const [found] = await tx.select().from(agreementCorrections).where(eq(agreementCorrections.id, id));
  if (!found) throw new NotFoundError('correction.not_found', { id });
  // Locked before the correction itself, as every write to the agreement locks it first.
  const agreement = await lockAgreement(tx, actingAs, found.agreementId);
  const [current] = await tx
    .select()
    .from(agreementCorrections)
    .where(eq(agreementCorrections.id, id))
    .for('update');
  const { facts } = await readableFactsOf(tx, agreement);
  // Who may, before whether it still can: a refusal does not depend on what others did meanwhile.
  assertMayMove(to, actingAs.principal, facts, current!.proposedBy);
  assertCorrectionMove(current!.status, to);
  if (to === 'confirmed') await applyCorrection(tx, actingAs, agreement, current!);
  const [after] = await tx
    .update(agreementCorrections)
    .set({
      status: to,
      decidedBy: actingAs.principal?.userId ?? null,
      decidedAt: new Date(),
      decisionNote: decision.note?.trim() || null,
    })
    .where(eq(agreementCorrections.id, id))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'agreement_correction',
    entityId: id,
    before: { status: current!.status },
    after: { status: to, note: after!.decisionNote },
  });
  return oneCorrection(tx, id, actingAs);
}

/** Writes the corrected date on the part, and what follows from it on the agreement. */
async function applyCorrection(
  tx: Database,
  actingAs: ActingAs,
  agreement: typeof agreements.$inferSelect,
  correction: typeof agreementCorrections.$inferSelect,
) {
  // The date may have become implausible since it was proposed (another part corrected meanwhile).
  await assertPlausibleCorrection(tx, agreement.id, correction.partId, correction.toValue);
  const [part] = await tx.select().from(agreementParts).where(eq(agreementParts.id, correction.partId));
  const [corrected] = await tx
    .update(agreementParts)
    .set({ signedOn: correction.toValue })
    .where(eq(agreementParts.id, correction.partId))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'agreement_part',
    entityId: correction.partId,
    before: part,
    after: { ...corrected, correctionId: correction.id },
  });
  const [{ first } = { first: null }] = await tx
    .select({ first: min(agreementParts.signedOn) })
    .from(agreementParts)
    .where(eq(agreementParts.agreementId, agreement.id));
  const term = part!.signedOn
    ? termAfterCorrection(agreement, part!.signedOn, correction.toValue)
    : { startsOn: agreement.startsOn, endsOn: agreement.endsOn };
  const changes = { signedOn: first, ...term };
  await tx
    .update(agreements)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(agreements.id, agreement.id));
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'agreement',
    entityId: agreement.id,
    before: { signedOn: agreement.signedOn, startsOn: agreement.startsOn, endsOn: agreement.endsOn },
    after: { ...changes, correctionId: correction.id },
  });
}

/**
 * The corrections of an agreement as this reader may see them: none unless they may read the
 * agreement (not found, as for the agreement); the confirmed ones, which the public history shows,
 * for every reader; those still open, rejected or withdrawn only for whoever may act for the
 * agreement or decide on its corrections.
 */
export async function listCorrections(
  db: Database,
  agreementId: string,
  reader: Reader,
  principal: Principal | null,
): Promise<AgreementCorrection[]> {
  await getAgreement(db, agreementId, reader);
  const [agreement] = await db.select().from(agreements).where(eq(agreements.id, agreementId));
  const { facts } = await readableFactsOf(db, agreement!);
  const insider = !!principal && canActFor(principal, facts);
  const rows = await correctionRows(db, eq(agreementCorrections.agreementId, agreementId));
  return rows
    .filter((row) => insider || row.correction.status === 'confirmed')
    .map((row) =>
      correctionOf(row, mayDecideCorrection(principal, facts, row.correction.proposedBy), principal),
    );
}
