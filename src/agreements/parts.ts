import { and, eq, max } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { events } from '../events/tables.ts';
import { people } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate, assertDateOrder } from '../shared/dates.ts';
import { ConflictError, label, NotFoundError, ValidationError } from '../shared/errors.ts';
import { assertLocalizedText } from '../shared/validate.ts';
import type { ExpectedVersion } from '../shared/versions.ts';
import { partAddedReason, partSignedReason } from './history.ts';
import { assertPlausibleSigning, latestToday } from './plausibility.ts';
import { existingIds } from './references.ts';
import { termAfterSigning } from './rules.ts';
import type { AgreementDetail, PartChanges, PartInput, SignatoryInput } from './schemas.ts';
import { partyOrganizationsOf } from './scope.ts';
import { agreementParts, agreements, partSignatories } from './tables.ts';
import { followParts } from './transitions.ts';
import { afterWrite, lockAgreement } from './writes.ts';

// Parts (the original text, further parts, amendments, renewals), their signatures and their
// signatories. Signing a part moves the agreement's status and term with it.

/** A part's dates are in order, what it cites exists, and its signatories sign for parties. */
export async function validatePart(
  tx: Database,
  part: PartInput,
  field: string,
  partyIds: ReadonlySet<string>,
): Promise<void> {
  assertDate(part.plannedFrom, `${field}/plannedFrom`);
  assertDate(part.plannedTo, `${field}/plannedTo`);
  assertDateOrder(part.plannedFrom, part.plannedTo, `${field}/plannedTo`);
  assertDate(part.signedOn, `${field}/signedOn`);
  // The order of the parts is checked where they are known together (new agreement, signature).
  assertPlausibleSigning(
    { number: 0, signedOn: part.signedOn ?? null },
    [],
    latestToday(),
    `${field}/signedOn`,
  );
  assertLocalizedText(part.title, `${field}/title`, false);
  if (part.extendsTermMonths && part.kind !== 'renewal') {
    throw new ValidationError('part.term_extension_not_renewal', `${field}/extendsTermMonths`);
  }
  if (part.signingPlaceId && !(await existingIds(tx, places, [part.signingPlaceId])).size) {
    throw new ValidationError('place.not_found', { id: part.signingPlaceId }, `${field}/signingPlaceId`);
  }
  if (part.signingEventId && !(await existingIds(tx, events, [part.signingEventId])).size) {
    throw new ValidationError('event.not_found', { id: part.signingEventId }, `${field}/signingEventId`);
  }
  await validateSignatories(tx, part.signatories ?? [], `${field}/signatories`, partyIds);
}

async function validateSignatories(
  tx: Database,
  signatories: SignatoryInput[],
  field: string,
  partyIds: ReadonlySet<string>,
) {
  const known = await existingIds(
    tx,
    people,
    signatories.map((signatory) => signatory.personId),
  );
  signatories.forEach((signatory, index) => {
    if (!known.has(signatory.personId))
      throw new ValidationError('person.not_found', { id: signatory.personId }, `${field}/${index}/personId`);
    if (signatory.partyOrganizationId && !partyIds.has(signatory.partyOrganizationId)) {
      throw new ValidationError('signatory.not_a_party', `${field}/${index}/partyOrganizationId`);
    }
    if (signatory.role === 'signatory' && !signatory.partyOrganizationId) {
      throw new ValidationError('signatory.party_required', `${field}/${index}/partyOrganizationId`);
    }
    assertLocalizedText(signatory.postLabel, `${field}/${index}/postLabel`, false);
  });
}

export async function insertSignatories(tx: Database, partId: string, signatories: SignatoryInput[]) {
  if (signatories.length === 0) return;
  await tx.insert(partSignatories).values(
    signatories.map((signatory) => ({
      partId,
      personId: signatory.personId,
      partyOrganizationId: signatory.partyOrganizationId ?? null,
      role: signatory.role,
      postLabel: signatory.postLabel ?? {},
    })),
  );
}

/** The row a part is stored as: the first is the original text unless it says otherwise. */
export function partValues(agreementId: string, number: number, part: PartInput) {
  return {
    agreementId,
    number,
    kind: part.kind ?? (number === 1 ? 'original' : 'further_part'),
    title: part.title ?? {},
    plannedFrom: part.plannedFrom ?? null,
    plannedTo: part.plannedTo ?? null,
    signedOn: part.signedOn ?? null,
    signingPlaceId: part.signingPlaceId ?? null,
    signingEventId: part.signingEventId ?? null,
    extendsTermMonths: part.extendsTermMonths ?? null,
  };
}

async function partOf(tx: Database, agreementId: string, partId: string) {
  const [part] = await tx
    .select()
    .from(agreementParts)
    .where(and(eq(agreementParts.id, partId), eq(agreementParts.agreementId, agreementId)));
  if (!part) throw new NotFoundError('part.not_found', { id: partId, agreementId });
  return part;
}

