import { and, eq, inArray, sql } from 'drizzle-orm';
import { mayActFor } from '../accounts/scopes.ts';
import { users } from '../accounts/tables.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate, assertDateOrder } from '../shared/dates.ts';
import { ConflictError, ForbiddenError, label, ValidationError } from '../shared/errors.ts';
import { assertCountry, assertLocalizedText } from '../shared/validate.ts';
import type { ExpectedVersion } from '../shared/versions.ts';
import { cite } from '../sources/sources.ts';
import { approvalValues, loadApprovalPolicies, validateApproval } from './approvals.ts';
import { RECORDED_REASON } from './history.ts';
import { PRE_SIGNATURE_STATUSES, SIGNED_STATUSES, signingStatusOfOwnParts } from './lifecycle.ts';
import { insertSignatories, partValues, validatePart } from './parts.ts';
import { assertPlausibleParts, latestToday } from './plausibility.ts';
import { getAgreement } from './reading.ts';
import { assertParties, assertRecordedStatus, type PolicyParty, termAfterSigning } from './rules.ts';
import type { AgreementChanges, AgreementDetail, AgreementInput, PartyInput } from './schemas.ts';
import { agreementTitleSearch } from './search.ts';
import {
  agreementParties,
  agreementParts,
  agreementReaders,
  agreements,
  agreementTransitions,
  approvals,
  partSignatories,
} from './tables.ts';
import { afterWrite, lockAgreement } from './writes.ts';

// Recording an agreement (with its parties, parts, approvals and sources, in the status it is
// already in) and changing its own fields, parties and readers.

/** Parties name organizations that exist; each takes its organization's country unless it says one. */
async function resolveParties(tx: Database, parties: PartyInput[]): Promise<PolicyParty[]> {
  assertParties(parties);
  const organizationIds = parties.flatMap((party) => (party.organizationId ? [party.organizationId] : []));
  const found = await tx
    .select({ id: organizations.id, countryCode: organizations.countryCode })
    .from(organizations)
    .where(organizationIds.length ? inArray(organizations.id, organizationIds) : sql`false`);
  const countryById = new Map(found.map((row) => [row.id, row.countryCode]));
  return parties.map((party, index) => {
    assertCountry(party.countryCode, `/parties/${index}/countryCode`);
    assertLocalizedText(party.description ?? undefined, `/parties/${index}/description`, false);
    if (party.organizationId && !countryById.has(party.organizationId)) {
      throw new ValidationError(
        'organization.not_found',
        { id: party.organizationId },
        `/parties/${index}/organizationId`,
      );
    }
    const countryCode =
      party.countryCode ?? (party.organizationId ? countryById.get(party.organizationId) : null) ?? null;
    return { organizationId: party.organizationId ?? null, countryCode };
  });
}

async function insertParties(
  tx: Database,
  agreementId: string,
  parties: PartyInput[],
  resolved: PolicyParty[],
): Promise<void> {
  await tx.insert(agreementParties).values(
    parties.map((party, index) => ({
      agreementId,
      position: index + 1,
      organizationId: party.organizationId ?? null,
      description: party.description ?? null,
      countryCode: resolved[index]!.countryCode,
    })),
  );
}

type Readers = { userIds: string[]; bodyIds: string[] };

/** Named readers must be accounts and bodies that exist. */
async function validateReaders(
  tx: Database,
  readers: { userIds?: string[]; bodyIds?: string[] } | undefined,
): Promise<Readers> {
  const userIds = readers?.userIds ?? [];
  const bodyIds = readers?.bodyIds ?? [];
  if (userIds.length) {
    const found = new Set(
      (await tx.select({ id: users.id }).from(users).where(inArray(users.id, userIds))).map((row) => row.id),
    );
    const missing = userIds.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      throw new ValidationError(
        'account.not_found',
        { id: userIds[missing]! },
        `/readers/userIds/${missing}`,
      );
    }
  }
  if (bodyIds.length) {
    const found = new Set(
      (
        await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(and(inArray(organizations.id, bodyIds), eq(organizations.kind, 'body')))
      ).map((row) => row.id),
    );
    const missing = bodyIds.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      throw new ValidationError(
        'organization.not_a_body',
        { id: bodyIds[missing]! },
        `/readers/bodyIds/${missing}`,
      );
    }
  }
  return { userIds, bodyIds };
}

async function replaceReaders(tx: Database, agreementId: string, readers: Readers): Promise<void> {
  await tx.delete(agreementReaders).where(eq(agreementReaders.agreementId, agreementId));
  const rows = [
    ...readers.userIds.map((userId) => ({ agreementId, userId })),
    ...readers.bodyIds.map((bodyId) => ({ agreementId, bodyId })),
  ];
  if (rows.length) await tx.insert(agreementReaders).values(rows);
}

function earliest(dates: Array<string | null>): string | null {
  const present = dates.filter((date): date is string => Boolean(date)).sort();
  return present[0] ?? null;
}

