import type { ErrorObject } from 'ajv';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
  PreconditionRequiredError,
  TooManyRequestsError,
  UnauthenticatedError,
} from '../shared/errors.ts';
import type { UiLanguage } from '../shared/languages.ts';
import { requestLanguage } from './language.ts';
import { type MessageKey, message } from './messages.ts';
import type { Problem } from './schemas.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** What a problem answer holds: the document's named Problem shape. */
export type ProblemBody = Static<typeof Problem>;

const KINDS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  too_many_requests: 429,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  request_header_fields_too_large: 431,
  request_timeout: 408,
  unsupported_media_type: 415,
  validation: 422,
  internal: 500,
  unavailable: 503,
  route_not_found: 404,
  precondition_failed: 412,
  precondition_required: 428,
} as const;
type ProblemKind = keyof typeof KINDS;

function problem(kind: ProblemKind, language: UiLanguage, extra: Partial<ProblemBody> = {}): ProblemBody {
  return {
    type: `/api/problems#${kind.replaceAll('_', '-')}`,
    title: message(language, `problem.${kind}` as MessageKey),
    status: KINDS[kind],
    ...extra,
  };
}

/**
 * Input refused before any schema sees it (text no database can store), by a message key of
 * messages.ts and the JSON pointer of the offending field: 400.
 */
export class BadInputError extends Error {
  readonly code: MessageKey;
  readonly field: string;
  constructor(code: MessageKey, field: string) {
    super(`${code} at ${field}`);
    this.code = code;
    this.field = field;
  }
}

/** A bare problem for a status alone, for refusals made before any request exists (see input-guard.ts). */
export function problemOfStatus(status: number, language: UiLanguage): ProblemBody {
  const kind = (Object.keys(KINDS) as ProblemKind[]).find((name) => KINDS[name] === status);
  return kind ? problem(kind, language) : { ...problem('bad_request', language), status };
}

/** Where in the input an Ajv error points, as a JSON pointer naming the field. */
function fieldOf(error: ErrorObject, part: string | undefined): string {
  const base = part === 'body' ? '' : `/${part ?? ''}`.replace(/\/$/, '');
  if (error.keyword === 'required')
    return `${base}${error.instancePath}/${String(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') {
    return `${base}${error.instancePath}/${String(error.params.additionalProperty)}`;
  }
  return `${base}${error.instancePath}` || '/';
}

/** The message key (also the stable code) of a schema error, with its placeholders. */
function validationMessage(error: ErrorObject): [MessageKey, Record<string, string>?] {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return ['validation.required'];
    case 'additionalProperties':
      return ['validation.additional_property'];
    case 'type':
      return ['validation.type', { type: String(params.type) }];
    case 'format':
      return ['validation.format', { format: String(params.format) }];
    case 'enum':
      return ['validation.enum', { values: (params.allowedValues as unknown[]).join(', ') }];
    case 'minLength':
      return ['validation.too_short'];
    case 'maxLength':
      return ['validation.too_long'];
    case 'minimum':
    case 'exclusiveMinimum':
      return ['validation.too_small'];
    case 'maximum':
    case 'exclusiveMaximum':
      return ['validation.too_large'];
    case 'pattern':
      return ['validation.pattern'];
    case 'minItems':
      return ['validation.too_few_items'];
    case 'maxItems':
      return ['validation.too_many_items'];
    default:
      return ['validation.invalid'];
  }
}

/** Keeps the most useful schema errors: a union reports every branch, most of them noise. */
function meaningfulErrors(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((error) => !['anyOf', 'oneOf', 'if', 'const'].includes(error.keyword));
  return specific.length > 0 ? specific : errors;
}

export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  return reply
    .code(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...body, requestId: String(reply.request.id) });
}

export function errorToProblem(error: FastifyError | Error, request: FastifyRequest): ProblemBody {
  const language = requestLanguage(request);
  if (error instanceof DomainError) {
    const kind: ProblemKind =
      error instanceof NotFoundError
        ? 'not_found'
        : error instanceof ConflictError
          ? 'conflict'
          : error instanceof UnauthenticatedError
            ? 'unauthenticated'
            : error instanceof TooManyRequestsError
              ? 'too_many_requests'
              : error instanceof ForbiddenError
                ? 'forbidden'
                : error instanceof PreconditionFailedError
                  ? 'precondition_failed'
                  : error instanceof PreconditionRequiredError
                    ? 'precondition_required'
                    : error instanceof PayloadTooLargeError
                      ? 'payload_too_large'
                      : 'validation';
    // The reader's language; `error.message` is the English rendering, for the log.
    const text = message(language, error.code, error.params);
    const field = error.field;
    return problem(kind, language, {
      code: error.code,
      detail: text,
      ...(field ? { field, errors: [{ field, code: error.code, message: text }] } : {}),
      ...(error instanceof PreconditionFailedError ? { currentVersion: error.currentVersion } : {}),
    });
  }
  if (error instanceof BadInputError) {
    const text = message(language, error.code);
    return problem('bad_request', language, {
      code: error.code,
      detail: text,
      field: error.field,
      errors: [{ field: error.field, code: error.code, message: text }],
    });
  }
  const fastifyError = error as FastifyError & { validationContext?: string };
  if (fastifyError.validation) {
    const errors = meaningfulErrors(fastifyError.validation as ErrorObject[]).map((item) => {
      const [code, params] = validationMessage(item);
      return {
        field: fieldOf(item, fastifyError.validationContext),
        code,
        message: message(language, code, params),
      };
    });
    // An id in the path that is not even a UUID names no record: 404, like any unknown id.
    const kind: ProblemKind = fastifyError.validationContext === 'params' ? 'not_found' : 'validation';
    return problem(kind, language, {
      code: errors[0]?.code,
      detail: errors[0]?.message,
      field: errors[0]?.field,
      errors,
    });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('bad_request', language, {
        code: 'validation.malformed_json',
        detail: message(language, 'validation.malformed_json'),
        field: '/',
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    // A form with more fields, files or parts than a document upload has: the form as a whole.
    case 'FST_FIELDS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return problem('payload_too_large', language, { field: '/' });
    case 'FST_ERR_BAD_URL':
      return problem('bad_request', language, {
        code: 'validation.bad_url',
        detail: message(language, 'validation.bad_url'),
      });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problem('uri_too_long', language);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return problem('unsupported_media_type', language);
  }
  // The database is away (restarting, unreachable): try again soon, not a fault of this request.
  if (isDatabaseUnavailable(error)) return problem('unavailable', language);
  if (error instanceof SyntaxError) {
    return problem('bad_request', language, {
      code: 'validation.malformed_json',
      detail: message(language, 'validation.malformed_json'),
      field: '/',
    });
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    return { ...problem('bad_request', language, { detail: error.message }), status };
  }
  return problem('internal', language);
}

export function routeNotFoundProblem(request: FastifyRequest): ProblemBody {
  return problem('route_not_found', requestLanguage(request), {
    detail: `${request.method} ${request.url.split('?')[0]}`,
  });
}
