import { describe, expect, it } from 'vitest';
import { adminRightsInForce, canInvite, decide, type Principal } from './policy.ts';

const NETWORK = 'network';
const networksOf = new Map<string, string[]>([
  ['council', [NETWORK]],
  ['member-city', [NETWORK]],
  ['other-city', ['another-network']],
]);
const person = (grants: Principal['grants'], isPlatformAdmin = false): Principal => ({
  userId: 'u',
  isPlatformAdmin,
  grants,
});
const secretariat = person([{ role: 'network_secretariat', scopeId: NETWORK }]);

describe('who may invite whom', () => {
  it('lets a platform admin invite anyone to anything', () => {
    expect(canInvite(person([], true), { grants: [], platformAdmin: true }, networksOf)).toBe(true);
  });

  it('lets a secretariat hand out roles in its own network only', () => {
    const invite = (role: Principal['grants'][number]['role'], scopeId: string) =>
      canInvite(secretariat, { grants: [{ role, scopeId }], platformAdmin: false }, networksOf);
    expect(invite('network_secretariat', NETWORK)).toBe(true);
    expect(invite('council_member', 'council')).toBe(true);
    expect(invite('municipal_officer', 'member-city')).toBe(true);
    expect(invite('municipal_officer', 'other-city')).toBe(false);
    expect(invite('reviewer', NETWORK)).toBe(false);
    expect(canInvite(secretariat, { grants: [], platformAdmin: false }, networksOf)).toBe(false);
    expect(canInvite(secretariat, { grants: [], platformAdmin: true }, networksOf)).toBe(false);
  });

  it('lets no officer, council member or member of the public invite', () => {
    const officer = person([{ role: 'municipal_officer', scopeId: 'member-city' }]);
    const grants = [{ role: 'municipal_officer' as const, scopeId: 'member-city' }];
    expect(canInvite(officer, { grants, platformAdmin: false }, networksOf)).toBe(false);
    expect(canInvite(null, { grants, platformAdmin: false }, networksOf)).toBe(false);
    expect(decide({ kind: 'invite' }, officer)).toBe('forbidden');
    expect(decide({ kind: 'invite' }, secretariat)).toBe('allow');
    expect(decide({ kind: 'invite' }, null)).toBe('unauthenticated');
  });
});

describe('platform-admin rights', () => {
  it('are in force only with two-factor sign-in on', () => {
    expect(adminRightsInForce({ isPlatformAdmin: true, twoFactorEnabled: false })).toBe(false);
    expect(adminRightsInForce({ isPlatformAdmin: true, twoFactorEnabled: true })).toBe(true);
    expect(adminRightsInForce({ isPlatformAdmin: false, twoFactorEnabled: true })).toBe(false);
  });
});
