import { describe, expect, it } from 'vitest';
import { formatCsp, mergeCsp, parseCsp } from './csp.ts';

describe('content security policies', () => {
  it('parse into one entry per directive, the first of a repeated one winning as in browsers', () => {
    const policy = parseCsp(
      "default-src 'self'; Frame-Ancestors 'self';  frame-ancestors 'none'; upgrade-insecure-requests;",
    );
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['frame-ancestors', ["'self'"]],
      ['upgrade-insecure-requests', []],
    ]);
    expect(formatCsp(policy)).toBe("default-src 'self'; frame-ancestors 'self'; upgrade-insecure-requests");
  });

  it('merge by replacing a directive in place, never by appending a second copy', () => {
    const merged = mergeCsp(
      "default-src 'self'; base-uri 'self'; frame-ancestors 'self'; script-src 'self' 'sha256-x';",
      {
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
      },
    );
    expect(merged).toBe(
      "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; script-src 'self' 'sha256-x'; form-action 'none'",
    );
    const names = merged.split(';').map((part) => part.trim().split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});
