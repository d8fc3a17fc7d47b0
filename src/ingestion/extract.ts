/**
 * From a press article to the agreements it reports as news, each field with the passage that
 * supports it (offsets into the text) and a confidence. The rules are the modules beside this one;
 * the only I/O is the place look-up, given as `searchPlaces` (the gazetteer's names read many at
 * once, src/places/name-index.ts, in place-search.ts).
 */
import type { PlaceAnswer } from '../places/schemas.ts';
import { normalizeName } from '../shared/names.ts';
import { agreementType, documentNames, twinningWords } from './agreement-type.ts';
import { backgroundSpans } from './background.ts';
import { type DateMention, findDates, isDateline, publicationDateFromText } from './dates.ts';
import { detectLanguage } from './language.ts';
import {
  type AgreementStatus,
  type AgreementType,
  BETWEEN_WORDS,
  CAMP_COUNTRY,
  CAMP_WORDS,
  CEREMONY_WORDS,
  KIND_WORDS,
  type Language,
} from './lexicon.ts';
import { type Candidate, countryOf, scanCandidates } from './mentions.ts';
import { type MentionPair, pairsInSentence } from './pairs.ts';
import { choosePlace, type ResolvedPlace } from './resolution.ts';
import { findSignatories, type SignatoryMention } from './signatories.ts';
import { agreementStatus, speaksOfSigning } from './status.ts';
import { contains, fold, type Sentence, type Span, splitSentences, tokenize, wordForms } from './text.ts';

export interface Article {
  text: string;
  /** ISO date (or "YYYY-MM") of publication, from the page or asked for; else read from a dateline. */
  published?: string | null;
  language?: Language | null;
}

/** The places a name may be, best first, the name read in the country given when there is one. */
export type PlaceLookUp = (query: string, country: string | null) => Promise<PlaceAnswer[]>;
/**
 * Reads at once the places of the names an article may give; the look-up it answers with knows
 * those, and reads any other name asked for.
 */
export type PlaceSearcher = (
  names: ReadonlyArray<{ query: string; country: string | null }>,
) => Promise<PlaceLookUp>;

export interface Passage {
  start: number;
  end: number;
  text: string;
}

export interface Field<T> {
  value: T;
  passage: Passage | null;
  confidence: number;
}

export interface PartyProposal {
  /** The name as the article writes it. */
  written: string;
  passage: Passage;
  /** The gazetteer place it resolves to, or null: then `newPlace` proposes one. */
  place: ResolvedPlace | null;
  newPlace: { name: string; countryCode: string | null } | null;
  /** A refugee-camp wilaya (context said "camp", "wilaya"), not the city of the same name. */
  camp: boolean;
  confidence: number;
}

export interface AgreementProposal {
  parties: [PartyProposal, PartyProposal];
  type: Field<AgreementType>;
  status: Field<AgreementStatus>;
  dateSigned: Field<string | null>;
  /** "MM-DD" when the day and month are stated without the year. */
  datePartial: string | null;
  placeOfSigning: Field<string | null>;
  signatories: Array<SignatoryMention & { party: 0 | 1 }>;
  /** The sentence that reports it. */
  passage: Passage;
  confidence: number;
}

export interface BackgroundRelationship {
  parties: [PartyProposal, PartyProposal];
  passage: Passage;
}

export interface Extraction {
  language: Language | null;
  published: string | null;
  agreements: AgreementProposal[];
  background: BackgroundRelationship[];
}

interface Mention extends Candidate {
  key: string;
  place: ResolvedPlace | null;
}

const passageOf = (text: string, span: Span): Passage => ({
  start: span.start,
  end: span.end,
  text: text.slice(span.start, span.end),
});

/** Folded words that stand near a camp word: the names the article calls camps or their wilayas. */
function campNames(folded: string): Set<string> {
  const names = new Set<string>();
  const tokens = tokenize(folded);
  tokens.forEach((token, i) => {
    if (!wordForms(token.text).some((form) => CAMP_WORDS.includes(form))) return;
    for (let k = Math.max(0, i - 6); k <= Math.min(tokens.length - 1, i + 6); k++)
      for (const form of wordForms(tokens[k]!.text)) names.add(form);
  });
  return names;
}

