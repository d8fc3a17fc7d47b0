/**
 * Errors the domain raises. The HTTP layer maps each to a problem+json status; the domain
 * itself knows nothing of HTTP.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    /** JSON pointer-like path of the offending input field, when one field is to blame. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that is well-formed but breaks a rule (422). */
export class ValidationError extends DomainError {}

/** The record named does not exist (404). */
export class NotFoundError extends DomainError {}

/** The request conflicts with the current state of a record, e.g. an illegal transition (409). */
export class ConflictError extends DomainError {}

/** The request needs a signed-in user, or its credentials are wrong (401). */
export class UnauthenticatedError extends DomainError {}

/** Too many attempts: the caller is to wait this many seconds (429 with Retry-After). */
export class TooManyRequestsError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** Signed in, but not allowed to do this here (403). */
export class ForbiddenError extends DomainError {}
