import { ValidationError } from './errors.ts';

// Twinning is a 20th-century institution; anything far outside this window is a typing error.
const EARLIEST = '1800-01-01';
const LATEST = '2200-12-31';

/** Checks an ISO calendar date (YYYY-MM-DD) that exists and lies in the registry's range. */
export function assertDate(value: string | null | undefined, field: string): void {
  if (value === null || value === undefined) return;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const parsed = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new ValidationError('date.invalid', { value }, field);
  }
  if (value < EARLIEST || value > LATEST) {
    throw new ValidationError('date.out_of_range', { value, earliest: EARLIEST, latest: LATEST }, field);
  }
}

export function assertDateOrder(
  from: string | null | undefined,
  to: string | null | undefined,
  field: string,
): void {
  if (from && to && to < from)
    throw new ValidationError('date.before_start', { date: to, start: from }, field);
}

/** Adds whole months to an ISO date, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The wall-clock date and time an instant shows in an IANA time zone, as `YYYY-MM-DDTHH:MM:SS`:
 * how a meeting is announced, written in its calendar files, and which day's seat holders it counts.
 */
export function wallClock(instant: Date | string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}
