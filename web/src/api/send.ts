import type { Problem } from './types.ts';

/**
 * What a call of the typed client answers (openapi-fetch): the data of a success, or the body of an
 * error, which the server always writes as a problem (a proxy or a lost connection may leave only
 * text or nothing). A call whose error responses are not problems does not fit here.
 */
export type Answer =
  | { data: unknown; error?: never; response: Response }
  | { data?: never; error: Problem | string | undefined; response: Response };

/** The data of a call's success (JSON, so never `undefined`; a 204 has none to read). */
export type DataOf<Call extends Answer> = Call extends { data: infer Data; error?: never }
  ? Exclude<Data, undefined>
  : never;

/** A call's answer, narrowed: its data, or the problem that refused it. */
export type Sent<Data> =
  | { data: Data; problem?: undefined; response: Response }
  | { data?: undefined; problem: Problem; response: Response };

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    'title' in body &&
    typeof body.title === 'string' &&
    'status' in body &&
    typeof body.status === 'number'
  );
}

/** The problem a refusal says, or one made of its status when its body says none (RFC 9457 `about:blank`). */
export function problemOf(body: unknown, response: Response): Problem {
  return isProblem(body)
    ? body
    : { type: 'about:blank', title: response.statusText || String(response.status), status: response.status };
}

/** The problem of a request that got no answer at all (the network, not the server). */
export function unansweredProblem(error: unknown): Problem {
  return { type: 'about:blank', title: error instanceof Error ? error.message : String(error), status: 0 };
}

/**
 * Waits for a call of the typed client and narrows its answer: `{ data }` when the server accepted
 * it, `{ problem }` when it refused, so no caller reads an error as anything but a problem.
 */
export async function send<Call extends Answer>(call: Call | Promise<Call>): Promise<Sent<DataOf<Call>>> {
  const { data, error, response } = await call;
  // openapi-fetch answers `data` exactly when the response is a success (undefined for a 204).
  return response.ok
    ? { data: data as DataOf<Call>, response }
    : { problem: problemOf(error, response), response };
}

/**
 * The answer of a request the typed client cannot make (a multipart upload): nothing to read on a
 * success, the problem on a refusal.
 */
export async function sendRaw(request: Promise<Response>): Promise<Sent<undefined>> {
  const response = await request;
  if (response.ok) return { data: undefined, response };
  const body: unknown = await response.json().catch(() => undefined);
  return { problem: problemOf(body, response), response };
}
