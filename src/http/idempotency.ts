import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { decryptSecret, encryptSecret } from '../accounts/secret-keys.ts';
import { type Database, selectRows } from '../db/client.ts';
import { ConflictError, ValidationError } from '../shared/errors.ts';
import {
  callerOf,
  type Decision,
  decide,
  IDEMPOTENCY_TTL_HOURS,
  isReplayable,
  jsonFingerprint,
  KEY_FIELD,
  type KeyScope,
  MAX_KEY_LENGTH,
  multipartBoundary,
  multipartFingerprint,
  parseIdempotencyKey,
  pathOf,
  pollIntervals,
  replayedHeaders,
} from './idempotency-rules.ts';
import { problemResponses } from './schemas.ts';
import type { App } from './server-types.ts';

/**
 * `Idempotency-Key` on the routes that create records: a request sent again with the same key (a
 * retry after a lost answer, a double click) gets the first answer instead of a second record.
 *
 * The key is claimed inside the write's own transaction (`claimIdempotencyKey`, called by
 * `app.write`): the row commits with the record or not at all, so a failed or refused request
 * leaves the key free, and no crash can separate the two. The unique key serializes concurrent
 * requests in the database: on PostgreSQL a second claim waits for the first transaction, on
 * PGlite transactions run one at a time; the loser rolls back and waits for the first answer,
 * which is stored as soon as it is sent. Nothing is held in memory, so any instance of the app on
 * the same database honours any key.
 */
export const IDEMPOTENT_ROUTES: ReadonlySet<string> = new Set([
  'POST /api/agreements',
  'POST /api/agreements/:id/parts',
  'POST /api/agreements/:id/parts/:partId/signatories',
  'POST /api/agreements/:id/approvals',
  'POST /api/agreements/:id/documents',
  'POST /api/agreements/:id/sources',
  'POST /api/agreements/:id/corrections',
  'POST /api/organizations',
  'POST /api/people',
  'POST /api/posts',
  'POST /api/memberships',
  'POST /api/memberships/:id/sources',
  'POST /api/places',
  'POST /api/events',
  'POST /api/events/:id/sources',
  'POST /api/sources',
  'POST /api/invitations',
  'POST /api/tokens',
  'POST /api/partner-requests',
  'POST /api/partner-requests/:id/answers',
  'POST /api/imports/agreements/files',
  'POST /api/imports/agreements',
  'POST /api/press/articles',
  'POST /api/press/articles/files',
  'POST /api/bodies/:id/mandates',
  'POST /api/bodies/:id/meetings',
  'POST /api/meetings/:id/agenda-items',
  'POST /api/meetings/:id/motions',
  'POST /api/meetings/:id/decisions',
  'POST /api/motions/:id/votes',
  'POST /api/votes/:id/ballots',
  'POST /api/memberships/:id/dues',
]);

interface IdempotencyState {
  scope: KeyScope;
  /** Known before the handler for JSON; for a multipart form, once the handler has read it. */
  fingerprint: () => string;
  /** The key is this request's: it claimed it in its write transaction. */
  claimed: boolean;
  /** Another request holds the key with the same body: this one answers with the first answer. */
  waitsForFirst: boolean;
  replayed: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: IdempotencyState | null;
  }
}

const REPLAYED = 'idempotent-replayed';
const RETRY_AFTER_SECONDS = 1;
const PURGE_EVERY_MS = 10 * 60 * 1000;

const KeyHeader = Type.String({
  // The key may come quoted, as the draft writes it: the quotes are not part of its length.
  maxLength: MAX_KEY_LENGTH + 2,
  description:
    'A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key ' +
    `and body within ${IDEMPOTENCY_TTL_HOURS} hours, the request gets the first answer again ` +
    '(with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body ' +
    'is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 ' +
    'with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. ' +
    'A refused or failed request leaves the key unused.',
});

interface KeptRow {
  fingerprint: string;
  status: number | null;
  headers: Record<string, string> | null;
  body_key_id: string | null;
  body: string | null;
  created_at: Date | string;
  /** The database's clock, which every instance shares. */
  now: Date | string;
}

function decisionOn(kept: KeptRow | null, fingerprint: string) {
  return decide(
    kept && { fingerprint: kept.fingerprint, status: kept.status, createdAt: new Date(kept.created_at) },
    fingerprint,
    kept ? new Date(kept.now) : new Date(),
  );
}

