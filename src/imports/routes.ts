import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { decide } from '../accounts/policy.ts';
import { requestLanguage } from '../http/language.ts';
import { ROUTE_POLICIES } from '../http/route-policies.ts';
import { IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { canMoveReview } from './review-rules.ts';
import {
  dismissImportReview,
  getImportReview,
  type ImportReview as ImportReviewRow,
  listImportReviews,
  type ReviewReading,
  resolveImportReview,
} from './reviews.ts';
import {
  ImportReview,
  ImportReviewDismissal,
  ImportReviewOutcome,
  ImportReviewPage,
  ImportReviewQuery,
  ImportReviewResolution,
} from './schemas.ts';

/** The decisions on a name under review, and their routes: advertised when the route's rule lets the reader through. */
export const IMPORT_REVIEW_ACTIONS = {
  resolve: 'POST /api/import-reviews/:id/resolve',
  dismiss: 'POST /api/import-reviews/:id/dismiss',
} as const;

type ReviewAction = keyof typeof IMPORT_REVIEW_ACTIONS;

/** The decisions the route rules let the reader take, on any open name. */
function decisionsOf(request: FastifyRequest): ReviewAction[] {
  const principal = request.principal ?? null;
  return (Object.keys(IMPORT_REVIEW_ACTIONS) as ReviewAction[]).filter(
    (action) => decide(ROUTE_POLICIES[IMPORT_REVIEW_ACTIONS[action]]!.rule, principal) === 'allow',
  );
}

function readingOf(request: FastifyRequest): ReviewReading {
  const decisions = decisionsOf(request);
  return {
    language: requestLanguage(request),
    actions: (review: ImportReviewRow) =>
      decisions.filter((action) =>
        canMoveReview(review.status, action === 'resolve' ? 'resolved' : 'dismissed'),
      ),
  };
}

export const importReviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/import-reviews',
    {
      schema: {
        tags: ['imports'],
        summary: 'Names an import could not settle with confidence, with their candidates, a page at a time',
        description:
          'Open names unless `status` says otherwise, the first put under review first; `country` and `q` (part of ' +
          'the name or the country as the file wrote it) narrow the list; `total` counts every page. Candidates ' +
          'and countries are named in the reader’s language (Accept-Language).',
        querystring: ImportReviewQuery,
        response: { 200: refTo(ImportReviewPage), ...problemResponses(401, 403, 422) },
      },
    },
    async (request) => ({
      ...(await listImportReviews(app.database.db, request.query, readingOf(request))),
      allowedActions: decisionsOf(request),
    }),
  );

  app.get(
    '/import-reviews/:id',
    {
      schema: {
        tags: ['imports'],
        summary: 'One name under review, with its candidates and the pairs it holds back',
        params: IdParams,
        response: { 200: refTo(ImportReview), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getImportReview(app.database.db, request.params.id, readingOf(request)),
  );

  app.post(
    '/import-reviews/:id/resolve',
    {
      schema: {
        tags: ['imports'],
        summary: 'Settle a name: pick its place, or make one cited to the list that named it',
        description:
          'In one transaction: the name gets its place, the place its local authority, and the pairs it held back ' +
          'are recorded as twinnings in force citing the list, when their other side is settled too. `version` is ' +
          'the one the reviewer saw: a name settled meanwhile, or changed by an import since, is refused (409).',
        params: IdParams,
        body: refTo(ImportReviewResolution),
        response: {
          200: refTo(ImportReviewOutcome),
          ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) =>
        resolveImportReview(tx, actingAs, request.params.id, request.body, readingOf(request)),
      ),
  );

  app.post(
    '/import-reviews/:id/dismiss',
    {
      schema: {
        tags: ['imports'],
        summary: 'Dismiss a name with a reason: the pairs it holds back are not imported',
        params: IdParams,
        body: refTo(ImportReviewDismissal),
        response: { 200: refTo(ImportReview), ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) =>
        dismissImportReview(tx, actingAs, request.params.id, request.body, readingOf(request)),
      ),
  );
};
