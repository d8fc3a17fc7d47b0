import { type ErrorCode, type ErrorParams, errorMessage, isErrorCode } from './error-messages.ts';

export type { ErrorCode, ErrorParams } from './error-messages.ts';
export { allOf, anyOf, label } from './error-messages.ts';

/**
 * Errors the domain raises. Each carries a stable code and named parameters, never text: the HTTP
 * layer maps the class to a problem+json status and writes the code's message in the reader's
 * language (`error-messages.ts` holds the catalog). `message` is the English rendering, for logs
 * and the command line.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  /** JSON pointer-like path of the offending input field, when one field is to blame. */
  readonly field?: string;

  constructor(code: ErrorCode, field?: string);
  constructor(code: ErrorCode, params: ErrorParams, field?: string);
  constructor(code: ErrorCode, paramsOrField?: ErrorParams | string, field?: string) {
    // A code the catalog does not have (only past the type checker): a programming error.
    if (!isErrorCode(code)) throw new TypeError(`no message for the error code ${String(code)}`);
    const params = typeof paramsOrField === 'object' ? paramsOrField : {};
    const pointer = typeof paramsOrField === 'string' ? paramsOrField : field;
    super(errorMessage('en', code, params));
    this.code = code;
    this.params = params;
    if (pointer !== undefined) this.field = pointer;
    this.name = new.target.name;
  }
}

/** Input that is well-formed but breaks a rule (422). */
export class ValidationError extends DomainError {}

/** An input larger than the route takes (413), e.g. a file over its size limit. */
export class PayloadTooLargeError extends DomainError {}

/** The record named does not exist (404). */
export class NotFoundError extends DomainError {}

/** The request conflicts with the current state of a record, e.g. an illegal transition (409). */
export class ConflictError extends DomainError {}

/** The request needs a signed-in user, or its credentials are wrong (401). */
export class UnauthenticatedError extends DomainError {}

/** Too many attempts: the caller is to wait this many seconds (429 with Retry-After). */
export class TooManyRequestsError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(code: ErrorCode, params: ErrorParams, retryAfterSeconds: number) {
    super(code, params);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** An edit made on a copy of the record that is no longer current (412): `version` is the current one. */
export class PreconditionFailedError extends DomainError {
  readonly currentVersion: number;

  constructor(code: ErrorCode, currentVersion: number) {
    super(code, { version: currentVersion });
    this.currentVersion = currentVersion;
  }
}

/** An edit that must say which version it was made on, and did not (428). */
export class PreconditionRequiredError extends DomainError {}

/** Signed in, but not allowed to do this here (403). */
export class ForbiddenError extends DomainError {}
