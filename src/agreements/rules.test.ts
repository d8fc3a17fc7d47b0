import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../shared/errors.ts';
import {
  assertParties,
  assertRecordedStatus,
  assertTransition,
  partiesMissingApproval,
  termAfterSigning,
} from './rules.ts';

const smara = { organizationId: 'smara', countryCode: 'EH' };
const timbuktu = { organizationId: 'timbuktu', countryCode: 'ML' };

describe('parties', () => {
  it('needs two of them', () => {
    expect(() => assertParties([{ organizationId: 'a' }])).toThrow(ValidationError);
  });

  it('refuses an organization listed twice and names the field', () => {
    try {
      assertParties([{ organizationId: 'a' }, { organizationId: 'b' }, { organizationId: 'a' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe('/parties/2/organizationId');
    }
  });

  it('accepts a described party a source does not name', () => {
    expect(() =>
      assertParties([{ organizationId: 'a' }, { description: { en: 'American cities' } }]),
    ).not.toThrow();
  });

  it('refuses a party that is neither named nor described', () => {
    expect(() => assertParties([{ organizationId: 'a' }, {}])).toThrow(ValidationError);
  });
});

describe('approval policy', () => {
  const policies = new Map([['ML', 'approved' as const]]);

  it('requires an approval for parties of a country with a policy, from the policy status on', () => {
    expect(partiesMissingApproval('awaiting_approval', [smara, timbuktu], [], policies)).toEqual([]);
    expect(partiesMissingApproval('approved', [smara, timbuktu], [], policies)).toEqual([timbuktu]);
    expect(partiesMissingApproval('in_force', [smara, timbuktu], [], policies)).toEqual([timbuktu]);
  });

  it('is satisfied by an approval for that party, not by a refusal or another party’s approval', () => {
    expect(
      partiesMissingApproval(
        'approved',
        [timbuktu],
        [{ partyOrganizationId: 'timbuktu', decision: 'approved' }],
        policies,
      ),
    ).toEqual([]);
    expect(
      partiesMissingApproval(
        'approved',
        [timbuktu],
        [{ partyOrganizationId: 'timbuktu', decision: 'refused' }],
        policies,
      ),
    ).toEqual([timbuktu]);
    expect(
      partiesMissingApproval(
        'approved',
        [timbuktu],
        [{ partyOrganizationId: 'smara', decision: 'approved' }],
        policies,
      ),
    ).toEqual([timbuktu]);
  });

  it('refuses the transition with a message naming the country', () => {
    expect(() =>
      assertTransition({
        from: 'awaiting_approval',
        to: 'approved',
        parties: [smara, timbuktu],
        approvals: [],
        policies,
        partsSigningStatus: null,
      }),
    ).toThrow(/approval by the supervising authority is required for the parties from ML/);
  });
});

describe('signing', () => {
  const base = { parties: [smara, timbuktu], approvals: [], policies: new Map() };

  it('refuses `signed` while a part is unsigned', () => {
    expect(() =>
      assertTransition({ ...base, from: 'approved', to: 'signed', partsSigningStatus: 'partially_signed' }),
    ).toThrow(ConflictError);
  });

  it('refuses `partially_signed` when no part is signed', () => {
    expect(() =>
      assertTransition({ ...base, from: 'approved', to: 'partially_signed', partsSigningStatus: null }),
    ).toThrow(ConflictError);
  });

  it('refuses approval while a party is unidentified', () => {
    expect(() =>
      assertTransition({
        ...base,
        parties: [smara, { organizationId: null, countryCode: 'SN' }],
        from: 'awaiting_approval',
        to: 'approved',
        partsSigningStatus: null,
      }),
    ).toThrow(/every party must be identified/);
  });
});

describe('recording an agreement in a status', () => {
  const recorded = {
    parties: [smara, timbuktu],
    approvals: [],
    policies: new Map(),
    partsSigningStatus: null,
  } as const;

  it('refuses in force, suspended or ended with no part signed, as the transitions would', () => {
    for (const to of ['in_force', 'suspended', 'ended'] as const) {
      try {
        assertRecordedStatus({ ...recorded, to });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).code).toBe('agreement.recorded_unsigned');
        expect((error as ConflictError).field).toBe('/parts');
      }
    }
  });

  it('refuses them when only some parts are signed', () => {
    expect(() =>
      assertRecordedStatus({ ...recorded, to: 'in_force', partsSigningStatus: 'partially_signed' }),
    ).toThrow(ConflictError);
  });

  it('accepts them once every part is signed', () => {
    for (const to of ['signed', 'in_force', 'suspended', 'ended'] as const) {
      expect(() => assertRecordedStatus({ ...recorded, to, partsSigningStatus: 'signed' })).not.toThrow();
    }
  });

  it('accepts statuses before any signature, and a withdrawal, with nothing signed', () => {
    for (const to of ['negotiating', 'awaiting_approval', 'approved', 'withdrawn'] as const) {
      expect(() => assertRecordedStatus({ ...recorded, to })).not.toThrow();
    }
  });

  it('holds an ended agreement to the approval it needed on its way', () => {
    const policies = new Map([['ML', 'approved' as const]]);
    expect(() =>
      assertRecordedStatus({ ...recorded, policies, to: 'ended', partsSigningStatus: 'signed' }),
    ).toThrow(/approval by the supervising authority/);
  });

  it('refuses an unidentified party on an ended agreement', () => {
    expect(() =>
      assertRecordedStatus({
        ...recorded,
        parties: [smara, { organizationId: null, countryCode: 'SN' }],
        to: 'ended',
        partsSigningStatus: 'signed',
      }),
    ).toThrow(ConflictError);
  });
});

describe('term', () => {
  it('starts at the first signature and lasts the term', () => {
    expect(
      termAfterSigning(
        { startsOn: null, endsOn: null, termMonths: 36 },
        { kind: 'original', signedOn: '2025-10-31', extendsTermMonths: null },
      ),
    ).toEqual({ startsOn: '2025-10-31', endsOn: '2028-10-31' });
  });

  it('is extended by a renewal', () => {
    expect(
      termAfterSigning(
        { startsOn: '2025-10-31', endsOn: '2028-10-31', termMonths: 36 },
        { kind: 'renewal', signedOn: '2028-09-01', extendsTermMonths: 24 },
      ),
    ).toEqual({ startsOn: '2025-10-31', endsOn: '2030-10-31' });
  });
});
