import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../shared/errors.ts';
import {
  assertDeclarationStep,
  DECLARATION_STATUSES,
  DECLARATION_STEPS_TAKEN,
  initialDeclarationStatus,
  openDeclarationActions,
} from './declaration-rules.ts';

const network = { network: true, member: false, admin: false };
const member = { network: false, member: true, admin: false };
const outsider = { network: false, member: false, admin: false };

describe('a network’s word on its members’ agreements', () => {
  it('starts declared, validated at once when the network records it itself', () => {
    expect(initialDeclarationStatus(false)).toBe('declared');
    expect(initialDeclarationStatus(true)).toBe('validated');
  });

  it('is validated or returned by the network only, a return saying why', () => {
    expect(assertDeclarationStep('declared', 'validate', network, null)).toBe('validated');
    expect(() => assertDeclarationStep('declared', 'validate', member, null)).toThrow(ForbiddenError);
    expect(() => assertDeclarationStep('declared', 'return', network, '  ')).toThrow(ValidationError);
    expect(assertDeclarationStep('declared', 'return', network, 'The date of part 2 is wrong')).toBe(
      'returned',
    );
    expect(assertDeclarationStep('validated', 'return', network, 'Not a twinning')).toBe('returned');
    expect(() => assertDeclarationStep('validated', 'validate', network, null)).toThrow(ConflictError);
  });

  it('is declared again by the member once corrected', () => {
    expect(assertDeclarationStep('returned', 'redeclare', member, null)).toBe('declared');
    expect(() => assertDeclarationStep('returned', 'redeclare', network, null)).toThrow(ForbiddenError);
    expect(() => assertDeclarationStep('returned', 'redeclare', outsider, null)).toThrow(ForbiddenError);
  });

  it('offers exactly the steps its table lets each side take', () => {
    for (const status of DECLARATION_STATUSES) {
      for (const sides of [network, member, outsider, { network: false, member: false, admin: true }]) {
        const taken = DECLARATION_STEPS_TAKEN.filter((action) => {
          try {
            assertDeclarationStep(status, action, sides, 'a reason');
            return true;
          } catch {
            return false;
          }
        });
        expect(openDeclarationActions(status, sides)).toEqual(taken);
      }
    }
  });

  it('waits for the network again once the record changed: its own step, no person’s', () => {
    expect(
      assertDeclarationStep('validated', 'amend', { network: false, member: false, admin: true }, null),
    ).toBe('declared');
    expect(() => assertDeclarationStep('validated', 'amend', network, null)).toThrow(ForbiddenError);
    expect(() =>
      assertDeclarationStep('declared', 'amend', { network: false, member: false, admin: true }, null),
    ).toThrow(ConflictError);
  });
});
