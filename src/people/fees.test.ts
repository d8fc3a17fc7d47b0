import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors.ts';
import { assertDuesPeriod, assertFee, duesAmount, isCurrency } from './fees.ts';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).field;
  }
  return null;
};

describe('membership fees and dues', () => {
  it('knows ISO 4217 currencies', () => {
    for (const code of ['EUR', 'MAD', 'XOF', 'MRU', 'DZD', 'USD']) expect(isCurrency(code)).toBe(true);
    for (const code of ['XYZ', 'eur', 'EURO', '']) expect(isCurrency(code)).toBe(false);
  });

  it('takes a whole amount, zero or more, in a known currency', () => {
    expect(fieldOf(() => assertFee({ amountMinor: 0, currency: 'XOF', period: 'yearly' }))).toBeNull();
    expect(fieldOf(() => assertFee({ amountMinor: -1, currency: 'EUR', period: 'yearly' }))).toBe(
      '/fee/amountMinor',
    );
    expect(fieldOf(() => assertFee({ amountMinor: 1.5, currency: 'EUR', period: 'yearly' }))).toBe(
      '/fee/amountMinor',
    );
    expect(fieldOf(() => assertFee({ amountMinor: 100, currency: 'XYZ', period: 'yearly' }))).toBe(
      '/fee/currency',
    );
  });

  it('writes the period as the fee falls due', () => {
    expect(fieldOf(() => assertDuesPeriod('2026', 'yearly'))).toBeNull();
    expect(fieldOf(() => assertDuesPeriod('2026-Q1', 'yearly'))).toBe('/period');
    expect(fieldOf(() => assertDuesPeriod('2026-Q4', 'quarterly'))).toBeNull();
    expect(fieldOf(() => assertDuesPeriod('2026-Q5', 'quarterly'))).toBe('/period');
    expect(fieldOf(() => assertDuesPeriod('2026-03', 'quarterly'))).toBe('/period');
    expect(fieldOf(() => assertDuesPeriod('2026-12', 'monthly'))).toBeNull();
    expect(fieldOf(() => assertDuesPeriod('2026-13', 'monthly'))).toBe('/period');
    for (const period of ['2026', '2026-Q2', '2026-07']) {
      expect(fieldOf(() => assertDuesPeriod(period, 'one_off'))).toBeNull();
      expect(fieldOf(() => assertDuesPeriod(period, null))).toBeNull();
    }
    expect(fieldOf(() => assertDuesPeriod('26', null))).toBe('/period');
  });

  it('takes the amount due from the fee unless another is said, and needs both without a fee', () => {
    const fee = { amountMinor: 120000, currency: 'MAD', period: 'yearly' as const };
    expect(duesAmount({}, fee)).toEqual({ amountMinor: 120000, currency: 'MAD' });
    expect(duesAmount({ amountMinor: 60000 }, fee)).toEqual({ amountMinor: 60000, currency: 'MAD' });
    expect(fieldOf(() => duesAmount({ currency: 'EUR' }, null))).toBe('/amountMinor');
    expect(fieldOf(() => duesAmount({ amountMinor: 5 }, null))).toBe('/currency');
    expect(fieldOf(() => duesAmount({ amountMinor: 5, currency: 'ABC' }, null))).toBe('/currency');
  });
});
