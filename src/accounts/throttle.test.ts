import { describe, expect, it } from 'vitest';
import {
  ownerToBeWarned,
  PER_ACCOUNT,
  PER_ADDRESS,
  retryAfterForAccountAndAddress,
  retryAfterForSignIn,
  retryAfterSeconds,
} from './throttle.ts';

const now = new Date('2026-11-23T10:00:00Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('sign-in backoff', () => {
  it('lets the first failures through', () => {
    expect(
      retryAfterSeconds([secondsAgo(1), secondsAgo(2), secondsAgo(3), secondsAgo(4)], PER_ACCOUNT, now),
    ).toBe(0);
  });

  it('doubles the wait with each failure past the free ones', () => {
    const five = [1, 2, 3, 4, 5].map((s) => secondsAgo(s - 1));
    expect(retryAfterSeconds(five, PER_ACCOUNT, now)).toBe(1);
    const eight = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => secondsAgo(s - 1));
    expect(retryAfterSeconds(eight, PER_ACCOUNT, now)).toBe(8);
  });

  it('counts from the last failure and caps the wait', () => {
    const many = Array.from({ length: 40 }, (_, index) => secondsAgo(index));
    expect(retryAfterSeconds(many, PER_ACCOUNT, now)).toBe(15 * 60);
    const waited = [1, 2, 3, 4, 5, 6].map(() => secondsAgo(10));
    expect(retryAfterSeconds(waited, PER_ACCOUNT, now)).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const old = Array.from({ length: 10 }, () => secondsAgo(16 * 60));
    expect(retryAfterSeconds(old, PER_ACCOUNT, now)).toBe(0);
  });
});

describe('the account and address throttles together', () => {
  it('wait for the stricter of the two, each counting only its own attempts', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const at = now;
    const rules = {
      account: { freeFailures: 2, windowMs: 60_000, maxDelayMs: 60_000 },
      address: { freeFailures: 3, windowMs: 60_000, maxDelayMs: 60_000 },
    };
    const attempts = [
      { account: 'a@x.example', ip: '198.51.100.1', at },
      { account: 'a@x.example', ip: '198.51.100.2', at },
      { account: 'b@x.example', ip: '198.51.100.1', at },
    ];
    expect(
      retryAfterForAccountAndAddress(attempts, { account: 'c@x.example', ip: '203.0.113.9' }, rules, now),
    ).toBe(0);
    // Two for the account: its rule asks for a wait; two from the address: not yet.
    expect(
      retryAfterForAccountAndAddress(attempts, { account: 'a@x.example', ip: '203.0.113.9' }, rules, now),
    ).toBeGreaterThan(0);
    expect(
      retryAfterForAccountAndAddress(attempts, { account: 'c@x.example', ip: '198.51.100.1' }, rules, now),
    ).toBe(0);
  });
});

describe('sign-in throttle: a third party cannot lock the owner out', () => {
  const rules = { account: PER_ACCOUNT, address: PER_ADDRESS };
  const attacker = Array.from({ length: 12 }, (_, index) => ({
    account: 'owner@example.org',
    ip: '203.0.113.9',
    at: secondsAgo(index),
  }));

  it('slows the address that keeps failing, for this account', () => {
    expect(
      retryAfterForSignIn(attacker, { account: 'owner@example.org', ip: '203.0.113.9' }, rules, now),
    ).toBe(128);
  });

  it('hears an address with no recent failure, while the account’s throttle runs', () => {
    expect(
      retryAfterForAccountAndAddress(
        attacker,
        { account: 'owner@example.org', ip: '198.51.100.7' },
        rules,
        now,
      ),
    ).toBeGreaterThan(0);
    expect(
      retryAfterForSignIn(attacker, { account: 'owner@example.org', ip: '198.51.100.7' }, rules, now),
    ).toBe(0);
  });

  it('slows an address once it failed too, and one guessing many accounts', () => {
    const once = [...attacker, { account: 'owner@example.org', ip: '198.51.100.7', at: secondsAgo(1) }];
    expect(
      retryAfterForSignIn(once, { account: 'owner@example.org', ip: '198.51.100.7' }, rules, now),
    ).toBeGreaterThan(0);
    const spraying = Array.from({ length: 25 }, (_, index) => ({
      account: `person${index}@example.org`,
      ip: '203.0.113.9',
      at: secondsAgo(index),
    }));
    expect(
      retryAfterForSignIn(spraying, { account: 'new@example.org', ip: '203.0.113.9' }, rules, now),
    ).toBeGreaterThan(0);
  });

  it('warns the owner once, when the throttle starts', () => {
    expect([1, 4, 5, 6, 12].map((count) => ownerToBeWarned(count))).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
  });
});
