/**
 * Whether an error means the database cannot be reached right now (down, restarting, refusing
 * connections, or the connection dropped), as opposed to a query that is wrong. Such errors are
 * answered 503 with Retry-After: the request may succeed once the database is back.
 */

/** How long a client is told to wait before trying again while the database is away, in seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// SQLSTATE classes and codes that say the server, not the statement, is the trouble:
// 08 connection exception, 57P01–57P03 shutdown / crash / cannot connect now, 53300 too many connections.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

// Socket errors met when the server is down, restarting or unreachable.
const UNAVAILABLE_SYSCALL_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// node-postgres and PGlite say these in plain text only.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
  /^PGlite is closed/,
];

function isUnavailableItself(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (UNAVAILABLE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    // A mail server that is away is not the database: nodemailer's errors name the SMTP command.
    if (UNAVAILABLE_SYSCALL_CODES.has(code) && !('command' in error)) return true;
  }
  // Connecting to a host with several addresses fails with all their errors at once.
  if (error instanceof AggregateError && error.errors.some(isUnavailableItself)) return true;
  const text = (error as { message?: unknown }).message;
  return typeof text === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(text));
}

/** True when `error`, or an error it wraps (Drizzle wraps the driver's in `cause`), says the database is away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current);
    if (isUnavailableItself(current)) return true;
  }
  return false;
}
