/**
 * Dates as press articles write them, in Arabic, French, English and Spanish: absolute ("27 May
 * 2015", "June 26, 2024", "3 فبراير 2026"), a day and month without the year (partial), weekdays
 * ("samedi", "اليوم الجمعة", "last Tuesday") and "today"/"yesterday" resolved against the
 * publication date. Plain rules, no I/O; the text given is folded (text.ts), offsets kept.
 */
import { addDays, format, getDay, isValid, parseISO } from 'date-fns';
import { fold } from './text.ts';

const MONTHS: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'janvier', 'janv', 'enero', 'يناير', 'كانون الثاني', 'جانفي', 'ينير']],
  [2, ['february', 'feb', 'fevrier', 'fev', 'febrero', 'فبراير', 'شباط', 'فيفري', 'فبرایر']],
  [3, ['march', 'mar', 'mars', 'marzo', 'مارس', 'اذار']],
  [4, ['april', 'apr', 'avril', 'abril', 'ابريل', 'نيسان', 'افريل']],
  [5, ['may', 'mai', 'mayo', 'مايو', 'ماي', 'ايار']],
  [6, ['june', 'jun', 'juin', 'junio', 'يونيو', 'يونيه', 'حزيران', 'جوان']],
  [7, ['july', 'jul', 'juillet', 'julio', 'يوليو', 'يوليوز', 'تموز', 'جويلية']],
  [8, ['august', 'aug', 'aout', 'agosto', 'اغسطس', 'غشت', 'اب', 'اوت']],
  [9, ['september', 'sept', 'sep', 'septembre', 'septiembre', 'setiembre', 'سبتمبر', 'شتنبر', 'ايلول']],
  [10, ['october', 'oct', 'octobre', 'octubre', 'اكتوبر', 'تشرين الاول']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'نوفمبر', 'نونبر', 'تشرين الثاني']],
  [12, ['december', 'dec', 'decembre', 'diciembre', 'ديسمبر', 'دجنبر', 'كانون الاول']],
];

/** Weekdays as date-fns numbers them (0 Sunday). */
const WEEKDAYS: Array<[number, string[]]> = [
  [0, ['sunday', 'dimanche', 'domingo', 'الاحد']],
  [1, ['monday', 'lundi', 'lunes', 'الاثنين', 'الإثنين']],
  [2, ['tuesday', 'mardi', 'martes', 'الثلاثاء']],
  [3, ['wednesday', 'mercredi', 'miercoles', 'الاربعاء']],
  [4, ['thursday', 'jeudi', 'jueves', 'الخميس']],
  [5, ['friday', 'vendredi', 'viernes', 'الجمعه']],
  [6, ['saturday', 'samedi', 'sabado', 'السبت']],
];

const TODAY = ['today', 'aujourd hui', 'hoy', 'اليوم'];
const YESTERDAY = ['yesterday', 'hier', 'ayer', 'امس', 'البارحه'];
const LAST = ['last', 'dernier', 'derniere', 'pasado', 'pasada', 'الماضي', 'الماضيه', 'المنصرم'];
const NEXT = ['next', 'prochain', 'prochaine', 'proximo', 'proxima', 'المقبل', 'القادم', 'المقبله'];

const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/ /g, '\\s+'))
    .join('|');
const MONTH_WORDS = new Map(MONTHS.flatMap(([n, words]) => words.map((word) => [fold(word), n] as const)));
const WEEKDAY_WORDS = new Map(
  WEEKDAYS.flatMap(([n, words]) => words.map((word) => [fold(word), n] as const)),
);
const MONTH = `(${alternation([...MONTH_WORDS.keys()])})`;
const WEEKDAY = `(${alternation([...WEEKDAY_WORDS.keys()])})`;
// Word boundaries that work for Arabic letters too.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const DAY_MONTH_YEAR = new RegExp(
  `${B}(\\d{1,2})(?:er|st|nd|rd|th|º)?\\s+(?:de\\s+)?${MONTH}\\.?${E}(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4})${E})?`,
  'gu',
);
const MONTH_DAY_YEAR = new RegExp(
  `${B}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(\\d{4})${E})?`,
  'gu',
);
const NUMERIC = new RegExp(`${B}(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})/(\\d{4}))${E}`, 'gu');
const WEEKDAY_RE = new RegExp(
  `${B}(?:(${alternation(LAST)}|${alternation(NEXT)})\\s+)?${WEEKDAY}${E}(?:\\s+(${alternation(LAST)}|${alternation(NEXT)})${E})?`,
  'gu',
);
const TODAY_RE = new RegExp(`${B}(${alternation(TODAY)})${E}`, 'gu');
const YESTERDAY_RE = new RegExp(`${B}(${alternation(YESTERDAY)})${E}`, 'gu');

export interface DateMention {
  start: number;
  end: number;
  /** An ISO date, when the day, month and year are known (stated, or resolved from the publication date). */
  date: string | null;
  /** "MM-DD" when the day and month are stated without the year. */
  partial: string | null;
  kind: 'absolute' | 'partial' | 'weekday' | 'relative';
  confidence: number;
}

