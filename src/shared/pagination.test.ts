import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './pagination.ts';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ID = '3f1c2b7e-5a4d-4e8f-9b0a-1c2d3e4f5a6b';

describe('cursors', () => {
  it('give back the key they were made from', () => {
    expect(decodeCursor(encodeCursor(['2021-02-28', ID]), ['date', 'uuid'])).toEqual(['2021-02-28', ID]);
    expect(decodeCursor(encodeCursor([ID]), ['uuid'])).toEqual([ID]);
    expect(decodeCursor(undefined, ['uuid'])).toBeNull();
  });

  it('refuse any key this list could not have written', () => {
    for (const [cursor, parts] of [
      [cursorOf(['x', 'not-a-uuid']), ['date', 'uuid']],
      [cursorOf(['2020-13-45', ID]), ['date', 'uuid']],
      [cursorOf(['2021-02-29', ID]), ['date', 'uuid']],
      // A JavaScript date PostgreSQL cannot cast: there is no year zero.
      [cursorOf(['0000-01-01', ID]), ['date', 'uuid']],
      [cursorOf([ID, '2021-02-28']), ['date', 'uuid']],
      [cursorOf([1e300]), ['uuid']],
      [Buffer.from('[1e400]').toString('base64url'), ['uuid']],
      [cursorOf([null]), ['uuid']],
      [cursorOf([ID, ID]), ['uuid']],
      [cursorOf({ 0: ID }), ['uuid']],
      [cursorOf([`${ID}\u0000`]), ['uuid']],
      ['bm90LWEtY3Vyc29y', ['uuid']],
      ['%%%', ['uuid']],
    ] as const) {
      expect(() => decodeCursor(cursor, parts), cursor).toThrow(
        expect.objectContaining({ code: 'cursor.invalid', field: '/cursor' }),
      );
    }
  });
});
