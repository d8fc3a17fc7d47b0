import { PassThrough, type Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../http/schemas.ts';
import { writeBackup } from './backup.ts';

export const backupRoutes: FastifyPluginAsyncTypebox<{ version: string }> = async (app, { version }) => {
  app.get(
    '/admin/backup',
    {
      schema: {
        tags: ['system'],
        summary: 'A backup of the whole database, every record (platform admins)',
        description:
          'The same gzip’d NDJSON stream as `jumelage backup` (README: Backup and restore), read from one ' +
          'consistent snapshot while the server goes on serving; `jumelage backup --server` calls it with an ' +
          'API token. A stream cut short lacks its trailer line, and `jumelage restore` refuses it.',
        response: {
          200: {
            description: 'The backup',
            // Sent as a stream: the schema documents the body, it is never serialized.
            content: {
              'application/gzip': { schema: Type.Unsafe<Readable>({ type: 'string', format: 'binary' }) },
            },
          },
          ...problemResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      const stream = new PassThrough();
      const takenAt = new Date().toISOString().replace(/[:.]/g, '-');
      const started = performance.now();
      writeBackup(app.database, stream, { app: version })
        .then((summary) =>
          request.log.info(
            { event: 'backup', rows: summary.totalRows, ms: Math.round(performance.now() - started) },
            'backup sent',
          ),
        )
        .catch((error: unknown) => request.log.error({ err: error, event: 'backup' }, 'backup failed'));
      return reply
        .type('application/gzip')
        .header('content-disposition', `attachment; filename="jumelage-${takenAt}.ndjson.gz"`)
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );
};
