import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { NotFoundError } from '../shared/errors.ts';
import { cancelJob, findJob, type Job as JobRow } from './queue.ts';
import { Job } from './schemas.ts';

/** A job as its asker (or a platform admin) reads it; for anyone else there is none. */
function readable(request: FastifyRequest, job: JobRow | null, id: string): JobRow {
  const principal = request.principal;
  if (!job || !principal || (!principal.isPlatformAdmin && job.userId !== principal.userId))
    throw new NotFoundError('job.not_found', { id });
  return job;
}

function answer(job: JobRow) {
  const {
    id,
    kind,
    status,
    phase,
    done,
    total,
    result,
    error,
    attempts,
    createdAt,
    startedAt,
    finishedAt,
    updatedAt,
  } = job;
  return {
    id,
    kind,
    status,
    phase,
    done,
    total,
    result,
    error: error ?? null,
    attempts,
    createdAt,
    startedAt,
    finishedAt,
    updatedAt,
  };
}

export const jobRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/jobs/:id',
    {
      schema: {
        tags: ['system'],
        summary: 'A job: its status, phase and progress (done of total), then its result or error',
        params: IdParams,
        response: { 200: refTo(Job), ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return answer(readable(request, await findJob(app.database.db, request.params.id), request.params.id));
    },
  );

  app.post(
    '/jobs/:id/cancel',
    {
      schema: {
        tags: ['system'],
        summary:
          'Cancel a job that has not finished: a queued one never starts, a running one stops at its next step (what it did stays)',
        params: IdParams,
        response: { 200: refTo(Job), ...problemResponses(404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      return app.write(request, async (tx) => {
        readable(request, await findJob(tx, id), id);
        return answer((await cancelJob(tx, id))!);
      });
    },
  );
};
