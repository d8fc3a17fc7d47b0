/**
 * Which results a page of a list shows, for "Results 26–50" and "Page 2". The API pages with a
 * cursor and does not count the whole list: the total is known once the last page is reached.
 */
export interface PageRange {
  page: number;
  from: number;
  to: number;
  /** The whole list's count, once this page is its last; null while more pages follow. */
  total: number | null;
}

/** The page number an address holds (`page`, from 1); anything else is the first page. */
export function pageNumber(address: URLSearchParams): number {
  const value = Number(address.get('page'));
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

export function pageRange(page: number, size: number, shown: number, hasNext: boolean): PageRange {
  const before = (page - 1) * size;
  return {
    page,
    from: shown === 0 ? 0 : before + 1,
    to: before + shown,
    total: hasNext ? null : before + shown,
  };
}
