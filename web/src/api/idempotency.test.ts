import { describe, expect, it } from 'vitest';
import { submissionKeys } from './idempotency.ts';

describe('one Idempotency-Key per form submission', () => {
  it('sends the same key again for the same content until it succeeds, then a new one', () => {
    const keys = submissionKeys();
    const first = keys.headers({ name: 'Smara', names: { ar: 'السمارة' } })['idempotency-key'];
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    // A double click, or a retry after the answer was lost.
    expect(keys.headers({ name: 'Smara', names: { ar: 'السمارة' } })['idempotency-key']).toBe(first);
    keys.settled();
    expect(keys.headers({ name: 'Smara', names: { ar: 'السمارة' } })['idempotency-key']).not.toBe(first);
  });

  it('takes a new key when the content changed: that is another submission', () => {
    const keys = submissionKeys();
    const first = keys.headers({ name: 'Smara' })['idempotency-key'];
    const changed = keys.headers({ name: 'Smara city' })['idempotency-key'];
    expect(changed).not.toBe(first);
    expect(keys.headers({ name: 'Smara city' })['idempotency-key']).toBe(changed);
  });

  it('tells files apart by what the browser knows of them', () => {
    const keys = submissionKeys();
    const file = (text: string) =>
      new File([text], 'signed.pdf', { type: 'application/pdf', lastModified: 1 });
    const first = keys.headers([
      ['language', 'fr'],
      ['file', file('%PDF-1')],
    ])['idempotency-key'];
    expect(
      keys.headers([
        ['language', 'fr'],
        ['file', file('%PDF-1')],
      ])['idempotency-key'],
    ).toBe(first);
    expect(
      keys.headers([
        ['language', 'fr'],
        ['file', file('%PDF-1.4')],
      ])['idempotency-key'],
    ).not.toBe(first);
  });

  it('keeps each form’s keys to itself', () => {
    expect(submissionKeys().headers({ a: 1 })['idempotency-key']).not.toBe(
      submissionKeys().headers({ a: 1 })['idempotency-key'],
    );
  });
});
