/**
 * A client's own request id (X-Request-Id), kept beside the server's to correlate logs across
 * systems, never used as the request id. Accepted only when short and made of safe characters
 * (letters, digits, `.`, `_`, `:`, `-`), so it cannot forge log or audit content; otherwise ignored.
 */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function correlationIdFrom(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return CORRELATION_ID.test(header) ? header : undefined;
}