export async function createAgreement(
  tx: Database,
  actingAs: ActingAs,
  input: AgreementInput,
): Promise<AgreementDetail> {
  assertLocalizedText(input.title, '/title', true);
  assertLocalizedText(input.description, '/description', false);
  assertDate(input.startsOn, '/startsOn');
  assertDate(input.endsOn, '/endsOn');
  assertDateOrder(input.startsOn, input.endsOn, '/endsOn');
  const parties = await resolveParties(tx, input.parties);
  const partyIds = new Set(parties.flatMap((party) => (party.organizationId ? [party.organizationId] : [])));
  const partInputs = input.parts?.length ? input.parts : [{ kind: 'original' as const }];
  for (const [index, part] of partInputs.entries()) await validatePart(tx, part, `/parts/${index}`, partyIds);
  assertPlausibleParts(
    partInputs.map((part, index) => ({ number: index + 1, signedOn: part.signedOn ?? null })),
    latestToday(),
    '/parts',
  );
  for (const [index, approval] of (input.approvals ?? []).entries()) {
    await validateApproval(tx, approval, `/approvals/${index}`, partyIds);
  }
  const status = input.status ?? 'proposed';
  const partsSigningStatus = signingStatusOfOwnParts(
    partInputs.map((part, index) => ({
      kind: part.kind ?? (index === 0 ? 'original' : 'further_part'),
      signedOn: part.signedOn ?? null,
    })),
  );
  if (partsSigningStatus && !SIGNED_STATUSES.includes(status) && status !== 'ended') {
    throw new ConflictError(
      'agreement.signed_parts_status',
      { status: label(`agreement_status.${status}`) },
      '/status',
    );
  }
  if (status !== 'proposed') {
    assertRecordedStatus({
      to: status,
      parties,
      approvals: (input.approvals ?? []).map((approval) => ({
        partyOrganizationId: approval.partyOrganizationId ?? null,
        decision: approval.decision,
      })),
      policies: await loadApprovalPolicies(tx),
      partsSigningStatus,
    });
  }

  const signedOn = earliest(partInputs.map((part) => part.signedOn ?? null));
  const term =
    signedOn && input.termMonths
      ? termAfterSigning(
          { startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, termMonths: input.termMonths },
          { kind: 'original', signedOn, extendsTermMonths: null },
        )
      : { startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null };
  const readers = await validateReaders(tx, input.readers);
  const [row] = await tx
    .insert(agreements)
    .values({
      type: input.type,
      visibility: input.visibility ?? 'public',
      status,
      title: input.title,
      titleSearch: agreementTitleSearch(input.title),
      themes: input.themes ?? [],
      description: input.description ?? {},
      termMonths: input.termMonths ?? null,
      renewal: input.renewal ?? null,
      startsOn: term.startsOn,
      endsOn: term.endsOn,
      signedOn,
    })
    .returning();
  const agreementId = row!.id;
  await replaceReaders(tx, agreementId, readers);
  await insertParties(tx, agreementId, input.parties, parties);
  for (const [index, part] of partInputs.entries()) {
    const [partRow] = await tx
      .insert(agreementParts)
      .values(partValues(agreementId, index + 1, part))
      .returning();
    await insertSignatories(tx, partRow!.id, part.signatories ?? []);
  }
  if (input.approvals?.length) {
    await tx
      .insert(approvals)
      .values(input.approvals.map((approval) => approvalValues(agreementId, approval)));
  }
  await tx.insert(agreementTransitions).values({
    agreementId,
    fromStatus: null,
    toStatus: status,
    actor: actingAs.actor,
    reason: input.statusReason ?? RECORDED_REASON,
  });
  for (const [index, citation] of (input.sources ?? []).entries()) {
    await cite(tx, actingAs, 'agreement', agreementId, citation, `/sources/${index}`);
  }
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'agreement',
    entityId: agreementId,
    after: await getAgreement(tx, agreementId),
  });
  return afterWrite(tx, actingAs, agreementId);
}

export async function updateAgreement(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  changes: AgreementChanges,
  expected?: ExpectedVersion,
): Promise<AgreementDetail> {
  const current = await lockAgreement(tx, actingAs, id, expected);
  // The new parties are checked first, like the old ones: no one learns more of a refused change.
  const newPartyIds = (changes.parties ?? []).flatMap((party) =>
    party.organizationId ? [party.organizationId] : [],
  );
  if (changes.parties && !(await mayActFor(tx, actingAs, newPartyIds))) {
    throw new ForbiddenError('agreement.not_acting_for_new_parties', '/parties');
  }
  const before = await getAgreement(tx, id);
  if (changes.title !== undefined) assertLocalizedText(changes.title, '/title', true);
  assertLocalizedText(changes.description, '/description', false);
  assertDate(changes.startsOn, '/startsOn');
  assertDate(changes.endsOn, '/endsOn');
  assertDateOrder(changes.startsOn ?? current.startsOn, changes.endsOn ?? current.endsOn, '/endsOn');
  const { parties, readers, ...fields } = changes;
  if (readers !== undefined) await replaceReaders(tx, id, await validateReaders(tx, readers));
  if (parties) {
    if (!PRE_SIGNATURE_STATUSES.includes(current.status)) {
      throw new ConflictError('agreement.parties_signed', '/parties');
    }
    const resolved = await resolveParties(tx, parties);
    const signedFor = await tx
      .select({ organizationId: partSignatories.partyOrganizationId })
      .from(partSignatories)
      .innerJoin(agreementParts, eq(agreementParts.id, partSignatories.partId))
      .where(eq(agreementParts.agreementId, id));
    const newIds = new Set(resolved.map((party) => party.organizationId));
    if (signedFor.some((row) => row.organizationId && !newIds.has(row.organizationId))) {
      throw new ConflictError('agreement.party_has_signatory', '/parties');
    }
    await tx.delete(agreementParties).where(eq(agreementParties.agreementId, id));
    await insertParties(tx, id, parties, resolved);
  }
  if (Object.keys(fields).length > 0) {
    await tx
      .update(agreements)
      .set({
        ...fields,
        ...(fields.title ? { titleSearch: agreementTitleSearch(fields.title) } : {}),
        updatedAt: new Date(),
      })
      .where(eq(agreements.id, id));
  }
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'agreement',
    entityId: id,
    before,
    after: await getAgreement(tx, id),
  });
  return afterWrite(tx, actingAs, id);
}
