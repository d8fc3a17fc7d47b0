import { describe, expect, it } from 'vitest';
import { dayOf, formatDay, formatDayRange, sameDay } from './dates.ts';

describe('formatDay', () => {
  it('writes a day in the reader language, never as ISO', () => {
    expect(formatDay('2022-11-25', 'en')).toBe('November 25, 2022');
    expect(formatDay('2022-11-25', 'fr')).toBe('25 novembre 2022');
    const arabic = formatDay('2022-11-25', 'ar');
    expect(arabic).toContain('نوفمبر');
    expect(arabic).not.toContain('2022-11-25');
  });

  it('writes a moment as the day it was, in the same style as a day', () => {
    const moment = new Date(2026, 0, 31, 23, 30);
    expect(formatDay(moment, 'en')).toBe('January 31, 2026');
    expect(formatDay(moment.toISOString(), 'fr')).toBe('31 janvier 2026');
    expect(sameDay(moment, '2026-01-31')).toBe(true);
    expect(sameDay(moment, '2026-02-01')).toBe(false);
  });

  it('writes a moment as the day it was in a time zone when one is named', () => {
    const lateInUtc = '2026-01-31T23:30:00Z';
    expect(formatDay(lateInUtc, 'en', 'UTC')).toBe('January 31, 2026');
    expect(formatDay(lateInUtc, 'fr', 'Africa/Casablanca')).toBe('1 février 2026');
    expect(formatDay(lateInUtc, 'en', 'Africa/Dakar')).toBe('January 31, 2026');
    expect(sameDay(lateInUtc, '2026-02-01', 'Asia/Tokyo')).toBe(true);
    expect(sameDay(lateInUtc, '2026-01-31', 'America/New_York')).toBe(true);
    expect(formatDayRange('2026-01-30T10:00:00Z', lateInUtc, 'en', 'Asia/Tokyo')).toMatch(
      /^January 30\s–\sFebruary 1, 2026$/,
    );
  });

  it('keeps the day of an ISO day whatever the time zone', () => {
    expect(dayOf('2024-03-01').toISOString()).toBe('2024-03-01T12:00:00.000Z');
  });

  it('writes a period as one range', () => {
    expect(formatDayRange('2024-03-03', '2024-03-05', 'fr')).toBe('3–5 mars 2024');
  });
});
