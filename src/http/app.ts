import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import { emailRoutes } from '../accounts/email/routes.ts';
import { invitationRoutes } from '../accounts/invitations/routes.ts';
import { passwordRoutes } from '../accounts/passwords/routes.ts';
import { decide } from '../accounts/policy.ts';
import { readerWithNetworks, scopeFacts } from '../accounts/scopes.ts';
import { type Keyring, processKeyringFor } from '../accounts/secret-keys.ts';
import { sessionRoutes } from '../accounts/sessions/routes.ts';
import { resolveSession } from '../accounts/sessions/sessions.ts';
import { tokenRoutes } from '../accounts/tokens/routes.ts';
import { resolveApiToken } from '../accounts/tokens/tokens.ts';
import { twoFactorRoutes } from '../accounts/two-factor/routes.ts';
import { userAdminRoutes } from '../accounts/users/routes.ts';
import { MAX_DOCUMENT_BYTES } from '../agreements/documents.ts';
import { agreementRoutes } from '../agreements/routes.ts';
import { backupRoutes } from '../backup/routes.ts';
import { calendarRoutes } from '../calendar/routes.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { DATABASE_RETRY_AFTER_SECONDS } from '../db/unavailable.ts';
import { afterBulkLoad } from '../db/upkeep.ts';
import { eventRoutes } from '../events/routes.ts';
import { listExportRoutes } from '../export/list-routes.ts';
import { popoloRoutes } from '../export/popolo-routes.ts';
import { MEETING_INVITATIONS_JOB, meetingInvitationsHandler } from '../governance/invitations.ts';
import { governanceRoutes } from '../governance/routes.ts';
import { AGREEMENTS_IMPORT_JOB, agreementsImportHandler } from '../imports/import-job.ts';
import { importRoutes } from '../imports/import-routes.ts';
import { importReviewRoutes } from '../imports/routes.ts';
import { PRESS_EXTRACTION_JOB, pressExtractionHandler, READING_CONCURRENCY } from '../ingestion/press.ts';
import { pressRoutes } from '../ingestion/routes.ts';
import { jobRoutes } from '../jobs/routes.ts';
import { type JobWorker, startJobWorker } from '../jobs/worker.ts';
import { createMailer, type Mailer } from '../mail/mailer.ts';
import { matchmakingRoutes } from '../matchmaking/routes.ts';
import { networkRoutes } from '../networks/routes.ts';
import { organizationRoutes } from '../organizations/routes.ts';
import { peopleRoutes } from '../people/routes.ts';
import { placeRoutes } from '../places/routes.ts';
import { portalRoutes } from '../portal/routes.ts';
import type { ActingAs } from '../shared/actor.ts';
import { SESSION_COOKIE } from '../shared/cookies.ts';
import { ForbiddenError, TooManyRequestsError, UnauthenticatedError } from '../shared/errors.ts';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../shared/languages.ts';
import { loggableError } from '../shared/loggable-error.ts';
import { namedSchemaList } from '../shared/schemas.ts';
import { sourceRoutes } from '../sources/routes.ts';
import { correlationIdFrom } from './correlation.ts';
import { mergeCsp } from './csp.ts';
import { claimIdempotencyKey, installIdempotency } from './idempotency.ts';
import { clientErrorHandlerIn, frameworkErrors, isStreamedForm, registerInputGuard } from './input-guard.ts';
import { compiledWhenFirstUsed, serializersCompiledWhenFirstUsed } from './lazy-compilers.ts';
import { etag } from './preconditions.ts';
import { errorToProblem, routeNotFoundProblem, sendProblem } from './problem.ts';
import { knowReader } from './reader.ts';
import { policyFor } from './route-policies.ts';
import type { App } from './server-types.ts';
import { systemRoutes } from './system-routes.ts';
import { webAppRoutes } from './web-app.ts';

export type { App } from './server-types.ts';