export async function addPart(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  input: PartInput,
): Promise<AgreementDetail> {
  const current = await lockAgreement(tx, actingAs, agreementId);
  const kind = input.kind ?? 'further_part';
  const status = current.status;
  if (kind === 'further_part' && ['signed', 'in_force', 'suspended'].includes(status)) {
    throw new ConflictError('agreement.signed_takes_amendments', '/kind');
  }
  if (['ended', 'withdrawn'].includes(status)) {
    throw new ConflictError('agreement.closed', { status: label(`agreement_status.${status}`) }, '/kind');
  }
  await validatePart(tx, { ...input, kind }, '', new Set(await partyOrganizationsOf(tx, agreementId)));
  const [{ last } = { last: 0 }] = await tx
    .select({ last: max(agreementParts.number) })
    .from(agreementParts)
    .where(eq(agreementParts.agreementId, agreementId));
  const { signedOn, ...unsigned } = input;
  const [part] = await tx
    .insert(agreementParts)
    .values(partValues(agreementId, (last ?? 0) + 1, { ...unsigned, kind }))
    .returning();
  await insertSignatories(tx, part!.id, input.signatories ?? []);
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'agreement_part',
    entityId: part!.id,
    after: part,
  });
  if (signedOn) await signPart(tx, actingAs, agreementId, part!.id, { signedOn });
  else await followParts(tx, actingAs, agreementId, partAddedReason(part!.number));
  return afterWrite(tx, actingAs, agreementId);
}

/** Edits a part; setting `signedOn` records its signature and moves the agreement's status with it. */
export async function updatePart(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  partId: string,
  changes: PartChanges,
  expected?: ExpectedVersion,
): Promise<AgreementDetail> {
  await lockAgreement(tx, actingAs, agreementId, expected);
  const part = await partOf(tx, agreementId, partId);
  const { signedOn, ...fields } = changes;
  await validatePart(
    tx,
    {
      ...fields,
      kind: part.kind,
      plannedFrom: fields.plannedFrom ?? part.plannedFrom,
      plannedTo: fields.plannedTo ?? part.plannedTo,
    },
    '',
    new Set(),
  );
  if (Object.keys(fields).length > 0) {
    const [after] = await tx
      .update(agreementParts)
      .set(fields)
      .where(eq(agreementParts.id, partId))
      .returning();
    await recordChange(tx, actingAs, {
      action: 'update',
      entityType: 'agreement_part',
      entityId: partId,
      before: part,
      after,
    });
  }
  if (signedOn !== undefined) {
    if (part.signedOn)
      throw new ConflictError(
        'part.already_signed',
        { number: part.number, date: part.signedOn },
        '/signedOn',
      );
    await signPart(tx, actingAs, agreementId, partId, { signedOn });
  }
  return afterWrite(tx, actingAs, agreementId);
}

/** Records a part's signature (the agreement is locked and checked by the caller). */
async function signPart(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  partId: string,
  { signedOn }: { signedOn: string },
): Promise<void> {
  assertDate(signedOn, '/signedOn');
  const [current] = await tx.select().from(agreements).where(eq(agreements.id, agreementId));
  if (!current) throw new NotFoundError('agreement.not_found', { id: agreementId });
  const status = current.status;
  const [part] = await tx.select().from(agreementParts).where(eq(agreementParts.id, partId));
  const kind = part!.kind;
  const otherParts = await tx
    .select({ number: agreementParts.number, signedOn: agreementParts.signedOn })
    .from(agreementParts)
    .where(eq(agreementParts.agreementId, agreementId));
  assertPlausibleSigning(
    { number: part!.number, signedOn },
    otherParts.filter((other) => other.number !== part!.number),
    latestToday(),
    '/signedOn',
  );
  const amendsSignedAgreement =
    ['signed', 'in_force', 'suspended'].includes(status) && kind !== 'further_part';
  if (!['approved', 'partially_signed'].includes(status) && !amendsSignedAgreement) {
    throw new ConflictError(
      'part.signed_before_approval',
      { status: label(`agreement_status.${status}`) },
      '/signedOn',
    );
  }
  const [signed] = await tx
    .update(agreementParts)
    .set({ signedOn })
    .where(eq(agreementParts.id, partId))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'agreement_part',
    entityId: partId,
    before: part,
    after: signed,
  });
  const term = termAfterSigning(
    { startsOn: current.startsOn, endsOn: current.endsOn, termMonths: current.termMonths },
    { kind, signedOn, extendsTermMonths: part!.extendsTermMonths },
  );
  const firstSignature = current.signedOn && current.signedOn < signedOn ? current.signedOn : signedOn;
  await tx
    .update(agreements)
    .set({ ...term, signedOn: firstSignature, updatedAt: new Date() })
    .where(eq(agreements.id, agreementId));
  await followParts(tx, actingAs, agreementId, partSignedReason(part!.number, signedOn));
}

export async function addSignatory(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  partId: string,
  input: SignatoryInput,
): Promise<AgreementDetail> {
  await lockAgreement(tx, actingAs, agreementId);
  await partOf(tx, agreementId, partId);
  await validateSignatories(
    tx,
    [input],
    '/signatories',
    new Set(await partyOrganizationsOf(tx, agreementId)),
  );
  await insertSignatories(tx, partId, [input]);
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'part_signatory',
    entityId: partId,
    after: input,
  });
  return afterWrite(tx, actingAs, agreementId);
}
