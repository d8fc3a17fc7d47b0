import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { canActFor, type Principal } from '../accounts/policy.ts';
import { canReadDocument, type Reader, VISIBILITIES, type Visibility } from '../accounts/visibility.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { anyOf, ForbiddenError, label, NotFoundError, ValidationError } from '../shared/errors.ts';
import { assertLanguage } from '../shared/validate.ts';
import { assertWithdrawal } from '../shared/withdrawal.ts';
import { withdrawCitation } from '../sources/sources.ts';
import type { AgreementDetail, AgreementDocument } from './schemas.ts';
import { agreementDocuments, agreementParts, agreements } from './tables.ts';
import { readableFactsOf, readableRecordOf, writerAsReader } from './visibility.ts';
import { afterWrite, lockAgreement } from './writes.ts';

// Documents: the signed texts of an agreement, uploaded in one language each and read by whoever
// may read both the agreement and the document's own visibility.

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** What signed texts come as: PDF, or a scan as PNG or JPEG. Never SVG or HTML, which could carry script. */
export const DOCUMENT_TYPES: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg'];

/** Stores the signed text of an agreement, by its content's type (read from its bytes), whatever the file is called. */
export async function addDocument(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  input: {
    language: string;
    filename: string;
    content: Uint8Array;
    partId?: string | null;
    visibility?: string;
  },
): Promise<AgreementDocument> {
  await lockAgreement(tx, actingAs, agreementId);
  assertLanguage(input.language, '/language');
  const visibility = (input.visibility ?? 'public') as Visibility;
  if (!VISIBILITIES.includes(visibility)) {
    throw new ValidationError(
      'document.visibility_invalid',
      { values: anyOf(VISIBILITIES.map((value) => label(`visibility.${value}`))) },
      '/visibility',
    );
  }
  if (input.content.byteLength === 0) throw new ValidationError('document.empty', '/file');
  const detected = await fileTypeFromBuffer(input.content);
  if (!detected || !DOCUMENT_TYPES.includes(detected.mime)) {
    throw detected
      ? new ValidationError('document.type_not_accepted', { type: detected.mime }, '/file')
      : new ValidationError('document.type_unknown', '/file');
  }
  if (input.partId) {
    const [part] = await tx
      .select({ id: agreementParts.id })
      .from(agreementParts)
      .where(and(eq(agreementParts.id, input.partId), eq(agreementParts.agreementId, agreementId)));
    if (!part) throw new ValidationError('part.not_in_agreement', { id: input.partId }, '/partId');
  }
  const [row] = await tx
    .insert(agreementDocuments)
    .values({
      agreementId,
      partId: input.partId ?? null,
      language: input.language,
      filename: input.filename,
      contentType: detected.mime,
      sizeBytes: input.content.byteLength,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      content: input.content,
      visibility,
    })
    .returning();
  const { content: _content, ...info } = row!;
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'agreement_document',
    entityId: info.id,
    after: info,
  });
  const [agreement] = await tx.select().from(agreements).where(eq(agreements.id, agreementId));
  if (
    !canReadDocument(await writerAsReader(tx, actingAs), await readableRecordOf(tx, agreement!), visibility)
  ) {
    throw new ForbiddenError('document.visibility_unreadable', '/visibility');
  }
  return info;
}

/**
 * A document with its content, if this reader may read it (else not found: its existence is not
 * revealed). A withdrawn one only for those who act for the agreement, `principal` being the reader.
 */
export async function getDocument(
  db: Database,
  agreementId: string,
  documentId: string,
  reader: Reader,
  principal: Principal | null | undefined,
) {
  const [row] = await db
    .select()
    .from(agreementDocuments)
    .where(and(eq(agreementDocuments.id, documentId), eq(agreementDocuments.agreementId, agreementId)));
  const missing = () => new NotFoundError('document.not_found', { id: documentId, agreementId });
  if (!row) throw missing();
  if (reader.isPlatformAdmin) return row;
  const [agreement] = await db.select().from(agreements).where(eq(agreements.id, agreementId));
  if (!agreement) throw missing();
  const { readable, facts } = await readableFactsOf(db, agreement);
  if (!canReadDocument(reader, readable, row.visibility)) throw missing();
  // A withdrawn document is kept for those who act for the agreement, not handed to other readers.
  if (row.status === 'withdrawn' && !(principal && canActFor(principal, facts))) throw missing();
  return row;
}

/**
 * Withdraws a document of an agreement (a wrong file, an unsigned draft), once, with a reason: the
 * one way its status changes. It stays in the record, struck through, for those who work on it.
 */
export async function withdrawDocument(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  documentId: string,
  reason: string,
): Promise<AgreementDetail> {
  await lockAgreement(tx, actingAs, agreementId);
  const [row] = await tx
    .select()
    .from(agreementDocuments)
    .where(and(eq(agreementDocuments.id, documentId), eq(agreementDocuments.agreementId, agreementId)))
    .for('update');
  if (!row) throw new NotFoundError('document.not_found', { id: documentId, agreementId });
  assertWithdrawal(row.status, reason);
  const [after] = await tx
    .update(agreementDocuments)
    .set({
      status: 'withdrawn',
      withdrawnBy: actingAs.actor,
      withdrawnAt: new Date(),
      withdrawalReason: reason.trim(),
    })
    .where(eq(agreementDocuments.id, documentId))
    .returning();
  const { content: _before, ...before } = row;
  const { content: _after, ...described } = after!;
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'agreement_document',
    entityId: documentId,
    before,
    after: described,
  });
  return afterWrite(tx, actingAs, agreementId);
}

/** Withdraws a citation of an agreement, once, with a reason; the agreement's editors still see it, struck through. */
export async function withdrawAgreementCitation(
  tx: Database,
  actingAs: ActingAs,
  agreementId: string,
  citationId: string,
  reason: string,
): Promise<AgreementDetail> {
  await withdrawCitation(tx, actingAs, 'agreement', agreementId, citationId, reason, lockAgreement);
  return afterWrite(tx, actingAs, agreementId);
}