/** What a request is refused with when its key is taken: the one mapping from decision to answer. */
const refusals = {
  other_request: () => new ValidationError('idempotency_key.other_request', KEY_FIELD),
  answer_lost: () => new ConflictError('idempotency_key.answer_lost', KEY_FIELD),
  in_progress: () => new ConflictError('idempotency_key.in_progress', KEY_FIELD),
} as const satisfies Partial<Record<Decision, () => Error>>;

/**
 * Refuses a request whose key is spent: taken by a request with another body (422), or by one
 * whose answer was lost (409). A key in progress or answered is for the caller to wait on or replay.
 */
function refuseSpentKey(decision: Decision): void {
  if (decision === 'other_request' || decision === 'answer_lost') throw refusals[decision]();
}

function scopeCondition(scope: KeyScope) {
  return sql`caller = ${scope.caller} AND method = ${scope.method} AND path = ${scope.path} AND key = ${scope.key}`;
}

async function readKept(db: Database, scope: KeyScope): Promise<KeptRow | null> {
  const [row] = await selectRows<KeptRow>(
    db,
    sql`SELECT fingerprint, status, headers, body_key_id, body, created_at, now() AS now FROM idempotency_keys
        WHERE ${scopeCondition(scope)}
          AND created_at > now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`,
  );
  return row ?? null;
}

/** Context bound to a stored answer's encryption: an answer decrypts only under its own key. */
const bodyContext = (scope: KeyScope) =>
  `idempotency:${scope.caller}:${scope.method}:${scope.path}:${scope.key}`;

/**
 * Claims the request's key, first thing in its write transaction. Throws when the key is taken:
 * 422 for another body, 409 for the same body (the request then answers with the first answer).
 * A second write in the same request does not claim again.
 */
export async function claimIdempotencyKey(tx: Database, request: FastifyRequest): Promise<void> {
  const state = request.idempotency;
  if (!state || state.claimed) return;
  const { scope } = state;
  const fingerprint = state.fingerprint();
  // A key older than its lifetime is taken over as if new.
  const claimed = await selectRows(
    tx,
    sql`INSERT INTO idempotency_keys (caller, method, path, key, fingerprint, claim_id, created_at)
        VALUES (${scope.caller}, ${scope.method}, ${scope.path}, ${scope.key}, ${fingerprint}, ${String(request.id)}, now())
        ON CONFLICT (caller, method, path, key) DO UPDATE
          SET fingerprint = excluded.fingerprint, claim_id = excluded.claim_id, created_at = excluded.created_at,
              status = NULL, headers = NULL, body_key_id = NULL, body = NULL
          WHERE idempotency_keys.created_at <= now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})
        RETURNING claim_id`,
  );
  if (claimed.length > 0) {
    state.claimed = true;
    return;
  }
  refuseSpentKey(decisionOn(await readKept(tx, scope), fingerprint));
  state.waitsForFirst = true;
  throw refusals.in_progress();
}

/** Waits, within bounds, for the first request under the key to store its answer. */
async function waitForAnswer(db: Database, scope: KeyScope): Promise<KeptRow | null> {
  for (const interval of pollIntervals()) {
    const kept = await readKept(db, scope);
    // Gone: the first request failed and released the key after all.
    if (!kept) return null;
    if (kept.status !== null) return kept;
    await sleep(interval);
  }
  return null;
}

function storedBody(app: App, scope: KeyScope, kept: KeptRow): string {
  if (kept.body === null || kept.body_key_id === null) return '';
  try {
    return decryptSecret(app.secretKeys, kept.body_key_id, kept.body, bodyContext(scope));
  } catch {
    // Kept under a secret key this server no longer holds: the answer is as good as lost.
    throw refusals.answer_lost();
  }
}

function replayHeaders(reply: FastifyReply, kept: KeptRow): void {
  reply.code(kept.status!);
  for (const [name, value] of Object.entries(kept.headers ?? {})) reply.header(name, value);
  reply.header(REPLAYED, 'true');
}

