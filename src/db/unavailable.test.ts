import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable.ts';

const withCode = (message: string, fields: Record<string, unknown>) =>
  Object.assign(new Error(message), fields);

describe('which errors mean the database is away', () => {
  it('recognizes a server shutting down, refused connections and dropped ones, wrapped or not', () => {
    const terminated = withCode('terminating connection due to administrator command', { code: '57P01' });
    expect(isDatabaseUnavailable(terminated)).toBe(true);
    expect(isDatabaseUnavailable(new DrizzleQueryError('select 1', [], terminated))).toBe(true);
    expect(
      isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('connection failure', { code: '08006' }))).toBe(true);
  });

  it('leaves a wrong statement, bad data and a mail server that is away to other answers', () => {
    expect(isDatabaseUnavailable(withCode('relation "x" does not exist', { code: '42P01' }))).toBe(false);
    expect(isDatabaseUnavailable(withCode('date/time field value out of range', { code: '22008' }))).toBe(
      false,
    );
    const smtp = withCode('Connection timeout', { code: 'ETIMEDOUT', command: 'CONN' });
    expect(isDatabaseUnavailable(smtp)).toBe(false);
  });
});
