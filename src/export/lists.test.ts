import { describe, expect, it } from 'vitest';
import { csvSafe } from './lists.ts';

describe('a CSV cell', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","x")', '\'=HYPERLINK("https://evil.example","x")'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+cmd|calc', "'+cmd|calc"],
    ['-2+3+cmd', '-2+3+cmd'],
    ['+212 5 28 00 00 00', '+212 5 28 00 00 00'],
    ['\tindent', "'\tindent"],
    ['السمارة', 'السمارة'],
    ['2024-01-15', '2024-01-15'],
  ])('%j is written as %j', (value, written) => {
    expect(csvSafe(value)).toBe(written);
  });

  it('leaves empty cells empty', () => {
    expect(csvSafe(null)).toBe('');
  });
});