function iso(year: number, month: number, day: number): string | null {
  const value = new Date(Date.UTC(year, month - 1, day));
  if (value.getUTCMonth() !== month - 1 || value.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether a word names a month or a weekday ("August" is a month before it is a town). */
export function isCalendarWord(folded: string): boolean {
  return MONTH_WORDS.has(folded) || WEEKDAY_WORDS.has(folded);
}

/** A full ISO publication date (a month alone, "2022-11", resolves nothing). */
export function fullDate(published: string | null | undefined): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const value = parseISO(published.slice(0, 10));
  return isValid(value) ? value : null;
}

/**
 * The weekday's date relative to the publication date: the last such day on or before it for a
 * past act ("signed Friday", published on Saturday: the day before; "on Tuesday", published on a
 * Tuesday: that day), the next on or after it for one to come; "last" excludes the day itself.
 */
export function resolveWeekday(
  weekday: number,
  published: Date,
  direction: 'past' | 'future',
  strict = false,
): string {
  const offset = getDay(published) - weekday;
  let days: number;
  if (direction === 'past') {
    days = -(((offset % 7) + 7) % 7);
    if (strict && days === 0) days = -7;
  } else {
    days = ((-offset % 7) + 7) % 7;
    if (strict && days === 0) days = 7;
  }
  return format(addDays(published, days), 'yyyy-MM-dd');
}

/**
 * Every date the folded text states, with its offsets. `published` (ISO) resolves weekdays and
 * "today"; `direction` says whether the act is done (past) or to come (future).
 */
export function findDates(
  folded: string,
  published: string | null | undefined,
  direction: 'past' | 'future' = 'past',
): DateMention[] {
  const found: DateMention[] = [];
  const taken = (start: number, end: number) => found.some((d) => start < d.end && end > d.start);
  const publishedDate = fullDate(published);

  for (const match of folded.matchAll(NUMERIC)) {
    const date = match[1]
      ? iso(Number(match[1]), Number(match[2]), Number(match[3]))
      : iso(Number(match[6]), Number(match[5]), Number(match[4]));
    if (date)
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        date,
        partial: null,
        kind: 'absolute',
        confidence: 0.9,
      });
  }
  for (const pattern of [DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
    for (const match of folded.matchAll(pattern)) {
      const [day, monthWord, year] =
        pattern === DAY_MONTH_YEAR ? [match[1], match[2], match[3]] : [match[2], match[1], match[3]];
      const month = MONTH_WORDS.get(monthWord!.replace(/\s+/g, ' '));
      // "may" and "mar" are words too: an English month needs its day before or after it in digits.
      if (!month || taken(match.index, match.index + match[0].length)) continue;
      const d = Number(day);
      if (d < 1 || d > 31) continue;
      const start = match.index;
      const end = match.index + match[0].length;
      if (year) {
        const date = iso(Number(year), month, d);
        if (date) found.push({ start, end, date, partial: null, kind: 'absolute', confidence: 0.95 });
      } else {
        found.push({
          start,
          end,
          date: null,
          partial: `${pad(month)}-${pad(d)}`,
          kind: 'partial',
          confidence: 0.8,
        });
      }
    }
  }
  for (const match of folded.matchAll(WEEKDAY_RE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken(start, end)) continue;
    // A weekday right before a stated date belongs to it ("Wednesday 27 May 2015").
    const after = folded.slice(end, end + 4);
    if (/^[\s,]*\d/.test(after) || new RegExp(`^[\\s,]*${MONTH}`, 'u').test(folded.slice(end, end + 14)))
      continue;
    const weekday = WEEKDAY_WORDS.get(match[2]!.replace(/\s+/g, ' '));
    if (weekday === undefined) continue;
    const modifier = match[1] ?? match[3] ?? '';
    const last = LAST.includes(modifier.replace(/\s+/g, ' '));
    const next = NEXT.includes(modifier.replace(/\s+/g, ' '));
    const date = publishedDate
      ? resolveWeekday(weekday, publishedDate, next ? 'future' : last ? 'past' : direction, last || next)
      : null;
    found.push({ start, end, date, partial: null, kind: 'weekday', confidence: date ? 0.8 : 0.3 });
  }
  for (const [pattern, days] of [
    [YESTERDAY_RE, -1],
    [TODAY_RE, 0],
  ] as const) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      // "اليوم الجمعة", "today, Friday": the weekday says it.
      if (found.some((d) => d.start >= end && d.start - end <= 15)) continue;
      if (new RegExp(`^[\\s,]*${WEEKDAY}`, 'u').test(folded.slice(end, end + 15))) continue;
      const date = publishedDate ? format(addDays(publishedDate, days), 'yyyy-MM-dd') : null;
      found.push({ start, end, date, partial: null, kind: 'relative', confidence: date ? 0.7 : 0.3 });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A dateline's date: the article's place and date before the agency and a dash ("Paris, 26
 * November 2022 (SPS) -"), or after "Publié le", "Published on", "Publicado el", "نشر في".
 */
export function isDateline(folded: string, mention: DateMention): boolean {
  const before = folded.slice(Math.max(0, mention.start - 40), mention.start);
  const after = folded.slice(mention.end, mention.end + 30);
  if (/(publie|published|publicado|mis a jour|updated|نشر|submitted)[^.\n]{0,25}$/u.test(before)) return true;
  const lineStart = folded.lastIndexOf('\n', mention.start) + 1;
  const atLineStart = mention.start - lineStart < 40 && !/[.]/.test(folded.slice(lineStart, mention.start));
  return atLineStart && /^\s*(\([^)]{1,20}\))?\s*[-–—]/u.test(after);
}

/** The publication date an article states in its dateline, when the page gave none. */
export function publicationDateFromText(folded: string): string | null {
  for (const mention of findDates(folded.slice(0, 600), null)) {
    if (mention.date && isDateline(folded, mention)) return mention.date;
  }
  return null;
}
