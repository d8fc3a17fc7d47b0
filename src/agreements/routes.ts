import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { readOneFileForm } from '../http/input-guard.ts';
import { replyWithJsonText } from '../http/json-text.ts';
import { expectedVersionOf, IfMatchHeaders, replyWithVersion, withETag } from '../http/preconditions.ts';
import { readerOfRequest } from '../http/reader.ts';
import { CountryCode, Id, IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { amendDeclarations, declareRecordedAgreement, sameSubstance } from '../networks/declarations.ts';
import { ValidationError } from '../shared/errors.ts';
import { WithdrawalInput } from '../shared/schemas.ts';
import { citationRoute } from '../sources/routes.ts';
import { addApproval, listApprovalPolicies, setApprovalPolicy } from './approvals.ts';
import { correctionRoutes, withWarnings } from './correction-routes.ts';
import {
  addDocument,
  getDocument,
  MAX_DOCUMENT_BYTES,
  withdrawAgreementCitation,
  withdrawDocument,
} from './documents.ts';
import { addPart, addSignatory, updatePart } from './parts.ts';
import { agreementPageJson, getAgreement } from './reading.ts';
import { createAgreement, updateAgreement } from './recording.ts';
import {
  AgreementChanges,
  AgreementDetail,
  AgreementDocument,
  AgreementInput,
  AgreementListQuery,
  AgreementPage,
  AgreementStatusChange,
  ApprovalInput,
  ApprovalPolicy,
  ApprovalPolicyInput,
  DocumentUpload,
  PartChanges,
  PartInput,
  SignatoryInput,
  WorkspaceAgreements,
} from './schemas.ts';
import { transitionAgreement } from './transitions.ts';
import { workspaceAgreements } from './workspace.ts';
import { lockAgreement } from './writes.ts';

// Every answer carrying an agreement says its version in the ETag header, to send back in If-Match.
const AgreementWithETag = withETag(refTo(AgreementDetail));

const PartParams = Type.Object({ id: Id, partId: Id }, { additionalProperties: false });
const DocumentParams = Type.Object({ id: Id, documentId: Id }, { additionalProperties: false });
const CitationParams = Type.Object({ id: Id, citationId: Id }, { additionalProperties: false });
const DocumentBytes = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

export const agreementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;

  app.get(
    '/agreements',
    {
      schema: {
        tags: ['agreements'],
        summary: 'List agreements with their parties, by date of signature (newest first unless sort=oldest)',
        querystring: AgreementListQuery,
        response: { 200: refTo(AgreementPage), ...problemResponses(422) },
      },
    },
    async (request, reply) =>
      replyWithJsonText(
        reply,
        await agreementPageJson(db(), request.query, await readerOfRequest(request), request.principal),
      ),
  );

  app.get(
    '/agreements/:id',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'One agreement: parties, parts and signatories, approvals, status history, documents, sources',
        params: IdParams,
        response: { 200: AgreementWithETag, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const agreement = await getAgreement(
        db(),
        request.params.id,
        await readerOfRequest(request),
        request.principal,
      );
      return replyWithVersion(reply, agreement);
    },
  );

  app.post(
    '/agreements',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Record an agreement',
        description:
          'A new agreement is `proposed` unless `status` records one already under way (e.g. `signed`, with its signed parts). ' +
          'The recorded status must agree with the parts and with the approval policies.',
        body: refTo(AgreementInput),
        response: { 201: refTo(AgreementDetail), ...problemResponses(400, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const agreement = await app.write(request, async (tx, actingAs) => {
        const recorded = await createAgreement(tx, actingAs, request.body);
        // Recorded by a member's officer, it is declared to the member's networks for their word.
        await declareRecordedAgreement(
          tx,
          actingAs,
          recorded.id,
          recorded.parties.flatMap((party) => (party.organization ? [party.organization.id] : [])),
        );
        return recorded;
      });
      return reply
        .code(201)
        .header('location', `/api/agreements/${agreement.id}`)
        .send(withWarnings(request, agreement));
    },
  );

  app.patch(
    '/agreements/:id',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Change some fields of an agreement (parties only before signature)',
        description:
          'Send the ETag of the agreement as you loaded it in If-Match: if it changed since (any edit, transition, part, signatory, approval, document or source), the change is refused with 412.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: refTo(AgreementChanges),
        response: {
          200: AgreementWithETag,
          ...problemResponses(400, 404, 409, 412, 413, 415, 422, 428),
        },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const agreement = await app.write(request, async (tx, actingAs) => {
        const before = await getAgreement(tx, request.params.id).catch(() => null);
        const changed = await updateAgreement(tx, actingAs, request.params.id, request.body, expected);
        // What a network validated is what it read: a changed record waits for its word again; a
        // change that changed nothing leaves its word standing.
        if (before && sameSubstance(before, changed)) return changed;
        await amendDeclarations(
          tx,
          actingAs,
          changed.id,
          changed.parties.flatMap((party) => (party.organization ? [party.organization.id] : [])),
        );
        return changed;
      });
      return replyWithVersion(reply, withWarnings(request, agreement));
    },
  );

  app.post(
    '/agreements/:id/transitions',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Move an agreement to another status, saying why',
        description:
          'proposed → negotiating → awaiting_approval → approved → partially_signed → signed → in_force ↔ suspended → ended; ' +
          'withdrawn from any status before signature. An illegal move, or one lacking a required approval, is 409.',
        params: IdParams,
        body: refTo(AgreementStatusChange),
        response: { 200: AgreementWithETag, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const agreement = await app.write(request, (tx, actingAs) =>
        transitionAgreement(tx, actingAs, request.params.id, request.body),
      );
      return replyWithVersion(reply, agreement);
    },
  );

  app.post(
    '/agreements/:id/parts',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Add a part: a further part, a renewal or an amendment',
        params: IdParams,
        body: refTo(PartInput),
        response: { 201: refTo(AgreementDetail), ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          withWarnings(
            request,
            await app.write(request, (tx, actingAs) =>
              addPart(tx, actingAs, request.params.id, request.body),
            ),
          ),
        ),
  );

  app.patch(
    '/agreements/:id/parts/:partId',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Edit a part; setting signedOn records its signature and updates the agreement status',
        description:
          'A part is edited as part of its agreement: If-Match takes the ETag of the agreement, and a stale one is refused with 412.',
        params: PartParams,
        headers: IfMatchHeaders,
        body: refTo(PartChanges),
        response: { 200: AgreementWithETag, ...problemResponses(400, 404, 409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const agreement = await app.write(request, (tx, actingAs) =>
        updatePart(tx, actingAs, request.params.id, request.params.partId, request.body, expected),
      );
      return replyWithVersion(reply, withWarnings(request, agreement));
    },
  );

  app.post(
    '/agreements/:id/parts/:partId/signatories',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Add a signatory or a witness to a part',
        params: PartParams,
        body: refTo(SignatoryInput),
        response: { 201: refTo(AgreementDetail), ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.write(request, (tx, actingAs) =>
            addSignatory(tx, actingAs, request.params.id, request.params.partId, request.body),
          ),
        ),
  );

  app.post(
    '/agreements/:id/approvals',
    {
      schema: {
        tags: ['agreements'],
        summary: "Record a supervising authority's decision",
        params: IdParams,
        body: refTo(ApprovalInput),
        response: { 201: refTo(AgreementDetail), ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.write(request, (tx, actingAs) =>
            addApproval(tx, actingAs, request.params.id, request.body),
          ),
        ),
  );

  correctionRoutes(app);

  citationRoute(app, {
    path: '/agreements',
    tag: 'agreements',
    entityType: 'agreement',
    exists: async (tx, id, actingAs) => {
      await lockAgreement(tx, actingAs, id);
      return true;
    },
  });

  app.post(
    '/agreements/:id/documents',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Upload the signed text (PDF, or a PNG or JPEG scan) in one language',
        description:
          `multipart/form-data with fields \`language\` (ISO 639-1), optional \`partId\` and \`visibility\`, then \`file\` (a PDF, PNG or JPEG, at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB). ` +
          'The type is read from the content, not the name.',
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: DocumentUpload,
        response: { 201: refTo(AgreementDocument), ...problemResponses(400, 404, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const { fields, file: upload } = await readOneFileForm(request, { missing: 'upload.file_missing' });
      if (!fields.language) throw new ValidationError('upload.language_required', '/language');
      if (fields.partId && !/^[0-9a-f-]{36}$/i.test(fields.partId))
        throw new ValidationError('part.id_invalid', '/partId');
      const uploaded = upload;
      const document = await app.write(request, (tx, actingAs) =>
        addDocument(tx, actingAs, request.params.id, {
          language: fields.language!,
          partId: fields.partId || null,
          visibility: fields.visibility,
          filename: uploaded.filename.slice(0, 255),
          content: uploaded.content,
        }),
      );
      return reply
        .code(201)
        .header('location', `/api/agreements/${request.params.id}/documents/${document.id}`)
        .send(document);
    },
  );

  app.post(
    '/agreements/:id/documents/:documentId/withdrawal',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'Withdraw a document, with the reason: kept for its editors, struck through; gone from public pages',
        params: DocumentParams,
        body: refTo(WithdrawalInput),
        response: { 200: refTo(AgreementDetail), ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) =>
        withdrawDocument(tx, actingAs, request.params.id, request.params.documentId, request.body.reason),
      ),
  );

  app.post(
    '/agreements/:id/sources/:citationId/withdrawal',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'Withdraw a citation, with the reason: kept for its editors, struck through; gone from public pages',
        params: CitationParams,
        body: refTo(WithdrawalInput),
        response: { 200: refTo(AgreementDetail), ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) =>
        withdrawAgreementCitation(
          tx,
          actingAs,
          request.params.id,
          request.params.citationId,
          request.body.reason,
        ),
      ),
  );

  app.get(
    '/workspace/agreements',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'The agreements of the organizations and networks the caller works for, each with what it still needs',
        response: { 200: refTo(WorkspaceAgreements), ...problemResponses(401) },
      },
    },
    async (request) => workspaceAgreements(db(), request.principal!, await readerOfRequest(request)),
  );

  app.get(
    '/agreements/:id/documents/:documentId',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Download a document, with its SHA-256 in the ETag and Digest headers',
        params: DocumentParams,
        response: {
          200: {
            description: 'The document',
            // Sent as the file's bytes: the schema documents the body, it is never serialized.
            content: {
              'application/pdf': { schema: DocumentBytes },
              'image/png': { schema: DocumentBytes },
              'image/jpeg': { schema: DocumentBytes },
            },
          },
          ...problemResponses(404),
        },
      },
    },
    async (request, reply) => {
      const document = await getDocument(
        db(),
        request.params.id,
        request.params.documentId,
        await readerOfRequest(request),
        request.principal,
      );
      const asciiName = document.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
      return reply
        .type(document.contentType)
        .header('content-length', document.sizeBytes)
        .header('etag', `"${document.sha256}"`)
        .header('repr-digest', `sha-256=:${Buffer.from(document.sha256, 'hex').toString('base64')}:`)
        .header(
          'content-disposition',
          `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
        )
        .send(Buffer.from(document.content));
    },
  );

  app.get(
    '/approval-policies',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Countries whose parties need a supervising authority’s approval, and from which status',
        response: { 200: Type.Array(refTo(ApprovalPolicy)) },
      },
    },
    async () => listApprovalPolicies(db()),
  );

  app.put(
    '/approval-policies/:countryCode',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Require an approval for the parties of a country from a given status on',
        params: Type.Object({ countryCode: CountryCode }, { additionalProperties: false }),
        body: refTo(ApprovalPolicyInput),
        response: { 200: refTo(ApprovalPolicy), ...problemResponses(400, 404, 422) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) =>
        setApprovalPolicy(tx, actingAs, { countryCode: request.params.countryCode, ...request.body }),
      ),
  );
};
