import { describe, expect, it } from 'vitest';
import type { Problem } from '../api/client.ts';
import { fieldError, linkToken, otherProblem } from './fields.ts';

const tooShort: Problem = {
  type: 'about:blank',
  title: 'Some input is not valid',
  status: 422,
  field: '/password',
  detail: 'At least 12 characters',
  errors: [{ field: '/password', code: 'password.too_short', message: 'At least 12 characters' }],
};

describe('account form problems', () => {
  it('puts a refusal at the field it names, and above the form when it names none of them', () => {
    expect(fieldError(tooShort, '/password')).toBe('At least 12 characters');
    expect(fieldError(tooShort, '/displayName')).toBeUndefined();
    expect(otherProblem(tooShort, ['/displayName', '/password'])).toBeNull();
    expect(otherProblem(tooShort, ['/email'])).toBe(tooShort);
    expect(otherProblem(null, ['/email'])).toBeNull();
  });

  it('reads a field named only by the problem itself', () => {
    const wrong: Problem = {
      type: 'about:blank',
      title: 'No',
      status: 422,
      field: '/code',
      detail: 'Wrong code',
    };
    expect(fieldError(wrong, '/code')).toBe('Wrong code');
  });

  it('reads the token of an emailed link, trimmed', () => {
    expect(linkToken(new URLSearchParams('token=%20abc%20'))).toBe('abc');
    expect(linkToken(new URLSearchParams(''))).toBe('');
  });
});
