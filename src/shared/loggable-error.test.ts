import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error.ts';

function databaseError(message: string, fields: Record<string, string>) {
  return Object.assign(new Error(message), fields);
}

describe('errors written to the log', () => {
  const tokenHash = 'f1e2d3c4b5a6978877665544332211ffeeddccbbaa99887766554433221100ab';
  const email = 'mayor@smara.example';

  it('keep a failed statement’s shape and drop its parameters', () => {
    const cause = databaseError('relation "api_tokens" does not exist', {
      code: '42P01',
      routine: 'parserOpenTable',
    });
    const error = new DrizzleQueryError(
      'select "id" from "api_tokens" where "hash" = $1 and "email" = $2',
      [tokenHash, email],
      cause,
    );
    const logged = loggableError(error);
    const text = JSON.stringify(logged);
    expect(text).not.toContain(tokenHash);
    expect(text).not.toContain(email);
    expect(logged).toMatchObject({
      statement: 'select "id" from "api_tokens" where "hash" = $1 and "email" = $2',
      parameterCount: 2,
      message: 'Failed query: select "id" from "api_tokens" where "hash" = $1 and "email" = $2',
      cause: { code: '42P01', message: 'relation "api_tokens" does not exist' },
    });
    expect(logged.stack).toMatch(/^Error: Failed query: select/);
  });

  it('drop the values PostgreSQL quotes in its details and messages', () => {
    const duplicate = databaseError('duplicate key value violates unique constraint "users_email_unique"', {
      code: '23505',
      detail: `Key (email)=(${email}) already exists.`,
      constraint: 'users_email_unique',
      table: 'users',
    });
    const syntax = databaseError(`invalid input syntax for type uuid: "${tokenHash}"`, { code: '22P02' });
    const logged = [loggableError(duplicate), loggableError(syntax)];
    const text = JSON.stringify(logged);
    expect(text).not.toContain(email);
    expect(text).not.toContain(tokenHash);
    expect(logged[0]).toMatchObject({ code: '23505', constraint: 'users_email_unique', table: 'users' });
    expect(logged[1]!.message).toBe('invalid input syntax for type uuid: "…"');
  });

  it('stay useful for errors that carry no values', () => {
    const logged = loggableError(new TypeError('cannot read properties of undefined'));
    expect(logged).toMatchObject({ type: 'TypeError', message: 'cannot read properties of undefined' });
    expect(logged.stack).toContain('loggable-error.test.ts');
  });
});
