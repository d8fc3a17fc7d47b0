import { describe, expect, it } from 'vitest';
import { correlationIdFrom } from './correlation.ts';

describe("a client's correlation id", () => {
  it.each(['trace-42', 'a', '3f1c9a4e-77b0-4c51-9b8e-0d2a1c6e5f10', 'svc.api:v2_1', 'x'.repeat(128)])(
    'is kept when well-formed: %s',
    (value) => expect(correlationIdFrom(value)).toBe(value),
  );

  it.each([
    ['empty', ''],
    ['too long', 'x'.repeat(129)],
    ['a newline', 'abc\n{"level":50}'],
    ['a space', 'a b'],
    ['quotes', 'a"b'],
    ['non-ASCII', 'تتبع'],
    ['a zero-width space', 'ab\u200bc'],
    ['a slash', '../x'],
  ])('is ignored with %s', (_case, value) => expect(correlationIdFrom(value)).toBeUndefined());

  it('is ignored when the header is repeated or absent', () => {
    expect(correlationIdFrom(['a', 'b'])).toBeUndefined();
    expect(correlationIdFrom(undefined)).toBeUndefined();
  });
});