export interface AppOptions {
  database: DatabaseHandle;
  /** Where account emails go; by default they are written to the log. */
  mailer?: Mailer;
  /** The keys for secrets at rest (see `loadKeyring`); by default, keys that last as long as the process. */
  secretKeys?: Keyring;
  /** The address people reach Jumelage at, for links in emails (e.g. https://jumelage.example.org). */
  publicUrl?: string;
  /** The installation's language for requests without a usable Accept-Language (default: English). */
  defaultLanguage?: UiLanguage;
  /** Trust X-Forwarded-* from a reverse proxy (to know the client address and whether HTTPS was used). */
  trustProxy?: boolean | string;
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  /** Where the built web application is (default: dist/web); false to serve the API only. */
  webRoot?: string | false;
  version?: string;
  /**
   * Run a worker for the jobs queued in the database (imports) while the app is up: started when
   * it is ready, stopped (a job running given back to the queue) when it closes. `serve` runs one
   * per instance; tests ask for one where they need it.
   */
  jobWorker?: boolean | { pollMs?: number; leaseMs?: number };
}

export const JSON_BODY_LIMIT = 1024 * 1024;

function validatorCompilers(named: TSchema[]) {
  // Bodies are taken as sent: no coercion, no silent removal of unknown fields.
  const bodies = new Ajv({
    allErrors: true,
    coerceTypes: false,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  });
  // Query strings and paths arrive as text: numbers and booleans are coerced from it.
  const parameters = new Ajv({
    allErrors: true,
    coerceTypes: 'array',
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  });
  addFormats.default(bodies);
  addFormats.default(parameters);
  // The compilers are ours, so Fastify does not hand them its shared schemas: each learns the named shapes.
  for (const schema of named) {
    bodies.addSchema(schema);
    parameters.addSchema(schema);
  }
  return { bodies, parameters };
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    // Credentials never reach the log, whatever a serializer or a debug line prints.
    logger:
      options.logger === true || typeof options.logger === 'object'
        ? {
            ...(typeof options.logger === 'object' ? options.logger : { level: 'info' }),
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            // A failed query logs its statement's shape, never its parameters (token hashes, emails).
            serializers: { err: (error) => ({ ...loggableError(error) }) },
          }
        : false,
    bodyLimit: JSON_BODY_LIMIT,
    // The request id is the server's own. A client's X-Request-Id, when well-formed, is only a
    // correlation value beside it: on every log line of the request and in the audit log.
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    childLoggerFactory: (logger, bindings, childOptions, rawRequest) => {
      const correlationId = correlationIdFrom(rawRequest.headers['x-request-id']);
      return logger.child(correlationId ? { ...bindings, correlationId } : bindings, childOptions);
    },
    trustProxy: options.trustProxy ?? false,
    // On close, requests already on their way are served, not refused with a bare 503; `serve`
    // drains its connections before closing (shutdown.ts).
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // The router's and Node's own refusals (bad path encoding, overlong URL or headers) as problem+json too.
    frameworkErrors,
    clientErrorHandler: clientErrorHandlerIn(options.defaultLanguage ?? DEFAULT_UI_LANGUAGE),
    schemaController: serializersCompiledWhenFirstUsed,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Writes take JSON (or multipart for documents): a text body is refused as 415, not parsed.
  app.removeContentTypeParser('text/plain');
  // Named shapes (schemas.ts of each area) are registered once; routes refer to them by $ref.
  const named = namedSchemaList();
  for (const schema of named) app.addSchema(schema);
  // Made with the first validator a request needs, as the validators are (lazy-compilers.ts).
  let compilers: ReturnType<typeof validatorCompilers> | undefined;
  const compilerOf = (httpPart: string | undefined) => {
    compilers ??= validatorCompilers(named);
    return httpPart === 'body' ? compilers.bodies : compilers.parameters;
  };
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' && isStreamedForm(schema)
      ? () => true
      : compiledWhenFirstUsed(() => compilerOf(httpPart).compile(schema)),
  );
  app.setErrorHandler((error, request, reply) => {
    const body = errorToProblem(error as Error, request);
    if (error instanceof TooManyRequestsError) reply.header('retry-after', error.retryAfterSeconds);
    if (body.currentVersion !== undefined) reply.header('etag', etag(body.currentVersion));
    if (body.status === 503) {
      // The database is away: worth a warning, not a stack trace per request.
      reply.header('retry-after', DATABASE_RETRY_AFTER_SECONDS);
      request.log.warn(
        { event: 'database unavailable', error: loggableError(error).message },
        'database unavailable',
      );
    } else if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, body);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, routeNotFoundProblem(request)));
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  app.decorate('database', options.database);
  app.decorate(
    'mailer',
    options.mailer ?? createMailer({ from: 'Jumelage <no-reply@localhost>', log: app.log }),
  );
  app.decorate('secretKeys', options.secretKeys ?? processKeyringFor(options.database));
  app.decorate('defaultLanguage', options.defaultLanguage ?? DEFAULT_UI_LANGUAGE);
  app.decorate('publicUrl', (options.publicUrl ?? 'http://127.0.0.1:3000').replace(/\/$/, ''));
  app.decorateRequest('user', null);
  app.decorateRequest('principal', null);
  app.decorateRequest('apiToken', null);
  app.decorate('registeredRoutes', [] as string[]);
  let worker: JobWorker | null = null;
  app.decorate('jobQueued', () => worker?.wake());
  if (options.jobWorker) {
    const settings = typeof options.jobWorker === 'object' ? options.jobWorker : {};
    app.addHook('onReady', async () => {
      worker = startJobWorker(options.database.db, {
        ...settings,
        handlers: {
          [AGREEMENTS_IMPORT_JOB]: agreementsImportHandler({
            // Statistics for the planner after a bulk load, as the command line's import does.
            afterImport: async () => {
              await afterBulkLoad(options.database);
            },
          }),
          // Press articles read by the extractor, their proposals left for review.
          [PRESS_EXTRACTION_JOB]: pressExtractionHandler({
            concurrency: READING_CONCURRENCY[options.database.engine],
          }),
          // A meeting's invitations by email, one round per job.
          [MEETING_INVITATIONS_JOB]: meetingInvitationsHandler({
            mailer: app.mailer,
            publicUrl: app.publicUrl,
          }),
        },
        log: {
          info: (fields, message) => app.log.info(fields, message),
          error: (fields, message) => app.log.error(fields, message),
        },
      });
    });
    app.addHook('onClose', async () => {
      await worker?.stop();
      worker = null;
    });
  }
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) app.registeredRoutes.push(`${method} ${route.url}`);
    // The OpenAPI document says which routes need credentials, from the same policy table.
    const policy = policyFor([route.method].flat()[0]!, route.url);
    if (route.schema && policy && policy.rule.kind !== 'public') {
      route.schema = { ...route.schema, security: [{ sessionCookie: [] }, { bearerToken: [] }] };
    }
  });
  await app.register(cookie);
  app.addHook('onRequest', async (request) => {
    // Liveness asks nothing of the database, not even whose session a cookie is.
    if (request.routeOptions.url === '/api/health/live') return;
    const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) {
      const resolved = await resolveApiToken(options.database.db, bearer);
      if (!resolved) {
        throw new UnauthenticatedError('access.sign_in_required');
      }
      request.user = resolved.user;
      request.principal = resolved.principal;
      request.apiToken = resolved.token;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await resolveSession(options.database.db, token);
    if (!resolved) return;
    request.user = resolved.user;
    request.principal = resolved.principal;
    knowReader(request, readerWithNetworks(resolved.principal, resolved.networks));
  });
  // CSRF: a browser sends Origin (and Sec-Fetch-Site) with every write; a cookie-authenticated write
  // from another site is refused. Clients that send neither are not browsers and carry no ambient cookie risk.
  app.addHook('onRequest', async (request) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method) || !request.cookies[SESSION_COOKIE]) return;
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    const sameOrigin = origin
      ? origin === `${request.protocol}://${request.host}`
      : site === undefined || site === 'same-origin';
    if (!sameOrigin || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
      request.log.warn(
        { event: 'authorization', outcome: 'cross-site write refused', origin, site },
        'refused',
      );
      throw new ForbiddenError('access.cross_site');
    }
  });
  // Authorization runs before validation, on the parsed but unchecked input: the public and the
  // unauthorized learn nothing about a route's rules from its validation errors.
  app.addHook('preValidation', async (request) => {
    const url = request.routeOptions.url;
    if (!url) return;
    const policy = policyFor(request.method, url);
    if (!policy) throw new Error(`no authorization policy for ${request.method} ${url}`);
    if (request.apiToken?.access === 'read' && !['GET', 'HEAD'].includes(request.method)) {
      request.log.warn({ event: 'authorization', outcome: 'read-only token', route: url }, 'refused');
      throw new ForbiddenError('access.forbidden');
    }
    if (policy.rule.kind === 'public') return;
    if (!request.principal) {
      request.log.warn({ event: 'authorization', outcome: 'unauthenticated', route: url }, 'refused');
      throw new UnauthenticatedError('access.sign_in_required');
    }
    const facts = policy.scope
      ? await scopeFacts(options.database.db, await policy.scope(options.database.db, request))
      : undefined;
    if (decide(policy.rule, request.principal, facts) !== 'allow') {
      request.log.warn(
        { event: 'authorization', outcome: 'forbidden', route: url, userId: request.user?.id },
        'refused',
      );
      throw new ForbiddenError('access.forbidden');
    }
  });
  registerInputGuard(app);
  app.decorate(
    'write',
    <T>(request: FastifyRequest, work: (tx: Database, actingAs: ActingAs) => Promise<T>) =>
      inTransaction(options.database.db, async (tx) => {
        // A create sent with an Idempotency-Key claims it first, in this transaction.
        await claimIdempotencyKey(tx, request);
        return work(tx, {
          actor: request.apiToken
            ? `user:${request.user?.id};token:${request.apiToken.id}`
            : request.user
              ? `user:${request.user.id}`
              : 'anonymous',
          principal: request.principal,
          requestId: String(request.id),
          ip: request.ip,
          correlationId: correlationIdFrom(request.headers['x-request-id']),
        });
      }),
  );
  installIdempotency(app);

  // The API serves data, never pages to render: nothing may load, frame or be framed.
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    hsts: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  await app.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10 } });
  await app.register(swagger, {
    // A named shape is listed under components.schemas by its name, and referred to there.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) =>
        typeof json.$id === 'string' ? json.$id : `def-${index}`,
    },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jumelage API',
        version: options.version ?? '0.1.0',
        description:
          'Registry of town-twinning agreements, the organizations, people and places behind them, and their sources. ' +
          'Errors are RFC 9457 problem details (application/problem+json) naming the offending field. ' +
          'Agreements, organizations, people and events have a version, given as ETag by GET and PATCH: send it in If-Match with PATCH, ' +
          'and a change made on a stale version is refused with 412 (428 when an edit from a browser signed in with the session cookie omits it).',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Set by POST /api/auth/sign-in',
          },
          bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/tokens' },
        },
      },
      tags: [
        { name: 'system' },
        { name: 'accounts', description: 'Sign-in, sessions' },
        { name: 'places', description: 'Gazetteer (GeoNames, CC BY 4.0) and places created in Jumelage' },
        { name: 'organizations' },
        { name: 'people', description: 'People, posts and memberships' },
        {
          name: 'agreements',
          description: 'Agreements, their parts, signatories, approvals, documents and lifecycle',
        },
        { name: 'networks' },
        { name: 'events' },
        { name: 'sources' },
        {
          name: 'press',
          description: 'Press articles submitted, the agreements read from them, and their review',
        },
        { name: 'portal', description: 'Read views for the public portal: search, key figures, map links' },
      ],
    },
  });
  // The reference page sets its own policy: its scripts and styles by hash, from this origin only.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Stricter directives replace the page's own: of two directives with one name, browsers keep the first.
    transformStaticCSP: (header) =>
      mergeCsp(header, { 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] }),
  });

  await app.register(
    async (api) => {
      const version = options.version ?? '0.1.0';
      await api.register(systemRoutes, { version });
      await api.register(sessionRoutes);
      await api.register(tokenRoutes);
      await api.register(passwordRoutes);
      await api.register(twoFactorRoutes);
      await api.register(emailRoutes);
      await api.register(invitationRoutes);
      await api.register(userAdminRoutes);
      await api.register(placeRoutes);
      await api.register(organizationRoutes);
      await api.register(peopleRoutes);
      await api.register(agreementRoutes);
      await api.register(networkRoutes);
      await api.register(governanceRoutes);
      await api.register(matchmakingRoutes);
      await api.register(importReviewRoutes);
      await api.register(eventRoutes);
      await api.register(calendarRoutes);
      await api.register(listExportRoutes);
      await api.register(popoloRoutes);
      await api.register(importRoutes);
      await api.register(pressRoutes);
      await api.register(jobRoutes);
      await api.register(sourceRoutes);
      await api.register(portalRoutes);
      await api.register(backupRoutes, { version });
    },
    { prefix: '/api' },
  );
  if (options.webRoot !== false) await app.register(webAppRoutes, { root: options.webRoot });
  return app;
}
