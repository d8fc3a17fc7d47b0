import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { decide } from '../accounts/policy.ts';
import { MAX_DOCUMENT_BYTES } from '../agreements/documents.ts';
import { readOneFileForm } from '../http/input-guard.ts';
import { readerOfRequest } from '../http/reader.ts';
import { ROUTE_POLICIES } from '../http/route-policies.ts';
import { IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { ValidationError } from '../shared/errors.ts';
import { readArticle } from './intake.ts';
import {
  acceptProposal,
  correctProposal,
  getArticle,
  listArticles,
  mergeProposal,
  rejectProposal,
  submitArticle,
} from './press.ts';
import {
  PressArticle,
  PressArticleInput,
  PressArticlePage,
  PressArticleQuery,
  PressArticleUpload,
  ProposalAcceptance,
  ProposalCorrection,
  ProposalDecision,
  ProposalMerge,
  ProposalRejection,
  SubmittedArticle,
} from './schemas.ts';

/** The largest file the server takes at all (an agreement's scanned document): larger is no press article. */
export const MAX_ARTICLE_FILE_BYTES = MAX_DOCUMENT_BYTES;

/** The reviewer's decisions on a proposal, by route: advertised when the route's rule lets the reader through. */
export const PRESS_REVIEW_ACTIONS = {
  correct: 'PUT /api/press/proposals/:id/draft',
  accept: 'POST /api/press/proposals/:id/accept',
  merge: 'POST /api/press/proposals/:id/merge',
  reject: 'POST /api/press/proposals/:id/reject',
} as const;

type ReviewAction = keyof typeof PRESS_REVIEW_ACTIONS;

function decisionsOf(request: FastifyRequest): ReviewAction[] {
  const principal = request.principal ?? null;
  return (Object.keys(PRESS_REVIEW_ACTIONS) as ReviewAction[]).filter(
    (action) => decide(ROUTE_POLICIES[PRESS_REVIEW_ACTIONS[action]]!.rule, principal) === 'allow',
  );
}

const mayOf = (request: FastifyRequest, route: string) =>
  decide(ROUTE_POLICIES[route]!.rule, request.principal ?? null) === 'allow';

/**
 * Press ingestion: an article pasted or sent as a file is kept once and read by the extractor in a
 * job; its proposals wait for a reviewer, who corrects, accepts, merges or rejects each.
 */
export const pressRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const answerSubmission = async (
    request: FastifyRequest,
    reply: FastifyReply,
    read: Awaited<ReturnType<typeof readArticle>> & { fileName?: string | null },
  ) => {
    const submitted = await app.write(request, (tx, actingAs) =>
      submitArticle(tx, { ...actingAs, userId: request.user?.id ?? null }, read),
    );
    if (submitted.created) app.jobQueued();
    reply.code(submitted.created ? 201 : 200);
    return submitted;
  };

  app.post(
    '/press/articles',
    {
      schema: {
        tags: ['press'],
        summary: 'Submit a press article as text: kept once, read by the extractor in a job',
        description:
          'The language is detected when not given; the publication date read from a dateline when not given ' +
          '(asked for when there is none: relative dates such as “this Friday” are resolved against it). The same ' +
          'text submitted again (whitespace aside) answers 200 with the article already kept, and nothing is read again.',
        body: refTo(PressArticleInput),
        response: {
          200: refTo(SubmittedArticle),
          201: refTo(SubmittedArticle),
          ...problemResponses(400, 401, 403, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => answerSubmission(request, reply, await readArticle(request.body)),
  );

  app.post(
    '/press/articles/files',
    {
      schema: {
        tags: ['press'],
        summary:
          'Submit a press article as a file: an HTML page saved from the web, a PDF with a text layer, or text',
        description: `multipart/form-data: a field \`file\` (at most ${MAX_ARTICLE_FILE_BYTES / 1024 / 1024} MB) and, optionally, \`title\`, \`url\`, \`publisher\`, \`published\` and \`language\`, which win over what the page says.`,
        consumes: ['multipart/form-data'],
        body: PressArticleUpload,
        response: {
          200: refTo(SubmittedArticle),
          201: refTo(SubmittedArticle),
          ...problemResponses(400, 401, 403, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { fields, file: upload } = await readOneFileForm(request, {
        missing: 'press_article.file_missing',
        tooLarge: { code: 'press_article.file_too_large', maxBytes: MAX_ARTICLE_FILE_BYTES },
      });
      const field = (name: string) => fields[name]?.trim() || null;
      const published = field('published');
      if (published && !/^\d{4}-\d{2}(-\d{2})?$/.test(published))
        throw new ValidationError('date.invalid', { value: published }, '/published');
      const read = await readArticle({
        bytes: upload.content,
        fileName: upload.filename,
        title: field('title'),
        url: field('url'),
        publisher: field('publisher'),
        published,
        language: field('language'),
      });
      return answerSubmission(request, reply, { ...read, fileName: upload.filename });
    },
  );

  app.get(
    '/press/articles',
    {
      schema: {
        tags: ['press'],
        summary:
          'The articles submitted, latest first, each with its reading’s progress and its proposals counted',
        querystring: PressArticleQuery,
        response: { 200: refTo(PressArticlePage), ...problemResponses(401, 403, 422) },
      },
    },
    async (request) => ({
      ...(await listArticles(app.database.db, request.query)),
      allowedActions: mayOf(request, 'POST /api/press/articles') ? ['submit'] : [],
    }),
  );

  app.get(
    '/press/articles/:id',
    {
      schema: {
        tags: ['press'],
        summary: 'One article with its text, its proposals (each field with its passages) and its background',
        description:
          'Each pending proposal lists the agreements already recorded between the same parties that the reader ' +
          'may see: the one to merge into, perhaps.',
        params: IdParams,
        response: { 200: refTo(PressArticle), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      ...(await getArticle(app.database.db, request.params.id, await readerOfRequest(request))),
      allowedActions: decisionsOf(request),
    }),
  );

  app.put(
    '/press/proposals/:id/draft',
    {
      schema: {
        tags: ['press'],
        summary: 'Correct a proposal: its draft replaced as a whole, on the version the reviewer saw',
        params: IdParams,
        body: refTo(ProposalCorrection),
        response: {
          200: refTo(ProposalDecision),
          ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request) =>
      app.write(request, async (tx, actingAs) => {
        await correctProposal(tx, actingAs, request.params.id, request.body);
        return {
          proposalId: request.params.id,
          status: 'pending' as const,
          agreementId: null,
          version: request.body.version + 1,
        };
      }),
  );

  app.post(
    '/press/proposals/:id/accept',
    {
      schema: {
        tags: ['press'],
        summary:
          'Accept a proposal: its places, local authorities, signatories and agreement recorded, citing the article',
        description:
          'In one transaction, through the same use cases as manual entry: a new place is created with the passage ' +
          'naming it, each place gets its local authority when it has none, each signatory is found by name or ' +
          'created, and the agreement is recorded with its part, signatories and the article as its source. A ' +
          'draft given with the decision is its last correction.',
        params: IdParams,
        body: refTo(ProposalAcceptance),
        response: {
          200: refTo(ProposalDecision),
          ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) => acceptProposal(tx, actingAs, request.params.id, request.body)),
  );

  app.post(
    '/press/proposals/:id/merge',
    {
      schema: {
        tags: ['press'],
        summary: 'Merge a proposal into an agreement already recorded: the agreement cites the article too',
        params: IdParams,
        body: refTo(ProposalMerge),
        response: {
          200: refTo(ProposalDecision),
          ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) => mergeProposal(tx, actingAs, request.params.id, request.body)),
  );

  app.post(
    '/press/proposals/:id/reject',
    {
      schema: {
        tags: ['press'],
        summary: 'Reject a proposal with a reason: nothing enters the registry',
        params: IdParams,
        body: refTo(ProposalRejection),
        response: {
          200: refTo(ProposalDecision),
          ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) => rejectProposal(tx, actingAs, request.params.id, request.body)),
  );
};
