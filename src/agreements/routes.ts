import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { VISIBILITIES } from '../accounts/visibility.ts';
import { readForm } from '../http/input-guard.ts';
import { etag, expectedVersionOf, IfMatchHeaders, withETag } from '../http/preconditions.ts';
import { readerOfRequest } from '../http/reader.ts';
import {
  Citation,
  CountryCode,
  Id,
  IdParams,
  IsoDate,
  LanguageCode,
  LocalizedText,
  Nullable,
  PageOf,
  PageQuery,
  problemResponses,
  Timestamp,
} from '../http/schemas.ts';
import { ValidationError } from '../shared/errors.ts';
import { citationRoute } from '../sources/routes.ts';
import {
  addApproval,
  addDocument,
  addPart,
  addSignatory,
  createAgreement,
  getAgreement,
  getDocument,
  listAgreements,
  listApprovalPolicies,
  lockAgreement,
  MAX_DOCUMENT_BYTES,
  setApprovalPolicy,
  transitionAgreement,
  updateAgreement,
  updatePart,
} from './agreements.ts';
import { AGREEMENT_TYPES, APPROVAL_DECISIONS, PART_KINDS, THEMES } from './rules.ts';
import {
  AgreementChanges,
  AgreementInput,
  ApprovalInput,
  PartChanges,
  PartInput,
  SignatoryInput,
  Status,
} from './schemas.ts';

const PartySchema = Type.Object({
  position: Type.Integer(),
  organization: Nullable(
    Type.Object({
      id: Id,
      kind: Type.String(),
      subkind: Nullable(Type.String()),
      name: LocalizedText,
      countryCode: Nullable(Type.String()),
      placeId: Nullable(Id),
    }),
  ),
  description: Nullable(LocalizedText),
  countryCode: Nullable(Type.String()),
});

const summaryFields = {
  id: Id,
  type: Type.Enum(AGREEMENT_TYPES),
  status: Status,
  title: LocalizedText,
  themes: Type.Array(Type.Enum(THEMES)),
  signedOn: Nullable(Type.String({ description: 'Date the first part was signed' })),
  startsOn: Nullable(Type.String()),
  endsOn: Nullable(Type.String()),
  visibility: Type.Enum(VISIBILITIES),
  parties: Type.Array(PartySchema),
};
const AgreementSummarySchema = Type.Object(summaryFields);

const SignatorySchema = Type.Object({
  id: Id,
  person: Type.Object({ id: Id, name: Type.String(), names: LocalizedText }),
  partyOrganizationId: Nullable(Id),
  role: Type.String(),
  postLabel: LocalizedText,
});

const PartSchema = Type.Object({
  id: Id,
  number: Type.Integer(),
  kind: Type.Enum(PART_KINDS),
  title: LocalizedText,
  plannedFrom: Nullable(Type.String()),
  plannedTo: Nullable(Type.String()),
  signedOn: Nullable(Type.String()),
  signingPlace: Nullable(
    Type.Object({ id: Id, name: Type.String(), names: LocalizedText, countryCode: Type.String() }),
  ),
  signingEventId: Nullable(Id),
  extendsTermMonths: Nullable(Type.Integer()),
  signatories: Type.Array(SignatorySchema),
});

const ApprovalSchema = Type.Object({
  id: Id,
  agreementId: Id,
  partyOrganizationId: Nullable(Id),
  authorityOrganizationId: Nullable(Id),
  authorityName: Nullable(Type.String()),
  reference: Nullable(Type.String()),
  decidedOn: Nullable(Type.String()),
  decision: Type.Enum(APPROVAL_DECISIONS),
  note: Nullable(Type.String()),
});

const TransitionSchema = Type.Object({
  id: Type.Integer(),
  fromStatus: Nullable(Status),
  toStatus: Status,
  actor: Type.String(),
  reason: Type.String(),
  at: Timestamp,
});

const DocumentSchema = Type.Object({
  id: Id,
  agreementId: Id,
  partId: Nullable(Id),
  language: Type.String(),
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  visibility: Type.Enum(VISIBILITIES),
  uploadedAt: Timestamp,
});

