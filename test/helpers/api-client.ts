import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import createClient, { type Client } from 'openapi-fetch';
import type { App } from '../../src/http/server-types.ts';
import type { components, paths } from '../../web/src/api/schema.d.ts';

/** The API as the web application calls it: openapi-fetch typed from the server's OpenAPI document. */
export type ApiClient = Client<paths>;

/** RFC 9457 problem details, as the OpenAPI document describes them. */
export type Problem = components['schemas']['Problem'];

/** The origin of the typed client's URLs: any will do, the requests never leave the process. */
const TEST_ORIGIN = 'http://jumelage.test';

/** Statuses whose response has no body (the Response constructor refuses one). */
const BODILESS_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The typed client of the web application over Fastify's `inject`: each call goes through the same
 * routes, schemas and hooks as a browser's, with every header (cookie, If-Match, Idempotency-Key,
 * Accept-Language…) passed on as sent. For multipart uploads and deliberately malformed requests,
 * tests send raw requests instead.
 */
export function apiClient(app: App, options: { cookie?: string; headers?: Record<string, string> } = {}) {
  return createClient<paths>({
    baseUrl: TEST_ORIGIN,
    headers: { ...options.headers, ...(options.cookie ? { cookie: options.cookie } : {}) },
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      const payload = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
      const answer = await app.inject({
        method: request.method as InjectOptions['method'],
        url: `${url.pathname}${url.search}`,
        headers: Object.fromEntries(request.headers),
        ...(payload ? { payload } : {}),
      });
      return responseOf(answer, request.method);
    },
  });
}

/** The Fetch API's Response for an answer of `inject`, headers repeated as they were (set-cookie). */
function responseOf(answer: LightMyRequestResponse, method: string): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined) continue;
    for (const each of Array.isArray(value) ? value : [value]) headers.append(name, String(each));
  }
  const bodiless = BODILESS_STATUSES.has(answer.statusCode) || method === 'HEAD';
  return new Response(bodiless ? null : new Uint8Array(answer.rawPayload), {
    status: answer.statusCode,
    statusText: answer.statusMessage,
    headers,
  });
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    'type' in body &&
    typeof body.type === 'string' &&
    'title' in body &&
    typeof body.title === 'string' &&
    'status' in body &&
    typeof body.status === 'number'
  );
}

/**
 * The problem a raw request was answered with: fails unless the answer is `application/problem+json`
 * with the members RFC 9457 requires.
 */
export function problemOf(response: LightMyRequestResponse): Problem {
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) {
    throw new Error(`expected a problem, got ${response.statusCode} ${type}: ${response.body}`);
  }
  const body: unknown = JSON.parse(response.body);
  if (!isProblem(body)) throw new Error(`not a problem: ${response.body}`);
  return body;
}

/** The JSON body an operation of the OpenAPI document answers with this status. */
export type JsonAnswer<
  Path extends keyof paths,
  Method extends keyof paths[Path],
  Status extends number,
> = paths[Path][Method] extends { responses: infer Responses }
  ? Status extends keyof Responses
    ? Responses[Status] extends { content: { 'application/json': infer Body } }
      ? Body
      : never
    : never
  : never;

/**
 * The JSON a raw request (a multipart upload) was answered with, typed as the OpenAPI document
 * describes that operation's answer with that status, as the typed client types its data: fails
 * on any other status.
 */
export function answerOf<Path extends keyof paths, Method extends keyof paths[Path], Status extends number>(
  response: LightMyRequestResponse,
  operation: { path: Path; method: Method; status: Status },
): JsonAnswer<Path, Method, Status> {
  if (response.statusCode !== operation.status) {
    throw new Error(`expected ${operation.status}, got ${response.statusCode}: ${response.body}`);
  }
  return JSON.parse(response.body);
}

/** What a call of the typed client answers: the data of a success, or the body of an error. */
interface Answer<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/**
 * The data of a typed call that must succeed with this status: fails, showing the problem, on any
 * other status or when a success carries no data.
 */
export async function expectData<Data>(
  call: Answer<Data> | Promise<Answer<Data>>,
  status: number,
): Promise<Data> {
  const { data, error, response } = await call;
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(error ?? data)}`);
  }
  if (data === undefined) throw new Error(`a ${status} without data`);
  return data;
}

/**
 * The problem a typed call must be refused with, with this status: fails unless the answer is
 * `application/problem+json` with the members RFC 9457 requires.
 */
export async function expectProblem(
  call: Answer<unknown> | Promise<Answer<unknown>>,
  status: number,
): Promise<Problem> {
  const { data, error, response } = await call;
  const type = response.headers.get('content-type') ?? '';
  if (response.status !== status || !type.startsWith('application/problem+json') || !isProblem(error)) {
    throw new Error(
      `expected a ${status} problem, got ${response.status} ${type}: ${JSON.stringify(error ?? data)}`,
    );
  }
  return error;
}

/** The status a typed call was answered with. */
export async function statusOf(call: Answer<unknown> | Promise<Answer<unknown>>): Promise<number> {
  return (await call).response.status;
}

/** The typed client of a server listening at this address (a process of its own), over the network. */
export function serverClient(url: string, headers: Record<string, string> = {}): ApiClient {
  return createClient<paths>({ baseUrl: url, headers });
}