function kindWordBefore(folded: string, start: number): boolean {
  // Within the same clause: "la commune de X", "جماعة X", not "bondoukou, X".
  const before =
    folded
      .slice(Math.max(0, start - 30), start)
      .split(/[,.;:!?“"”\n]/u)
      .at(-1) ?? '';
  return tokenize(before).some((token) =>
    wordForms(token.text).some((form) => KIND_WORDS.includes(form) && form.length > 3),
  );
}

/** Whether a sentence is about an agreement: a document or twinning named, with a signature or "between". */
function aboutAgreement(
  folded: string,
  sentence: Sentence,
  signing: boolean,
): { about: boolean; signing: boolean } {
  const named = documentNames(folded, sentence).length > 0 || twinningWords(folded, sentence).length > 0;
  const between = tokenize(folded.slice(sentence.start, sentence.end)).some((token) =>
    wordForms(token.text).some((form) => BETWEEN_WORDS.includes(form)),
  );
  return { about: named && (signing || (sentence.heading && between)), signing };
}

export async function extractAgreements(article: Article, searchPlaces: PlaceSearcher): Promise<Extraction> {
  const { text } = article;
  const folded = fold(text);
  const language = article.language ?? detectLanguage(text).language;
  const published = article.published ?? publicationDateFromText(folded);
  const publishedYear = published ? Number(published.slice(0, 4)) : null;
  const sentences = splitSentences(text);
  const camps = campNames(folded);

  // Where a spelling is read: in the camps' country for a wilaya of the camps, else its context's.
  const contextOf = (alternative: Candidate) => {
    const words = tokenize(fold(alternative.query)).map((token) => token.text);
    const camp = alternative.camp || (words.length > 0 && words.every((word) => camps.has(word)));
    return { camp, country: camp ? CAMP_COUNTRY : alternative.country };
  };

  // Reading a sentence's verbs is the extractor's costliest rule: once a sentence.
  const signs = sentences.map((sentence) => speaksOfSigning(folded, sentence));
  const news = sentences.flatMap((sentence, i) => {
    const { about, signing } = aboutAgreement(folded, sentence, signs[i]!);
    return about ? [{ sentence, signing }] : [];
  });
  // Every spelling the news may give as a name, read in one go (a statement each would cost more
  // than the rest of the article): those found mean places, and the others names to follow.
  const proposed: Array<{ query: string; country: string | null }> = [];
  for (const { sentence } of news)
    await scanCandidates(text, folded, sentence, sentence.heading, async (alternatives) => {
      for (const alternative of alternatives) {
        if (countryOf(alternative.query)) break;
        proposed.push({ query: alternative.query, country: contextOf(alternative).country });
      }
      return null;
    });
  const lookUp = await searchPlaces(proposed);
  const cache = new Map<string, Promise<PlaceAnswer[]>>();
  const search = (query: string, country: string | null) => {
    const key = `${query}|${country ?? ''}`;
    let found = cache.get(key);
    if (!found) {
      found = lookUp(query, country);
      cache.set(key, found);
    }
    return found;
  };

  const resolve = async (alternatives: Candidate[]): Promise<Mention | null> => {
    let kept: Mention | null = null;
    for (const alternative of alternatives) {
      if (countryOf(alternative.query)) return null;
      // A shorter spelling is no longer the name its context placed in a country ("كور ماسار (السنغال)" is not "كور").
      if (kept?.country && alternative.country !== kept.country) continue;
      const { camp, country } = contextOf(alternative);
      const place = choosePlace(alternative.query, await search(alternative.query, country), {
        country,
        camp,
      });
      if (place) return { ...alternative, camp, country, place, key: place.placeId };
      // A name the gazetteer lacks is proposed as a new place when its context says it is one:
      // the spelling its country was read beside, else the shortest (the words after a name are
      // rarely part of it: "جماعة أمكالة ثلاث اتفاقيات" proposes أمكالة).
      if (country || camp || kindWordBefore(folded, alternative.start)) {
        const proposal: Mention = {
          ...alternative,
          camp,
          country,
          place: null,
          key: `new:${normalizeName(alternative.query)}|${country ?? ''}`,
        };
        // The spelling right before a bracketed country is the name; else the shortest.
        if (!kept || !/^\s*\(/.test(text.slice(kept.nameEnd, kept.nameEnd + 3))) kept = proposal;
      }
    }
    return kept;
  };

  const agreements: AgreementProposal[] = [];
  const background: BackgroundRelationship[] = [];
  const seenPairs = new Set<string>();
  const seenBackground = new Set<string>();
  const relevant: Array<{ sentence: Sentence; signing: boolean; mentions: Mention[]; background: Span[] }> =
    [];

  for (const { sentence, signing } of news) {
    const mentions = (await scanCandidates(text, folded, sentence, sentence.heading, resolve)) as Mention[];
    const spans = backgroundSpans(folded, sentence, publishedYear);
    relevant.push({ sentence, signing, mentions, background: spans });
  }
  // One name, one place in an article: a spelling resolved somewhere (with its country beside it)
  // resolves its other occurrences.
  const resolvedNames = new Map<string, Mention>();
  for (const entry of relevant)
    for (const mention of entry.mentions)
      if (mention.place && !resolvedNames.has(normalizeName(mention.query)))
        resolvedNames.set(normalizeName(mention.query), mention);
  for (const entry of relevant)
    entry.mentions = entry.mentions.map((mention) => {
      const known = mention.place ? null : resolvedNames.get(normalizeName(mention.query));
      return known ? { ...mention, place: known.place, key: known.key, country: known.country } : mention;
    });
  const newsSentences = relevant.map((entry) => entry.sentence);
  const signingSentences = sentences.filter((_, i) => signs[i]);
  // "The brief ceremony took place in Kumasi on Wednesday June 26, 2024": the signing's own occasion.
  const ceremonySentences = sentences.filter(
    (sentence) =>
      !signingSentences.includes(sentence) &&
      tokenize(folded.slice(sentence.start, sentence.end)).some((token) =>
        wordForms(token.text).some((form) => CEREMONY_WORDS.includes(form)),
      ),
  );

  const partyOf = (mention: Mention): PartyProposal => ({
    written: text.slice(mention.nameStart, mention.nameEnd),
    passage: passageOf(text, { start: mention.nameStart, end: mention.nameEnd }),
    place: mention.place,
    newPlace: mention.place ? null : { name: mention.query, countryCode: mention.country },
    camp: mention.camp,
    confidence: mention.place ? mention.place.confidence : 0.5,
  });

  const sentenceFacts = new Map<Sentence, SentenceFacts>();
  for (const { sentence, signing, mentions, background: spans } of relevant) {
    const inBackground = (mention: Mention) => spans.some((span) => contains(span, mention));
    for (const span of spans) {
      const old = mentions.filter(
        (mention) => contains(span, mention) || contains(span, { start: mention.start, end: mention.start }),
      );
      const pairs = pairsInSentence(folded, sentence, old, true);
      for (const pair of pairs) {
        const key = [pair.a.key, pair.b.key].sort().join('|');
        if (seenBackground.has(key)) continue;
        seenBackground.add(key);
        background.push({ parties: [partyOf(pair.a), partyOf(pair.b)], passage: passageOf(text, span) });
      }
    }
    const current = mentions.filter((mention) => !inBackground(mention));
    const pairs: Array<MentionPair<Mention>> = pairsInSentence(folded, sentence, current, signing);
    for (const pair of pairs) {
      const key = [pair.a.key, pair.b.key].sort().join('|');
      if (seenPairs.has(key)) continue;
      seenPairs.add(key);
      agreements.push(
        describe(
          text,
          folded,
          published,
          sentence,
          newsSentences,
          relevant,
          pair,
          partyOf,
          signingSentences,
          ceremonySentences,
          sentenceFacts,
        ),
      );
    }
  }
  return {
    language,
    published,
    agreements,
    background: background.filter(
      (b) => !seenPairs.has([b.parties[0].place?.placeId, b.parties[1].place?.placeId].sort().join('|')),
    ),
  };
}

interface SentenceFacts {
  type: ReturnType<typeof agreementType>;
  status: ReturnType<typeof agreementStatus>;
  date: DateMention | null;
}

function factsOf(
  folded: string,
  published: string | null,
  sentence: Sentence,
  newsSentences: readonly Sentence[],
  relevant: ReadonlyArray<{ sentence: Sentence; signing: boolean; mentions: Mention[]; background: Span[] }>,
  ceremonySentences: readonly Sentence[],
): SentenceFacts {
  const type = agreementType(folded, [sentence, ...newsSentences.filter((s) => s !== sentence)]);
  const status = agreementStatus(folded, sentence);
  const direction = status.status === 'announced_pending' || status.status === 'planned' ? 'future' : 'past';
  // The date: in the sentence that reports the pair, else in the other sentences about the signing.
  let date: DateMention | null = null;
  const ordered = [
    sentence,
    ...relevant.filter((entry) => entry.signing).map((entry) => entry.sentence),
    ...ceremonySentences,
  ];
  for (const candidate of ordered) {
    const backgroundOf = relevant.find((entry) => entry.sentence === candidate)?.background ?? [];
    const dates = findDates(folded.slice(0, candidate.end), published, direction).filter(
      (mention) =>
        mention.start >= candidate.start &&
        !isDateline(folded, mention) &&
        !backgroundOf.some((span) => contains(span, mention)),
    );
    date = dates.find((mention) => mention.date || mention.partial) ?? dates[0] ?? null;
    if (date) break;
  }
  return { type, status, date };
}

function describe(
  text: string,
  folded: string,
  published: string | null,
  sentence: Sentence,
  newsSentences: readonly Sentence[],
  relevant: ReadonlyArray<{ sentence: Sentence; signing: boolean; mentions: Mention[]; background: Span[] }>,
  pair: MentionPair<Mention>,
  partyOf: (mention: Mention) => PartyProposal,
  signingSentences: readonly Sentence[],
  ceremonySentences: readonly Sentence[],
  // The type, status and date of the pairs one sentence reports, read once for all of them.
  sentenceFacts: Map<Sentence, SentenceFacts>,
): AgreementProposal {
  let facts = sentenceFacts.get(sentence);
  if (!facts) {
    facts = factsOf(folded, published, sentence, newsSentences, relevant, ceremonySentences);
    sentenceFacts.set(sentence, facts);
  }
  const { type, status, date } = facts;
  // A weekday without a full publication date tells nothing.
  const dateValue = date?.date ?? null;
  const partial = date?.partial ?? null;

  // Where: a place named after a preposition of place in the sentences about the signing.
  let where: Mention | null = null;
  for (const entry of [relevant.find((e) => e.sentence === sentence)!, ...relevant]) {
    where = entry.mentions.find((mention) => mention.locative && mention.place) ?? null;
    if (where) break;
  }
  const parties: [PartyProposal, PartyProposal] = [partyOf(pair.a), partyOf(pair.b)];
  const names = (party: PartyProposal) => {
    const list = [party.written, party.place?.name ?? '', party.place?.matchedName ?? ''];
    // "the mayor of Ivry" for Ivry-sur-Seine: the first part of a compound name.
    const first = party.written.split(/[-\s]/)[0] ?? '';
    if (first.length >= 4 && first !== party.written) list.push(first);
    // "Quetzaltenango (Xela)": the other name the article gives it in brackets.
    const bracket = text
      .slice(party.passage.end, party.passage.end + 40)
      .match(/^\s*\(([^()]{2,30})\)/u)?.[1];
    if (bracket && !countryOf(bracket)) list.push(bracket);
    return { names: list.filter(Boolean) };
  };
  const found = findSignatories(
    text,
    folded,
    [sentence, ...signingSentences.filter((s) => s !== sentence)],
    [names(parties[0]), names(parties[1])],
    (name) => fold(name),
  );
  // "Mayor Jerry Treñas and Dobong-gu Mayor Oh Eon-Seok signed": the one left without a party is the other's.
  const free = ([0, 1] as const).filter((index) => !found.some((s) => s.party === index));
  const unassigned = found.filter((s) => s.party === null && s.bare);
  if (free.length === 1 && unassigned.length === 1) unassigned[0]!.party = free[0]!;
  const signatories = found
    .filter((s) => s.party === 0 || s.party === 1)
    .map((s) => ({ ...s, party: s.party as 0 | 1 }));
  const confidence =
    Math.min(parties[0].confidence, parties[1].confidence) * (pair.rule === 'two_names' ? 0.8 : 1);
  return {
    parties,
    type: {
      value: type.type,
      passage: type.passage ? passageOf(text, type.passage) : null,
      confidence: type.confidence,
    },
    status: {
      value: status.status,
      passage: status.passage ? passageOf(text, status.passage) : null,
      confidence: status.confidence,
    },
    dateSigned: {
      value: dateValue,
      passage: date ? passageOf(text, date) : null,
      confidence: dateValue ? date!.confidence : 0.5,
    },
    datePartial: dateValue ? null : partial,
    placeOfSigning: {
      value: where ? text.slice(where.nameStart, where.nameEnd) : null,
      passage: where ? passageOf(text, { start: where.nameStart, end: where.nameEnd }) : null,
      confidence: where ? 0.7 : 0.5,
    },
    signatories,
    passage: passageOf(text, sentence),
    confidence,
  };
}
