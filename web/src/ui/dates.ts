/**
 * The one way pages write a day: "25 November 2022", "25 novembre 2022", "٢٥ نوفمبر ٢٠٢٢", as Intl
 * writes it in the reader's language. A page that mixed styles (a long date here, "25 Nov 2022"
 * there, an ISO date in a note) read as three different records.
 */
export const DAY_FORMAT = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } as const;

const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(language: string): Intl.DateTimeFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, DAY_FORMAT);
    formats.set(language, format);
  }
  return format;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const zoneDays = new Map<string, Intl.DateTimeFormat>();

/** A moment's calendar day (YYYY-MM-DD) in a time zone. */
function dayInZone(moment: Date, timeZone: string): string {
  let format = zoneDays.get(timeZone);
  if (!format) {
    // Swedish writes a day as ISO does.
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zoneDays.set(timeZone, format);
  }
  return format.format(moment);
}

/**
 * A calendar day as a Date at noon UTC, formatted in UTC: the same day everywhere. A day (YYYY-MM-DD)
 * is that day; a moment (a timestamp) is the day it was in `timeZone`, where the reader is when not
 * given. A page rendered on the server names the zone (see useReaderTimeZone): the server and the
 * browser must write the same text until the page is the browser's.
 */
export function dayOf(value: string | Date, timeZone?: string): Date {
  if (typeof value === 'string' && ISO_DAY.test(value)) return new Date(`${value}T12:00:00Z`);
  const moment = new Date(value);
  if (timeZone) return new Date(`${dayInZone(moment, timeZone)}T12:00:00Z`);
  return new Date(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate(), 12));
}

/** A day, or a moment's day, in the reader's language. */
export function formatDay(value: string | Date, language: string, timeZone?: string): string {
  return dayFormat(language).format(dayOf(value, timeZone));
}

/** Two days as one period in the reader's language ("3 – 5 March 2024", "du 3 au 5 mars 2024"). */
export function formatDayRange(
  from: string | Date,
  to: string | Date,
  language: string,
  timeZone?: string,
): string {
  return dayFormat(language).formatRange(dayOf(from, timeZone), dayOf(to, timeZone));
}

/** The same day, whether given as a day or as a moment. */
export function sameDay(a: string | Date, b: string | Date, timeZone?: string): boolean {
  return dayOf(a, timeZone).getTime() === dayOf(b, timeZone).getTime();
}
