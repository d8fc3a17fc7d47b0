/**
 * Sign-in throttling with exponential backoff, as pure rules: a few failures are free, then
 * each further failure doubles the wait. Counted per account and per address, over a window.
 */
export interface ThrottleRule {
  freeFailures: number;
  windowMs: number;
  maxDelayMs: number;
}

/** Per account: a person mistyping; per address: one machine trying many accounts. */
export const PER_ACCOUNT: ThrottleRule = {
  freeFailures: 5,
  windowMs: 15 * 60 * 1000,
  maxDelayMs: 15 * 60 * 1000,
};
export const PER_ADDRESS: ThrottleRule = {
  freeFailures: 20,
  windowMs: 15 * 60 * 1000,
  maxDelayMs: 15 * 60 * 1000,
};

/** Seconds to wait before the next attempt is heard (0: now). */
export function retryAfterSeconds(failures: readonly Date[], rule: ThrottleRule, now: Date): number {
  const recent = failures.filter((at) => now.getTime() - at.getTime() < rule.windowMs);
  if (recent.length < rule.freeFailures) return 0;
  const last = Math.max(...recent.map((at) => at.getTime()));
  const delay = Math.min(1000 * 2 ** (recent.length - rule.freeFailures), rule.maxDelayMs);
  return Math.max(0, Math.ceil((last + delay - now.getTime()) / 1000));
}

/** Password-reset requests: a person may ask again a few times; a machine may not ask for everyone. */
export const RESET_PER_ACCOUNT: ThrottleRule = {
  freeFailures: 3,
  windowMs: 60 * 60 * 1000,
  maxDelayMs: 60 * 60 * 1000,
};
export const RESET_PER_ADDRESS: ThrottleRule = {
  freeFailures: 10,
  windowMs: 60 * 60 * 1000,
  maxDelayMs: 60 * 60 * 1000,
};

/** Invitations sent: a secretariat may invite a whole council in one sitting, not the whole internet. */
export const INVITE_PER_ACCOUNT: ThrottleRule = {
  freeFailures: 30,
  windowMs: 60 * 60 * 1000,
  maxDelayMs: 60 * 60 * 1000,
};
export const INVITE_PER_ADDRESS: ThrottleRule = {
  freeFailures: 60,
  windowMs: 60 * 60 * 1000,
  maxDelayMs: 60 * 60 * 1000,
};

/** One attempt, as the throttles count it: which account it was for, from which address, when. */
export interface Attempt {
  account: string;
  ip: string;
  at: Date;
}

/** Seconds to wait: the longer of what the account's rule and the address's rule ask (0: now). */
export function retryAfterForAccountAndAddress(
  attempts: readonly Attempt[],
  who: { account: string; ip: string },
  rules: { account: ThrottleRule; address: ThrottleRule },
  now: Date,
): number {
  const times = (keep: (attempt: Attempt) => boolean) => attempts.filter(keep).map((attempt) => attempt.at);
  return Math.max(
    retryAfterSeconds(
      times((attempt) => attempt.account === who.account),
      rules.account,
      now,
    ),
    retryAfterSeconds(
      times((attempt) => attempt.ip === who.ip),
      rules.address,
      now,
    ),
  );
}

/**
 * Seconds before a sign-in attempt is heard (0: now). The address's rule always holds; the
 * account's rule holds only against addresses that failed recently. So a third party's guesses
 * slow down guessing from where they come, but never lock the owner out: from an address with no
 * recent failure, the right password is heard (and a wrong one counts, slowing that address too).
 */
export function retryAfterForSignIn(
  attempts: readonly Attempt[],
  who: { account: string; ip: string },
  rules: { account: ThrottleRule; address: ThrottleRule },
  now: Date,
): number {
  const fromAddress = attempts.filter((attempt) => attempt.ip === who.ip);
  const addressWait = retryAfterSeconds(
    fromAddress.map((attempt) => attempt.at),
    rules.address,
    now,
  );
  const addressFailedRecently = fromAddress.some(
    (attempt) => now.getTime() - attempt.at.getTime() < rules.account.windowMs,
  );
  if (!addressFailedRecently) return addressWait;
  return Math.max(addressWait, retryAfterForAccountAndAddress(attempts, who, rules, now));
}

/** Failures in the window at which the account's owner is told by email (once per run of failures). */
export function ownerToBeWarned(failuresInWindow: number, rule: ThrottleRule = PER_ACCOUNT): boolean {
  return failuresInWindow === rule.freeFailures;
}
