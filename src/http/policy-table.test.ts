import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPolicyTable } from './policy-table.ts';

describe('the published route policy table', () => {
  it('is the one the code enforces (run npm run docs:policies after changing a policy)', () => {
    const published = readFileSync(new URL('../../docs/route-policies.md', import.meta.url), 'utf8');
    expect(published).toBe(renderPolicyTable());
  });
});
