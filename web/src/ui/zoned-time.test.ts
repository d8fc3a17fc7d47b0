import { describe, expect, it } from 'vitest';
import { instantToZoned, zonedToInstant } from './zoned-time.ts';

describe('a wall-clock time in a named zone', () => {
  it('is the moment it names there', () => {
    expect(zonedToInstant('2025-10-30T17:00', 'Africa/Casablanca')).toBe('2025-10-30T16:00:00.000Z');
    expect(zonedToInstant('2026-03-01T10:00', 'Africa/Dakar')).toBe('2026-03-01T10:00:00.000Z');
    expect(zonedToInstant('2026-07-01T09:30', 'Europe/Paris')).toBe('2026-07-01T07:30:00.000Z');
    expect(zonedToInstant('2026-01-15T09:30', 'Europe/Paris')).toBe('2026-01-15T08:30:00.000Z');
    expect(zonedToInstant('2026-01-15T09:30', 'Asia/Kolkata')).toBe('2026-01-15T04:00:00.000Z');
  });

  it('reads a time skipped by a change of offset as after it, and refuses what it cannot read', () => {
    // Paris skips 02:00–03:00 on 29 March 2026.
    expect(zonedToInstant('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedToInstant('2026-03-29T12:00', 'Nowhere/Atlantis')).toBeNull();
    expect(zonedToInstant('tomorrow', 'Europe/Paris')).toBeNull();
  });

  it('is shown back as it was typed', () => {
    for (const [local, zone] of [
      ['2025-10-30T17:00', 'Africa/Casablanca'],
      ['2026-07-01T09:30', 'Europe/Paris'],
      ['2026-12-31T23:45', 'America/New_York'],
    ] as const) {
      expect(instantToZoned(zonedToInstant(local, zone)!, zone)).toBe(local);
    }
  });
});
