import { PreconditionFailedError } from './errors.ts';

/**
 * The version an edit was made on, as the client says it with If-Match: any (`*`), or one of
 * these versions. An edit that says nothing is taken as made on the current one.
 */
export type ExpectedVersion = '*' | readonly number[];

/**
 * Refuses an edit made on a copy that is no longer current. Called under the record's row lock,
 * after the rights checks: a reader who may not see the record learns nothing of its version.
 */
export function assertVersion(expected: ExpectedVersion | undefined, current: number): void {
  if (expected === undefined || expected === '*') return;
  if (!expected.includes(current)) throw new PreconditionFailedError('record.changed', current);
}
