/**
 * Membership fees and dues: an amount in minor units of an ISO 4217 currency, due each period
 * (`monthly`, `quarterly`, `yearly`, or once), and for each period due whether it was paid. Plain
 * rules, no I/O.
 */
import { ValidationError } from '../shared/errors.ts';
import type { FeePeriod } from './membership-lifecycle.ts';

export interface Fee {
  amountMinor: number;
  currency: string;
  period: FeePeriod;
}

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Whether `code` is a currency of ISO 4217 (as the runtime's ICU knows them). */
export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}

export function assertCurrency(code: string, field: string): void {
  if (!/^[A-Z]{3}$/.test(code) || !isCurrency(code)) {
    throw new ValidationError('fee.currency_invalid', { value: code }, field);
  }
}

export function assertAmount(amountMinor: number, field: string): void {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new ValidationError('fee.amount_invalid', { value: String(amountMinor) }, field);
  }
}

/** A fee as written: a whole, non-negative amount in a known currency. */
export function assertFee(fee: Fee, field = '/fee'): void {
  assertAmount(fee.amountMinor, `${field}/amountMinor`);
  assertCurrency(fee.currency, `${field}/currency`);
}

const PERIOD_FORMATS: Record<Exclude<FeePeriod, 'one_off'>, RegExp> = {
  yearly: /^[0-9]{4}$/,
  quarterly: /^[0-9]{4}-Q[1-4]$/,
  monthly: /^[0-9]{4}-(0[1-9]|1[0-2])$/,
};

/** How a period is written for each fee period, for messages. */
export const PERIOD_EXAMPLES: Record<FeePeriod, string> = {
  yearly: '2026',
  quarterly: '2026-Q1',
  monthly: '2026-03',
  one_off: '2026',
};

/**
 * A period dues fall in, written as the membership's fee is due: `2026` yearly, `2026-Q1`
 * quarterly, `2026-03` monthly; a one-off fee, or dues of a membership without a fee, any of them.
 */
export function assertDuesPeriod(period: string, feePeriod: FeePeriod | null, field = '/period'): void {
  const formats =
    feePeriod && feePeriod !== 'one_off' ? [PERIOD_FORMATS[feePeriod]] : Object.values(PERIOD_FORMATS);
  if (!formats.some((format) => format.test(period))) {
    throw new ValidationError(
      'dues.period_invalid',
      { value: period, example: PERIOD_EXAMPLES[feePeriod ?? 'yearly'] },
      field,
    );
  }
}

/** The amount and currency of dues: as sent, else the membership's fee; both needed. */
export function duesAmount(
  input: { amountMinor?: number | null; currency?: string | null },
  fee: Fee | null,
): { amountMinor: number; currency: string } {
  const amountMinor = input.amountMinor ?? fee?.amountMinor;
  const currency = input.currency ?? fee?.currency;
  if (amountMinor === undefined) throw new ValidationError('dues.amount_required', '/amountMinor');
  if (currency === undefined) throw new ValidationError('dues.currency_required', '/currency');
  assertAmount(amountMinor, '/amountMinor');
  assertCurrency(currency, '/currency');
  return { amountMinor, currency };
}