const AgreementDetailSchema = Type.Object({
  ...summaryFields,
  description: LocalizedText,
  termMonths: Nullable(Type.Integer()),
  renewal: Nullable(Type.String()),
  readers: Type.Object({ userIds: Type.Array(Id), bodyIds: Type.Array(Id) }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer({ description: 'Bumped by every change to the agreement: its ETag, for If-Match' }),
  parts: Type.Array(PartSchema),
  approvals: Type.Array(ApprovalSchema),
  transitions: Type.Array(TransitionSchema),
  documents: Type.Array(DocumentSchema),
  sources: Type.Array(Citation),
});

// Every answer carrying an agreement says its version in the ETag header, to send back in If-Match.
const AgreementWithETag = withETag(AgreementDetailSchema);

const PartParams = Type.Object({ id: Id, partId: Id }, { additionalProperties: false });
const DocumentParams = Type.Object({ id: Id, documentId: Id }, { additionalProperties: false });

const ApprovalPolicySchema = Type.Object({
  countryCode: Type.String(),
  requiredFrom: Status,
  description: Nullable(Type.String()),
});

export const agreementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;

  app.get(
    '/agreements',
    {
      schema: {
        tags: ['agreements'],
        summary: 'List agreements with their parties, by date of signature (newest first unless sort=oldest)',
        querystring: Type.Object(
          {
            country: Type.Optional(CountryCode),
            status: Type.Optional(Status),
            type: Type.Optional(Type.Enum(AGREEMENT_TYPES)),
            theme: Type.Optional(Type.Enum(THEMES)),
            party: Type.Optional(Id),
            network: Type.Optional(Id),
            signedFrom: Type.Optional(IsoDate),
            signedTo: Type.Optional(IsoDate),
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            sort: Type.Optional(
              Type.Enum(['newest', 'oldest'], {
                description: 'By date of signature; never-signed agreements last',
              }),
            ),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: PageOf(AgreementSummarySchema), ...problemResponses(422) },
      },
    },
    async (request) => listAgreements(db(), request.query, await readerOfRequest(request)),
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
      const agreement = await getAgreement(db(), request.params.id, await readerOfRequest(request));
      return reply.header('etag', etag(agreement.version)).send(agreement);
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
        body: AgreementInput,
        response: { 201: AgreementDetailSchema, ...problemResponses(400, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const agreement = await app.write(request, (tx, actingAs) =>
        createAgreement(tx, actingAs, request.body),
      );
      return reply.code(201).header('location', `/api/agreements/${agreement.id}`).send(agreement);
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
        body: AgreementChanges,
        response: {
          200: AgreementWithETag,
          ...problemResponses(400, 404, 409, 412, 413, 415, 422, 428),
        },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const agreement = await app.write(request, (tx, actingAs) =>
        updateAgreement(tx, actingAs, request.params.id, request.body, expected),
      );
      return reply.header('etag', etag(agreement.version)).send(agreement);
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
        body: Type.Object(
          { to: Status, reason: Type.String({ minLength: 1, maxLength: 2000 }) },
          { additionalProperties: false },
        ),
        response: { 200: AgreementWithETag, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const agreement = await app.write(request, (tx, actingAs) =>
        transitionAgreement(tx, actingAs, request.params.id, request.body),
      );
      return reply.header('etag', etag(agreement.version)).send(agreement);
    },
  );

  app.post(
    '/agreements/:id/parts',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Add a part: a further part, a renewal or an amendment',
        params: IdParams,
        body: PartInput,
        response: { 201: AgreementDetailSchema, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.write(request, (tx, actingAs) => addPart(tx, actingAs, request.params.id, request.body)),
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
        body: PartChanges,
        response: { 200: AgreementWithETag, ...problemResponses(400, 404, 409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const agreement = await app.write(request, (tx, actingAs) =>
        updatePart(tx, actingAs, request.params.id, request.params.partId, request.body, expected),
      );
      return reply.header('etag', etag(agreement.version)).send(agreement);
    },
  );

  app.post(
    '/agreements/:id/parts/:partId/signatories',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Add a signatory or a witness to a part',
        params: PartParams,
        body: SignatoryInput,
        response: { 201: AgreementDetailSchema, ...problemResponses(400, 404, 422) },
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
        body: ApprovalInput,
        response: { 201: AgreementDetailSchema, ...problemResponses(400, 404, 422) },
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
        body: Type.Object({
          language: LanguageCode,
          partId: Type.Optional(Id),
          visibility: Type.Optional(Type.Enum(VISIBILITIES)),
          file: Type.Unsafe<unknown>({
            type: 'string',
            format: 'binary',
            description: 'The signed text, as PDF, PNG or JPEG',
          }),
        }),
        response: { 201: DocumentSchema, ...problemResponses(400, 404, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw Object.assign(new Error('multipart/form-data expected'), {
          code: 'FST_INVALID_MULTIPART_CONTENT_TYPE',
        });
      }
      const { fields, files } = await readForm(request);
      if (files.length > 1) throw new ValidationError('upload.one_file', '/file');
      const upload = files[0];
      if (!upload) throw new ValidationError('upload.file_missing', '/file');
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
            content: {
              'application/pdf': { schema: { type: 'string', format: 'binary' } },
              'image/png': { schema: { type: 'string', format: 'binary' } },
              'image/jpeg': { schema: { type: 'string', format: 'binary' } },
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
        .send(Buffer.from(document.content) as unknown as string); // binary body; the schema only documents it
    },
  );

  app.get(
    '/approval-policies',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Countries whose parties need a supervising authority’s approval, and from which status',
        response: { 200: Type.Array(ApprovalPolicySchema) },
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
        body: Type.Object(
          { requiredFrom: Status, description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) },
          { additionalProperties: false },
        ),
        response: { 200: ApprovalPolicySchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) =>
        setApprovalPolicy(tx, actingAs, { countryCode: request.params.countryCode, ...request.body }),
      ),
  );
};
