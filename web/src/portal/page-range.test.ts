import { describe, expect, it } from 'vitest';
import { pageNumber, pageRange } from './page-range.ts';

describe('pageRange', () => {
  it('counts the whole list on a single page', () => {
    expect(pageRange(1, 25, 13, false)).toEqual({ page: 1, from: 1, to: 13, total: 13 });
  });

  it('numbers the results of a later page, and knows the total on the last', () => {
    expect(pageRange(2, 25, 25, true)).toEqual({ page: 2, from: 26, to: 50, total: null });
    expect(pageRange(3, 25, 7, false)).toEqual({ page: 3, from: 51, to: 57, total: 57 });
  });

  it('says zero when nothing matches', () => {
    expect(pageRange(1, 25, 0, false)).toEqual({ page: 1, from: 0, to: 0, total: 0 });
  });
});

describe('pageNumber', () => {
  it('reads the page from the address, the first page unless a whole number from 1', () => {
    expect(pageNumber(new URLSearchParams('page=3'))).toBe(3);
    for (const wrong of ['', 'page=0', 'page=-2', 'page=1.5', 'page=two'])
      expect(pageNumber(new URLSearchParams(wrong))).toBe(1);
  });
});
