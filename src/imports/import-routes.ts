import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { decide } from '../accounts/policy.ts';
import { readOneFileForm } from '../http/input-guard.ts';
import { ROUTE_POLICIES } from '../http/route-policies.ts';
import { problemResponses, refTo } from '../http/schemas.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { Job } from '../jobs/schemas.ts';
import { AGREEMENT_COLUMNS } from './columns.ts';
import {
  AGREEMENTS_IMPORT_JOB,
  type AgreementsImportPayload,
  checkMapping,
  findImportFile,
  MAX_IMPORT_FILE_BYTES,
  readImportTable,
  storeImportFile,
} from './import-job.ts';
import { ImportCapabilities, ImportFile, ImportRequest, ImportUpload } from './import-schemas.ts';

/**
 * The workspace's import of twinning lists: send a file (its headers come back, with the column
 * proposed for each), then queue its preview (a dry run) or its import as a job, with the mapping
 * chosen; the job's page (GET /api/jobs/:id) says how far it is, then what it did.
 */
export const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/imports/agreements',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Whether the reader may import twinning lists, and what a file may hold',
        response: { 200: refTo(ImportCapabilities), ...problemResponses(401) },
      },
    },
    async (request) => ({
      allowedActions:
        decide(ROUTE_POLICIES['POST /api/imports/agreements']!.rule, request.principal) === 'allow'
          ? ['import' as const]
          : [],
      maxFileBytes: MAX_IMPORT_FILE_BYTES,
      columns: [...AGREEMENT_COLUMNS],
    }),
  );

  app.post(
    '/imports/agreements/files',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'Send a twinning list (CSV or XLSX) to import: answers its headers, the column proposed for each, its first rows',
        description: `multipart/form-data with one field \`file\`: a CSV (UTF-8) or XLSX file with a header line, at most ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB. Kept a day.`,
        consumes: ['multipart/form-data'],
        body: ImportUpload,
        response: { 201: refTo(ImportFile), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const { file: upload } = await readOneFileForm(request, {
        missing: 'import.file_missing',
        tooLarge: { code: 'import.file_too_large', maxBytes: MAX_IMPORT_FILE_BYTES },
      });
      // Refused before any transaction when it cannot be read.
      await readImportTable(upload.content);
      const stored = await app.write(request, (tx, actingAs) =>
        storeImportFile(tx, {
          fileName: upload.filename,
          content: upload.content,
          userId: request.user?.id ?? null,
          createdBy: actingAs.actor,
        }),
      );
      return reply.code(201).send(stored);
    },
  );

  app.post(
    '/imports/agreements',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'Queue the preview (dryRun) or the import of a file sent before, with the columns mapped: answers the job to follow',
        description:
          'A mapping naming a header the file does not have, or leaving a column unfound, is refused naming the field (/mapping/city1). ' +
          'The job’s result holds the report (names resolved, pairs, local authorities and agreements created or already there, the names left for review) and, for a preview, what becomes of the first rows.',
        body: refTo(ImportRequest),
        response: { 202: refTo(Job), ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) => {
      const { fileId, mapping = {}, dryRun } = request.body;
      const job = await app.write(request, async (tx, actingAs) => {
        const file = await findImportFile(tx, fileId, {
          userId: request.user?.id ?? null,
          isPlatformAdmin: request.principal?.isPlatformAdmin ?? false,
        });
        const table = await readImportTable(file.content);
        const checked = checkMapping(table.headers, mapping);
        const payload: AgreementsImportPayload = { fileId, mapping: checked, dryRun };
        return enqueueJob(tx, {
          kind: AGREEMENTS_IMPORT_JOB,
          payload: payload as unknown as Record<string, unknown>,
          createdBy: actingAs.actor,
          userId: request.user?.id ?? null,
          // An import goes over what it did when taken again; a preview is cheap to run again.
          maxAttempts: 3,
        });
      });
      app.jobQueued();
      return reply
        .code(202)
        .header('location', `/api/jobs/${job.id}`)
        .send({ ...job, error: job.error ?? null });
    },
  );
};
