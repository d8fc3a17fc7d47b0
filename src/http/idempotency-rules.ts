import { createHash } from 'node:crypto';

/**
 * The rules of the Idempotency-Key request header (IETF draft "The Idempotency-Key HTTP Header
 * Field"), without I/O: which keys are well-formed, what identifies a request, when a key has
 * expired, and what of a first answer is replayed. `idempotency.ts` applies them to requests.
 */

/** How long a key and its answer are kept: a retry within this time gets the first answer. */
export const IDEMPOTENCY_TTL_HOURS = 24;
export const IDEMPOTENCY_TTL_MS = IDEMPOTENCY_TTL_HOURS * 60 * 60 * 1000;
export const MAX_KEY_LENGTH = 255;
/** The JSON pointer problems name when the header is to blame. */
export const KEY_FIELD = '/headers/idempotency-key';

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * The key a request carries: `undefined` without the header, `null` when it is malformed. The
 * draft writes it as a structured-field string (`"…"`, RFC 8941); the bare value most clients send
 * is taken too. Either way it is 1 to 255 printable ASCII characters.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  // Sent twice, the header names no single key.
  if (Array.isArray(header)) return null;
  let key = header.trim();
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) {
    const inner = key.slice(1, -1);
    // In a structured-field string a quote or backslash is escaped by a backslash, and only they are.
    if (!/^(?:[^"\\]|\\["\\])*$/.test(inner)) return null;
    key = inner.replace(/\\(["\\])/g, '$1');
  }
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !PRINTABLE_ASCII.test(key)) return null;
  return key;
}

/** Who and what a key belongs to: the same key from another caller or for another target is another key. */
export interface KeyScope {
  caller: string;
  method: string;
  path: string;
  key: string;
}

/**
 * The caller a key belongs to: the API token when the request came with one (each token is its
 * own client), else the signed-in user. Anonymous requests have no caller to bind a key to.
 */
export function callerOf(user: { id: string } | null, token: { id: string } | null): string | null {
  if (token) return `token:${token.id}`;
  if (user) return `user:${user.id}`;
  return null;
}

/** The target of a request, without its query string. */
export function pathOf(url: string): string {
  return url.split('?')[0]!;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The fingerprint of a JSON body: the same fields in any order are the same request. */
export function jsonFingerprint(body: unknown): string {
  return sha256(JSON.stringify(body ?? null, sortedKeys));
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * The fingerprint of a multipart/form-data body: its bytes, less the boundary, which a client
 * draws anew each time it sends the same form.
 */
export function multipartFingerprint(raw: Buffer, boundary: string): string {
  const hash = createHash('sha256');
  const delimiter = Buffer.from(`--${boundary}`);
  let start = 0;
  for (;;) {
    const at = raw.indexOf(delimiter, start);
    hash.update(raw.subarray(start, at === -1 ? raw.length : at));
    if (at === -1) break;
    hash.update('\0--boundary\0');
    start = at + delimiter.length;
    // Whatever follows the closing delimiter is an epilogue the parser ignores.
    if (raw.subarray(start, start + 2).toString() === '--') break;
  }
  return hash.digest('hex');
}

/** The boundary of a multipart content type, or null. */
export function multipartBoundary(contentType: string | undefined): string | null {
  const match = /^multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(
    contentType ?? '',
  );
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** A kept key, as far as deciding goes. */
export interface KeptKey {
  fingerprint: string;
  /** The first answer's status; null while the first request is still being carried out. */
  status: number | null;
  createdAt: Date;
}

export type Decision = 'proceed' | 'replay' | 'other_request' | 'in_progress' | 'answer_lost';

/**
 * A key is kept from the commit of its record, and its answer stored as that answer is sent, a
 * moment later. Still without an answer after this long, the answer was lost (the process
 * stopped, or the answer was a server error): the record exists, and nothing will create it again.
 */
export const ANSWER_LOST_AFTER_MS = 60_000;

/**
 * What a request with a key does, given what is kept under it: carry on (nothing kept, or only an
 * expired key), replay the first answer, refuse a different request under the same key (422),
 * wait for the first request, still under way, or say that its answer was lost.
 */
export function decide(kept: KeptKey | null, fingerprint: string, now: Date): Decision {
  if (!kept || isExpired(kept.createdAt, now)) return 'proceed';
  if (kept.fingerprint !== fingerprint) return 'other_request';
  if (kept.status !== null) return 'replay';
  return now.getTime() - kept.createdAt.getTime() >= ANSWER_LOST_AFTER_MS ? 'answer_lost' : 'in_progress';
}

/** Whether an answer is kept for replay: a server error is not the outcome of the request, so not. */
export function isReplayable(status: number): boolean {
  return status < 500;
}

export function isExpired(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() >= IDEMPOTENCY_TTL_MS;
}

/** The headers of an answer that are replayed with it; the others are the new answer's own. */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag', 'last-modified'] as const;

export function replayedHeaders(
  headers: Record<string, number | string | string[] | undefined>,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = headers[name];
    if (value !== undefined) kept[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return kept;
}

/** A waiting request polls for the first answer at growing intervals, up to this long in all. */
export const WAIT_FOR_FIRST_ANSWER_MS = 10_000;

export function pollIntervals(totalMs = WAIT_FOR_FIRST_ANSWER_MS): number[] {
  const intervals: number[] = [];
  let spent = 0;
  let next = 10;
  while (spent < totalMs) {
    const step = Math.min(next, totalMs - spent);
    intervals.push(step);
    spent += step;
    next = Math.min(next * 2, 250);
  }
  return intervals;
}
