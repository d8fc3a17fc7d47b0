import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_STATUSES,
  type AgreementStatus,
  ALLOWED_TRANSITIONS,
  isTransitionAllowed,
  PRE_SIGNATURE_STATUSES,
  signingStatusOfParts,
  statusAfterPartsChange,
  statusesOnEveryWayTo,
} from './lifecycle.ts';
import { assertTransition } from './rules.ts';

// The table as the product brief states it, written out independently of the code's table.
const EXPECTED: Record<AgreementStatus, AgreementStatus[]> = {
  proposed: ['negotiating', 'withdrawn'],
  negotiating: ['awaiting_approval', 'withdrawn'],
  awaiting_approval: ['approved', 'negotiating', 'withdrawn'],
  approved: ['partially_signed', 'signed', 'withdrawn'],
  partially_signed: ['signed'],
  signed: ['in_force', 'ended'],
  in_force: ['suspended', 'ended'],
  suspended: ['in_force', 'ended'],
  ended: [],
  withdrawn: [],
};

describe('agreement lifecycle', () => {
  const pairs = AGREEMENT_STATUSES.flatMap((from) => AGREEMENT_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s is allowed only when the table says so', (from, to) => {
    expect(isTransitionAllowed(from, to)).toBe(EXPECTED[from].includes(to));
  });

  it.each(pairs)('%s → %s is refused with a conflict when not allowed', (from, to) => {
    const check = () =>
      assertTransition({
        from,
        to,
        parties: [
          { organizationId: 'a', countryCode: 'FR' },
          { organizationId: 'b', countryCode: 'DZ' },
        ],
        approvals: [],
        policies: new Map(),
        partsSigningStatus: to === 'partially_signed' || to === 'signed' ? to : null,
      });
    if (EXPECTED[from].includes(to)) expect(check).not.toThrow();
    else
      expect(check).toThrow(
        `an agreement cannot go from ${from.replaceAll('_', ' ')} to ${to.replaceAll('_', ' ')}`,
      );
  });

  it('covers every status in the table', () => {
    expect(Object.keys(ALLOWED_TRANSITIONS).sort()).toEqual([...AGREEMENT_STATUSES].sort());
  });

  it('lets an agreement be withdrawn from every status before signature, and from no other', () => {
    for (const status of AGREEMENT_STATUSES) {
      expect(isTransitionAllowed(status, 'withdrawn')).toBe(PRE_SIGNATURE_STATUSES.includes(status));
    }
  });

  it('derives the signing status from the parts', () => {
    expect(signingStatusOfParts([{ signedOn: null }])).toBeNull();
    expect(signingStatusOfParts([{ signedOn: '2022-11-25' }, { signedOn: null }])).toBe('partially_signed');
    expect(signingStatusOfParts([{ signedOn: '2022-11-25' }, { signedOn: '2023-02-27' }])).toBe('signed');
  });

  it('leaves a signed agreement signed when its parts change, and follows the own parts while signing', () => {
    const original = { kind: 'original', signedOn: '2022-11-25' };
    for (const status of ['signed', 'in_force', 'suspended'] as const) {
      expect(statusAfterPartsChange(status, [original, { kind: 'amendment', signedOn: null }])).toBe(status);
      expect(isTransitionAllowed(status, 'partially_signed')).toBe(false);
    }
    expect(statusAfterPartsChange('approved', [original, { kind: 'further_part', signedOn: null }])).toBe(
      'partially_signed',
    );
    expect(
      statusAfterPartsChange('partially_signed', [
        original,
        { kind: 'further_part', signedOn: '2023-02-27' },
      ]),
    ).toBe('signed');
    // An amendment signed before the agreement is, does not sign it.
    expect(
      statusAfterPartsChange('approved', [
        { kind: 'original', signedOn: null },
        { kind: 'amendment', signedOn: '2023-01-01' },
      ]),
    ).toBe('approved');
  });
});

describe('the way to a status', () => {
  it('passes through signature before entry into force, suspension and end', () => {
    for (const status of ['in_force', 'suspended', 'ended'] as const) {
      expect(statusesOnEveryWayTo(status)).toContain('signed');
      expect(statusesOnEveryWayTo(status)).toContain('approved');
    }
  });

  it('needs no signature for a withdrawal, nor anything but the proposal', () => {
    expect(statusesOnEveryWayTo('withdrawn')).toEqual([]);
    expect(statusesOnEveryWayTo('signed')).toEqual(['negotiating', 'awaiting_approval', 'approved']);
    // Signing all parts at once skips partial signature: it is on some ways, not on every way.
    expect(statusesOnEveryWayTo('in_force')).not.toContain('partially_signed');
  });
});
