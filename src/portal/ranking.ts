import { normalizeName } from '../shared/names.ts';

/**
 * How the search's suggestions are ordered: by how well a record's names match what was typed,
 * whatever the record's kind, so that a person named exactly as typed comes before places whose
 * names only look alike. Plain rules, no I/O.
 */

/** How a name matches a query, best first. */
export const MATCH_QUALITIES = ['exact', 'prefix', 'contains', 'fuzzy'] as const;
export type MatchQuality = (typeof MATCH_QUALITIES)[number];

/**
 * The kinds of record a suggestion opens, in the order they come when they match equally well. A
 * place is suggested as the organization located there: a place has no page of its own.
 */
export const SUGGESTION_KINDS = ['organization', 'network', 'person', 'event', 'agreement'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/**
 * The best match of any of `names` for `query`, both normalized as names are indexed (case, accents,
 * Arabic letter forms): the whole name, then a name or one of its words beginning with the query,
 * then the query anywhere in a name, else a close spelling (what the trigram search found).
 */
export function matchQuality(query: string, names: Iterable<string | null | undefined>): MatchQuality {
  const typed = normalizeName(query);
  let best: MatchQuality = 'fuzzy';
  if (!typed) return best;
  for (const name of names) {
    const normalized = normalizeName(name ?? '');
    if (!normalized) continue;
    if (normalized === typed) return 'exact';
    if (` ${normalized}`.includes(` ${typed}`)) best = 'prefix';
    else if (best === 'fuzzy' && normalized.includes(typed)) best = 'contains';
  }
  return best;
}

export interface Rankable {
  kind: SuggestionKind;
  id: string;
  match: MatchQuality;
}

/**
 * Suggestions best match first; among equal matches, by kind, then in the order each kind's own
 * search gave them (which knows more: a place's population, a name's similarity). A record found
 * twice (an organization by its name and by its place) is kept once, where it ranks best.
 */
export function rankSuggestions<T extends Rankable>(suggestions: readonly T[]): T[] {
  const order = suggestions.map((suggestion, index) => ({ suggestion, index }));
  order.sort(
    (a, b) =>
      MATCH_QUALITIES.indexOf(a.suggestion.match) - MATCH_QUALITIES.indexOf(b.suggestion.match) ||
      SUGGESTION_KINDS.indexOf(a.suggestion.kind) - SUGGESTION_KINDS.indexOf(b.suggestion.kind) ||
      a.index - b.index,
  );
  const seen = new Set<string>();
  return order.flatMap(({ suggestion }) => {
    const key = `${suggestion.kind}:${suggestion.id}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [suggestion];
  });
}
