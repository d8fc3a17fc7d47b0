/**
 * Errors as they may be written to a log: what failed and where, never the values involved.
 *
 * A failed query's error carries its parameters (API token hashes, email addresses, passwords'
 * digests) in its message and fields, and PostgreSQL quotes offending values in `detail` ("Key
 * (email)=(…) already exists") and in some messages ("invalid input syntax for type uuid: "…"").
 * The log keeps the statement's shape — its text with `$1` placeholders — and the database's error
 * code, constraint, table and column, which are enough to find the cause.
 */
export interface LoggableError {
  type: string;
  message: string;
  stack: string;
  code?: string;
  /** The statement's text as the code wrote it, placeholders and all, without its parameters. */
  statement?: string;
  parameterCount?: number;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  cause?: LoggableError;
}

const FAILED_QUERY = /^Failed query: ([\s\S]*?)\nparams: [\s\S]*$/;

/** A value PostgreSQL quotes at the end of a message, e.g. `invalid input syntax for type uuid: "…"`. */
const QUOTED_VALUE_AT_END = /: "(?:[^"]|"")*"$/;

function scrubMessage(message: string): string {
  const failedQuery = FAILED_QUERY.exec(message);
  if (failedQuery) return `Failed query: ${failedQuery[1]}`;
  return message.replace(QUOTED_VALUE_AT_END, ': "…"');
}

export function loggableError(error: unknown, depth = 0): LoggableError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: 'a value that is not an Error was thrown', stack: '' };
  }
  const fields = error as Error & Record<string, unknown>;
  const message = scrubMessage(error.message);
  const result: LoggableError = {
    type: error.constructor?.name ?? error.name,
    message,
    // The stack starts with the message: the scrubbed one replaces it.
    stack: error.stack?.startsWith(`${error.name}: ${error.message}`)
      ? `${error.name}: ${message}${error.stack.slice(`${error.name}: ${error.message}`.length)}`
      : error.stack?.includes(error.message)
        ? error.stack.replace(error.message, message)
        : (error.stack ?? ''),
  };
  if (typeof fields.query === 'string') result.statement = fields.query;
  if (Array.isArray(fields.params)) result.parameterCount = fields.params.length;
  for (const key of ['code', 'constraint', 'table', 'column', 'routine'] as const) {
    if (typeof fields[key] === 'string') result[key] = fields[key] as string;
  }
  if (fields.cause !== undefined && depth < 3) result.cause = loggableError(fields.cause, depth + 1);
  return result;
}
