import { describe, expect, it } from 'vitest';
import { addMonths, assertDate, assertDateOrder } from './dates.ts';
import { ValidationError } from './errors.ts';

describe('dates', () => {
  it('accepts calendar dates in range', () => {
    expect(() => assertDate('2025-10-31', '/signedOn')).not.toThrow();
    expect(() => assertDate(null, '/signedOn')).not.toThrow();
  });

  it.each(['2025-02-30', '2025-13-01', '31/10/2025', '1492-10-12', '2999-01-01'])(
    'refuses %s, naming the field',
    (value) => {
      expect(() => assertDate(value, '/parts/0/signedOn')).toThrow(ValidationError);
      try {
        assertDate(value, '/parts/0/signedOn');
      } catch (error) {
        expect((error as ValidationError).field).toBe('/parts/0/signedOn');
      }
    },
  );

  it('refuses an end before a start', () => {
    expect(() => assertDateOrder('2023-03-01', '2023-02-20', '/plannedTo')).toThrow(ValidationError);
    expect(() => assertDateOrder('2023-02-20', '2023-03-01', '/plannedTo')).not.toThrow();
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2025-10-31', 36)).toBe('2028-10-31');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 2)).toBe('2024-02-15');
  });
});
