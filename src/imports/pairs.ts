/** The key of an unordered pair: A–B and B–A are one pair. */
export function unorderedPairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface PairOutcome<T> {
  /** Each pair once, in first-seen order, with the rows that listed it. */
  pairs: Array<{ a: string; b: string; rows: T[] }>;
  /** Rows that name one place twice. */
  selfPairs: T[];
}

/** Merges pairs listed both ways (and listed twice the same way); sets apart those that pair a place with itself. */
export function mergeUnorderedPairs<T>(items: Iterable<{ a: string; b: string; row: T }>): PairOutcome<T> {
  const byKey = new Map<string, { a: string; b: string; rows: T[] }>();
  const selfPairs: T[] = [];
  for (const item of items) {
    if (item.a === item.b) {
      selfPairs.push(item.row);
      continue;
    }
    const key = unorderedPairKey(item.a, item.b);
    const pair = byKey.get(key);
    if (pair) pair.rows.push(item.row);
    else {
      const [a, b] = [item.a, item.b].sort();
      byKey.set(key, { a: a!, b: b!, rows: [item.row] });
    }
  }
  return { pairs: [...byKey.values()], selfPairs };
}
