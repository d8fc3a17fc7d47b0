/**
 * Which parties an announcement pairs, from the order of the names in a sentence and the words
 * between them (rule 2 of the annotation guide): "between A and B" is one pair, "A, B and C sign"
 * (a tripartite) three, "A signs with B, C and D" one pair each with A, "A and B sign with C" pairs
 * each of A and B with C but not A with B (co-signers on one side), "between A and the cities of B
 * and C" pairs A with each. Plain rules, no I/O.
 */
import {
  AND_WORDS,
  AUTHORITY_TAIL_WORDS,
  BETWEEN_WORDS,
  COUNTRY_WORDS,
  KIND_WORDS,
  PLURAL_KIND_WORDS,
  WITH_WORDS,
} from './lexicon.ts';
import { countryOf } from './mentions.ts';
import { tokenize, wordForms } from './text.ts';

export interface PairMention {
  start: number;
  end: number;
  /** Same key, same place (a gazetteer id, or the proposed name). */
  key: string;
  locative: boolean;
  nonAuthority: boolean;
}

export interface MentionPair<M extends PairMention> {
  a: M;
  b: M;
  rule: 'between' | 'with' | 'list' | 'two_names';
}

const CONJUNCTIONS = new Set(AND_WORDS);
const AFTER_CONJUNCTION = new Set([...KIND_WORDS, 'its', 'son', 'sa', 'their', 'deux', 'two']);

/**
 * Whether the text between two names only joins them: what may follow the first name (its country
 * in brackets, an adjective, the words for its body: "Municipal Assembly"), one "and" or comma,
 * then what may precede the second (an article, a kind word, a demonym: "et la ville française de").
 */
export function coordinated(gap: string): { joined: boolean; plural: boolean } {
  const cleaned = gap.replace(/\([^()]*\)/g, ' ');
  if (/[.;:!?؛\n]/.test(cleaned) || cleaned.length > 60) return { joined: false, plural: false };
  let plural = false;
  let joined = false;
  let position = 0;
  for (const token of tokenize(cleaned)) {
    if (/,/.test(cleaned.slice(position, token.start))) {
      if (joined) return { joined: false, plural };
      joined = true;
    }
    position = token.end;
    let forms = wordForms(token.text);
    if (
      CONJUNCTIONS.has(token.text) ||
      (token.text.startsWith('و') && forms.length > 1 && forms[1]!.length > 1)
    ) {
      if (token.text !== 'و' && !CONJUNCTIONS.has(token.text)) forms = forms.slice(1);
      if (joined && CONJUNCTIONS.has(token.text)) {
        // "A, B, and C": a comma and an "and" together join once.
        if (!/,\s*$/.test(cleaned.slice(0, token.start))) return { joined: false, plural };
      }
      joined = true;
      if (CONJUNCTIONS.has(token.text)) continue;
    }
    if (forms.some((form) => PLURAL_KIND_WORDS.includes(form))) plural = true;
    if (/^ال\S+يه$/.test(token.text) || countryOf(token.text) || COUNTRY_WORDS[token.text]) continue;
    if (!joined && AUTHORITY_TAIL_WORDS.includes(token.text)) continue;
    if (joined && forms.some((form) => AFTER_CONJUNCTION.has(form))) continue;
    return { joined: false, plural };
  }
  if (/,/.test(cleaned.slice(position))) {
    if (joined) return { joined: false, plural };
    joined = true;
  }
  return { joined, plural };
}

/** Whether the text between a role and a name only names the kind of authority ("de la commune urbaine de", "of the City of"). */
export function onlyKindWords(gap: string, list = false): boolean {
  const cleaned = gap.replace(/\([^()]*\)/g, ' ');
  if (/[.;!?؛,]/.test(cleaned) || (!list && /[:\n]/.test(cleaned)) || cleaned.length > 60) return false;
  return tokenize(cleaned).every(
    (token) =>
      wordForms(token.text).some(
        (form) => AFTER_CONJUNCTION.has(form) || AUTHORITY_TAIL_WORDS.includes(form) || form === 'l',
      ) ||
      countryOf(token.text) !== null ||
      COUNTRY_WORDS[token.text] !== undefined,
  );
}

