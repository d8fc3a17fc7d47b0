import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors.ts';
import { assertAcceptableEmail, emailSkeleton, isSingleScript, normalizeEmail } from './email-address.ts';

const accepted = (email: string) => () => assertAcceptableEmail(normalizeEmail(email));

describe('email addresses', () => {
  it('normalizes fullwidth letters, ligatures and case (NFKC, lower case)', () => {
    expect(normalizeEmail(' Ｍｏｕｓｓａ@Agadez.example ')).toBe('moussa@agadez.example');
    expect(normalizeEmail('ﬁona@example.org')).toBe('fiona@example.org');
    expect(normalizeEmail('JEAN@VILLE.FR')).toBe('jean@ville.fr');
  });

  it.each([
    ['a zero-width space', 'mou\u200Bssa@agadez.example'],
    ['a zero-width joiner', 'moussa\u200D@agadez.example'],
    ['a soft hyphen', 'mous\u00ADsa@agadez.example'],
    ['a right-to-left mark', '\u200Fmoussa@agadez.example'],
    ['a word joiner', 'moussa@agadez\u2060.example'],
    ['a space inside', 'mous sa@agadez.example'],
    ['a newline', 'moussa@agadez.example\n{"a":1}'],
  ])('refuses an address with %s', (_what, email) => {
    expect(accepted(email)).toThrow(ValidationError);
    expect(accepted(email)).toThrow(/invisible/);
  });

  it.each([
    ['a trailing dot', 'moussa@agadez.example.'],
    ['two dots in the domain', 'moussa@agadez..example'],
    ['no domain dot', 'moussa@localhost'],
    ['no local part', '@agadez.example'],
    ['two @', 'a@b@agadez.example'],
  ])('refuses %s', (_what, email) => {
    expect(accepted(email)).toThrow(/is not an email address/);
  });

  it.each([
    ['a Cyrillic а among Latin letters', 'pаypal@example.org'],
    ['a Greek ο among Latin letters', 'jοhn@example.org'],
    ['a Cyrillic domain label mixed with Latin', 'john@exаmple.org'],
  ])('refuses %s', (_what, email) => {
    expect(accepted(email)).toThrow(/mix scripts/);
  });

  it('accepts one script per part, whichever it is', () => {
    expect(accepted('moussa.ag+jumelage@agadez.example')).not.toThrow();
    expect(accepted('محمد@بلدية.ma')).not.toThrow();
    expect(accepted('иван@город.рф')).not.toThrow();
    expect(accepted('田中たなか@example.jp')).not.toThrow();
    expect(isSingleScript('abc123-_')).toBe(true);
    expect(isSingleScript('аb')).toBe(false);
  });

  it('gives look-alikes one skeleton (Unicode TR 39), and different addresses different ones', () => {
    const original = emailSkeleton('paypal@example.org');
    expect(emailSkeleton('pаypal@example.org')).toBe(original); // Cyrillic а
    expect(emailSkeleton('раураl@example.org')).toBe(original); // all Cyrillic
    expect(emailSkeleton('ＰａｙＰａｌ@example.org')).toBe(original); // fullwidth
    expect(emailSkeleton('paypa1@example.org')).toBe(original); // digit 1 for l
    expect(emailSkeleton('rnoussa@agadez.example')).toBe(emailSkeleton('moussa@agadez.example'));
    expect(emailSkeleton('paypal@example.com')).not.toBe(original);
    expect(emailSkeleton('moussa@agadez.example')).not.toBe(emailSkeleton('moussa@agadez.exampel'));
  });
});
