import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { canReadDocument, type Reader, VISIBILITIES, type Visibility } from '../accounts/visibility.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { anyOf, ForbiddenError, label, NotFoundError, ValidationError } from '../shared/errors.ts';
import { assertLanguage } from '../shared/validate.ts';
import type { AgreementDocument } from './schemas.ts';
import { agreementDocuments, agreementParts, agreements } from './tables.ts';
import { readableRecordOf, writerAsReader } from './visibility.ts';
import { lockAgreement } from './writes.ts';

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

/** A document with its content, if this reader may read it (else not found: its existence is not revealed). */
export async function getDocument(db: Database, agreementId: string, documentId: string, reader: Reader) {
  const [row] = await db
    .select()
    .from(agreementDocuments)
    .where(and(eq(agreementDocuments.id, documentId), eq(agreementDocuments.agreementId, agreementId)));
  const missing = () => new NotFoundError('document.not_found', { id: documentId, agreementId });
  if (!row) throw missing();
  if (!reader.isPlatformAdmin) {
    const [agreement] = await db.select().from(agreements).where(eq(agreements.id, agreementId));
    if (!agreement || !canReadDocument(reader, await readableRecordOf(db, agreement), row.visibility))
      throw missing();
  }
  return row;
}