function distinctPairs<M extends PairMention>(pairs: Array<MentionPair<M>>): Array<MentionPair<M>> {
  const seen = new Set<string>();
  return pairs.filter((pair) => {
    if (pair.a.key === pair.b.key) return false;
    const key = [pair.a.key, pair.b.key].sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function allPairs<M extends PairMention>(group: M[], rule: MentionPair<M>['rule']): Array<MentionPair<M>> {
  const pairs: Array<MentionPair<M>> = [];
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) pairs.push({ a: group[i]!, b: group[j]!, rule });
  return pairs;
}

function cross<M extends PairMention>(
  left: M[],
  right: M[],
  rule: MentionPair<M>['rule'],
): Array<MentionPair<M>> {
  return left.flatMap((a) => right.map((b) => ({ a, b, rule })));
}

interface Group<M> {
  members: M[];
  /** Index in `members` where a plural kind word ("the cities of") begins a second side, if any. */
  pluralAt: number | null;
}

/**
 * The pairs one sentence announces. `folded` is the article's folded text and the mentions
 * (sorted, inside the sentence) are the resolved or proposed places; `signing` says whether the
 * sentence speaks of a signature, which alone lets two lone names make a pair.
 */
export function pairsInSentence<M extends PairMention>(
  folded: string,
  sentence: { start: number; end: number },
  mentions: readonly M[],
  signing: boolean,
): Array<MentionPair<M>> {
  const parties = mentions.filter((m) => !m.locative && !m.nonAuthority);
  if (parties.length === 0) return [];
  const groups: Array<Group<M>> = [];
  for (const mention of parties) {
    const last = groups.at(-1);
    const previous = last?.members.at(-1);
    if (last && previous) {
      const { joined, plural } = coordinated(folded.slice(previous.end, mention.start));
      if (joined) {
        if (plural && last.pluralAt === null) last.pluralAt = last.members.length;
        last.members.push(mention);
        continue;
      }
    }
    groups.push({ members: [mention], pluralAt: null });
  }
  const wordsBefore = (position: number, from: number) => tokenize(folded.slice(from, position), from);
  const isWord = (text: string, list: readonly string[]) =>
    wordForms(text).some((form) => list.includes(form));

  const pairs: Array<MentionPair<M>> = [];
  let cosigners = false;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const first = group.members[0]!;
    const previousEnd = g > 0 ? groups[g - 1]!.members.at(-1)!.end : sentence.start;
    const lead = wordsBefore(first.start, previousEnd).slice(-5);
    // "between A and B", "entre la commune de A et la ville de B".
    if (lead.some((token) => isWord(token.text, BETWEEN_WORDS))) {
      if (group.pluralAt !== null)
        pairs.push(
          ...cross(group.members.slice(0, group.pluralAt), group.members.slice(group.pluralAt), 'between'),
        );
      else if (group.members.length >= 2) pairs.push(...allPairs(group.members, 'between'));
      else {
        const next = groups[g + 1];
        if (next) pairs.push(...cross(group.members, next.members, 'between'));
      }
      continue;
    }
    // "A signs with B, C and D": the group before "with" is one side, the group after it the other.
    const next = groups[g + 1];
    const between = next ? wordsBefore(next.members[0]!.start, group.members.at(-1)!.end) : [];
    const withWord = between.find((token) => isWord(token.text, WITH_WORDS));
    // The other side follows "with" at once ("avec les villes de", "with US' Tuscaloosa"), not a clause later.
    const adjacent =
      withWord !== undefined && onlyKindWords(folded.slice(withWord.end, next!.members[0]!.start), true);
    if (next && withWord && adjacent && !between.some((token) => isWord(token.text, BETWEEN_WORDS))) {
      pairs.push(...cross(group.members, next.members, 'with'));
      g++;
      continue;
    }
    // "A and B signed … with several cities, … the role of A": co-signers of partners not named here.
    if (withWord && !adjacent) {
      cosigners = true;
      continue;
    }
    // "A and B sign … with several cities": co-signers of unnamed partners are no pair; "con el
    // objetivo de", "with the aim of" name no partner.
    const rest = wordsBefore(sentence.end, group.members.at(-1)!.end);
    const partnersAfter = (index: number) =>
      rest
        .slice(index + 1, index + 5)
        .some((token) => isWord(token.text, PLURAL_KIND_WORDS) || /^\d+$/.test(token.text));
    if (rest.some((token, index) => isWord(token.text, WITH_WORDS) && partnersAfter(index)) && !next) {
      cosigners = true;
      continue;
    }
    if (group.members.length >= 2 && signing) {
      if (group.pluralAt !== null)
        pairs.push(
          ...cross(group.members.slice(0, group.pluralAt), group.members.slice(group.pluralAt), 'list'),
        );
      else pairs.push(...allPairs(group.members, 'list'));
    }
  }
  if (pairs.length === 0 && signing && !cosigners) {
    // Two names alone in a sentence about a signature ("Le maire de A, X, et celui de B, Y, ont signé").
    const distinct = [...new Map(parties.map((m) => [m.key, m])).values()];
    if (distinct.length === 2) pairs.push({ a: distinct[0]!, b: distinct[1]!, rule: 'two_names' });
  }
  return distinctPairs(pairs);
}