/** Adds the Idempotency-Key header to the create routes, and answers retries with the first answer. */
export function installIdempotency(app: App): void {
  const db = app.database.db;
  let lastPurge = 0;
  app.decorateRequest('idempotency', null);

  // The OpenAPI document declares the header, and the answers it can bring, on every create route.
  app.addHook('onRoute', (route) => {
    const method = [route.method].flat()[0];
    if (!route.schema || !IDEMPOTENT_ROUTES.has(`${method} ${route.url}`)) return;
    const headers = Type.Object({ 'idempotency-key': Type.Optional(KeyHeader) });
    route.schema = {
      ...route.schema,
      headers,
      response: { ...problemResponses(409, 422), ...(route.schema.response as object) },
    };
  });

  app.addHook('preHandler', async (request, reply) => {
    const url = request.routeOptions.url;
    if (!url || !IDEMPOTENT_ROUTES.has(`${request.method} ${url}`)) return;
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    if (key === undefined) return;
    if (key === null) throw new ValidationError('idempotency_key.invalid', KEY_FIELD);
    // Every create route needs a signed-in caller; one without has nothing to bind a key to.
    const caller = callerOf(request.user, request.apiToken);
    if (!caller) return;
    const scope: KeyScope = { caller, method: request.method, path: pathOf(request.url), key };
    const boundary = request.isMultipart() ? multipartBoundary(request.headers['content-type']) : null;
    if (boundary) {
      // The form is streamed to the handler: its bytes are hashed as they pass, and known by the
      // time the handler writes. A retry is recognized then, at the claim.
      const chunks: Buffer[] = [];
      request.raw.on('data', (chunk: Buffer) => chunks.push(chunk));
      // Listening must not start the flow before the handler's parser listens too.
      request.raw.pause();
      request.idempotency = {
        scope,
        fingerprint: () => multipartFingerprint(Buffer.concat(chunks), boundary),
        claimed: false,
        waitsForFirst: false,
        replayed: false,
      };
      return;
    }
    const fingerprint = jsonFingerprint(request.body);
    request.idempotency = {
      scope,
      fingerprint: () => fingerprint,
      claimed: false,
      waitsForFirst: false,
      replayed: false,
    };
    const kept = await readKept(db, scope);
    const decision = decisionOn(kept, fingerprint);
    if (decision === 'proceed') return;
    refuseSpentKey(decision);
    const answer = decision === 'replay' ? kept : await waitForAnswer(db, scope);
    if (!answer) {
      const after = decisionOn(await readKept(db, scope), fingerprint);
      // The first request's record was not made after all: this one carries on as the first.
      if (after === 'proceed') return;
      refuseSpentKey(after);
      reply.header('retry-after', RETRY_AFTER_SECONDS);
      throw refusals.in_progress();
    }
    const body = storedBody(app, scope, answer);
    request.idempotency.replayed = true;
    replayHeaders(reply, answer);
    return reply.send(body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const state = request.idempotency;
    if (!state || state.replayed) return payload;
    // Whatever happens here, the answer already made goes out: an error would answer it anew.
    try {
      if (state.waitsForFirst) {
        // This request lost the claim to another with the same body: it answers as the first did.
        const answer = await waitForAnswer(db, state.scope);
        if (!answer) {
          reply.header('retry-after', RETRY_AFTER_SECONDS);
          return payload;
        }
        const body = storedBody(app, state.scope, answer);
        state.replayed = true;
        replayHeaders(reply, answer);
        return body;
      }
      // A server error is no outcome to replay: the key stays without an answer (ANSWER_LOST_AFTER_MS).
      if (!state.claimed || !isReplayable(reply.statusCode)) return payload;
      // The claim committed with the record (or rolled back with it, and then matches no row).
      const text =
        typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
      const sealed = encryptSecret(app.secretKeys, text, bodyContext(state.scope));
      await db.execute(
        sql`UPDATE idempotency_keys
            SET status = ${reply.statusCode}, headers = ${JSON.stringify(replayedHeaders(reply.getHeaders()))}::jsonb,
                body_key_id = ${sealed.keyId}, body = ${sealed.ciphertext}
            WHERE ${scopeCondition(state.scope)} AND claim_id = ${String(request.id)} AND status IS NULL`,
      );
      if (Date.now() - lastPurge > PURGE_EVERY_MS) {
        lastPurge = Date.now();
        await purgeExpiredIdempotencyKeys(db);
      }
    } catch (error) {
      // A repeat is then told the answer was lost; it never makes the record again.
      request.log.error({ err: error }, 'the answer to an idempotent request could not be kept');
    }
    return payload;
  });
}

/** Forgets keys past their lifetime (a retry after them creates anew). */
export async function purgeExpiredIdempotencyKeys(db: Database): Promise<number> {
  const rows = await selectRows(
    db,
    sql`DELETE FROM idempotency_keys
        WHERE created_at <= now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS}) RETURNING 1 AS gone`,
  );
  return rows.length;
}
