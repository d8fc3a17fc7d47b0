import { describe, expect, it } from 'vitest';
import { formatMoney, membershipStatusLabel } from './membership-labels.ts';

describe('membership labels', () => {
  it('writes minor units as money in the reader’s locale, with the currency’s own decimals', () => {
    expect(formatMoney(150000, 'EUR', 'en')).toBe('€1,500.00');
    expect(formatMoney(150000, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('1 500,00 €');
    // The CFA franc has no minor unit: 5000 is five thousand francs.
    expect(formatMoney(5000, 'XOF', 'en')).toMatch(/5,000/);
  });

  it('reads an organization’s membership in force as admitted, a person’s post as confirmed', () => {
    expect(membershipStatusLabel({ status: 'active', memberOrganizationId: 'x' })).toBe(
      'membership.admitted',
    );
    expect(membershipStatusLabel({ status: 'active', memberOrganizationId: null })).toBe('membership.active');
    expect(membershipStatusLabel({ status: 'excluded', memberOrganizationId: 'x' })).toBe(
      'membership.excluded',
    );
  });
});
