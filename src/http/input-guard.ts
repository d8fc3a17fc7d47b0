import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import '@fastify/multipart';
import type { ConnectionError, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, PayloadTooLargeError, ValidationError } from '../shared/errors.ts';
import type { UiLanguage } from '../shared/languages.ts';
import {
  BadInputError,
  errorToProblem,
  PROBLEM_CONTENT_TYPE,
  problemOfStatus,
  sendProblem,
} from './problem.ts';
import type { App } from './server-types.ts';

/*
 * Text no database column can hold, refused at the door for every route at once: a NUL character
 * (PostgreSQL text cannot store U+0000) and a lone UTF-16 surrogate (JSON lets `"\ud800"` through,
 * but it is no Unicode character, and UTF-8 cannot encode it). Keys are checked as well as values:
 * they become column values too (the languages of a localized text).
 */

// In a `u` regular expression a surrogate pair is one code point: only unpaired halves match.
const LONE_SURROGATE = /\p{Cs}/u;

/** One reference token of a JSON pointer (RFC 6901). */
function token(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Where in `value` the first string no database can store is, as a JSON pointer, and why. */
export function findUnstorableText(
  value: unknown,
  pointer = '',
): { field: string; code: 'validation.nul_character' | 'validation.lone_surrogate' } | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { field: pointer || '/', code: 'validation.nul_character' };
    if (LONE_SURROGATE.test(value)) return { field: pointer || '/', code: 'validation.lone_surrogate' };
    return null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, `${pointer}/${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const field = `${pointer}/${token(key)}`;
      const found = findUnstorableText(key, field) ?? findUnstorableText(item, field);
      if (found) return found;
    }
  }
  return null;
}

/** Throws a 400 problem naming the first string of the input that no database can store. */
export function assertStorableText(value: unknown, pointer = ''): void {
  const found = findUnstorableText(value, pointer);
  if (found) throw new BadInputError(found.code, found.field);
}

/**
 * Checks the parsed body, query string and path of every request. It runs after authorization
 * (registered after it, on the same hook), so the public learns nothing of a closed route from it.
 */
export function registerInputGuard(app: App): void {
  app.addHook('preValidation', async (request) => {
    // Pointers name the part as schema errors do: the body is the root, the rest is prefixed.
    assertStorableText(request.body, '');
    assertStorableText(request.query, '/querystring');
    assertStorableText(request.params, '/params');
  });
}

/**
 * A body schema with a binary field describes a multipart form, which its handler streams and checks
 * (see readForm): the schema documents it, and validating it would find no body. Its path and
 * query are validated like any route's.
 */
export function isStreamedForm(schema: unknown): boolean {
  const properties = (schema as { properties?: Record<string, { format?: string }> }).properties ?? {};
  return Object.values(properties).some((property) => property?.format === 'binary');
}

/** A multipart form as read whole: its text fields and its files, each checked like any other input. */
export interface Form {
  fields: Record<string, string>;
  files: Array<{ fieldname: string; filename: string; content: Buffer }>;
}

/**
 * Reads a multipart form. Its text (field names, values, file names) is checked like a JSON body's.
 * A limit reached (too many fields, files or parts) ends the form at once and cuts the file being
 * read: that cut surfaces first, the limit only on the next part. The limit is the answer (413).
 */
export async function readForm(request: FastifyRequest): Promise<Form> {
  const form: Form = { fields: {}, files: [] };
  const parts = request.parts()[Symbol.asyncIterator]();
  for (;;) {
    const { value: part, done } = await parts.next();
    if (done) break;
    if (part.type === 'file') {
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') await parts.next();
        throw error;
      }
      assertStorableText(part.filename, `/${part.fieldname}`);
      form.files.push({ fieldname: part.fieldname, filename: part.filename, content });
    } else {
      const value = String(part.value);
      assertStorableText({ [part.fieldname]: value });
      form.fields[part.fieldname] = value;
    }
  }
  return form;
}

/**
 * A form sending one file, in the field `file`, and text fields: refused unless it is multipart,
 * with no file (`missing`) or several, or (`tooLarge`, in the route's words) a file over the limit.
 */
export async function readOneFileForm(
  request: FastifyRequest,
  refusals: { missing: ErrorCode; tooLarge?: { code: ErrorCode; maxBytes: number } },
): Promise<{ fields: Form['fields']; file: Form['files'][number] }> {
  if (!request.isMultipart()) {
    throw Object.assign(new Error('multipart/form-data expected'), {
      code: 'FST_INVALID_MULTIPART_CONTENT_TYPE',
    });
  }
  let form: Form;
  try {
    form = await readForm(request);
  } catch (error) {
    const { tooLarge } = refusals;
    if (tooLarge && (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new PayloadTooLargeError(tooLarge.code, { max: tooLarge.maxBytes / 1024 / 1024 }, '/file');
    throw error;
  }
  if (form.files.length > 1) throw new ValidationError('upload.one_file', '/file');
  const [file] = form.files;
  if (!file) throw new ValidationError(refusals.missing, '/file');
  return { fields: form.fields, file };
}

/** Errors Fastify's router raises before any route runs (a `%FF` in the path, an overlong path parameter). */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(reply, errorToProblem(error, request));
}

/** Longer than browsers and proxies carry: an address this long is refused, not a header. */
const MAX_URL_LENGTH = 8 * 1024;

/**
 * Requests Node's HTTP parser refuses before Fastify sees them: headers too large (431), a request
 * line too long (414), anything unparsable (400). They get problem+json like every other refusal;
 * the language is the installation's, as no header of theirs could be read.
 */
export function clientErrorHandlerIn(language: UiLanguage): (error: ConnectionError, socket: Socket) => void {
  return (error, socket) => answerClientError(error, socket, language);
}

function answerClientError(error: ConnectionError, socket: Socket, language: UiLanguage): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let status = 400;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') status = 408;
  else if (error.code === 'HPE_HEADER_OVERFLOW') {
    // Node counts the request line within the header limit: when that line alone is long, the URL was.
    const packet: unknown = error.rawPacket;
    const text = Buffer.isBuffer(packet) ? packet.toString('latin1') : '';
    const lineEnd = text.indexOf('\r\n');
    const requestLine = lineEnd === -1 ? text.length : lineEnd;
    status = /^[A-Z]+ /.test(text) && requestLine > MAX_URL_LENGTH ? 414 : 431;
  } else if (error.code === 'HPE_URI_TOO_LONG') status = 414;
  const body = JSON.stringify(problemOfStatus(status, language));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
