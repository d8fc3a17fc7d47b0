import { ValidationError } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Cursors are opaque to clients: the sort key of the last item seen, base64url-encoded. */
export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each part of a list's sort key is, so a cursor is checked before its values reach SQL. */
export type CursorPart = 'uuid' | 'date' | 'timestamp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isCalendarDate(value: string): boolean {
  // Year 0000 is a JavaScript date but no PostgreSQL one (there is no year zero AD).
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A moment to the microsecond, in UTC, as `timestampCursor` writes it (JavaScript dates stop at the millisecond). */
function isMoment(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/.exec(value);
  return match !== null && isCalendarDate(match[1]!);
}

const IS: Record<CursorPart, (value: string) => boolean> = {
  uuid: (value) => UUID.test(value),
  date: isCalendarDate,
  timestamp: isMoment,
};

/**
 * The sort key a cursor holds, each part checked against the list's key (`['date', 'uuid']`):
 * a cursor is client input, and one this list could not have written is refused (422) before
 * its values are cast in SQL.
 */
export function decodeCursor(cursor: string | undefined, parts: readonly CursorPart[]): string[] | null {
  if (!cursor) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((part, index) => typeof part === 'string' && IS[parts[index]!](part))
    ) {
      return key as string[];
    }
  } catch {
    // falls through to the error below
  }
  throw new ValidationError('cursor.invalid', '/cursor');
}

export function pageSize(limit: number | undefined): number {
  return Math.min(limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}
