/**
 * Scores the extractor against hand-made gold annotations (the press-dev format, see
 * ../shared/press-dev/README.md). Plain rules, no I/O: the gold parties come already mapped to
 * gazetteer places (or left unmapped when the gazetteer lacks them).
 *
 * A predicted pair matches a gold pair when both parties are the gold places, in either order: the
 * same gazetteer place, or, for a place the gazetteer lacks, a proposed new place of the same name
 * as the gold's. Type, status, date and signatories are scored on the matched pairs.
 */
import { withoutKindWords } from '../places/search.ts';
import { normalizeName } from '../shared/names.ts';
import type { AgreementProposal, PartyProposal } from './extract.ts';

export interface GoldParty {
  name: string;
  canonical_name_en: string;
  country_iso2: string;
  source_country_claim?: string;
}

export interface GoldAgreement {
  parties: [GoldParty, GoldParty];
  type: string;
  status: string;
  date_signed: string | null;
  date_partial?: string;
  date_alternatives?: string[];
  place_of_signing: string | null;
  signatories: Array<{ name: string; role: string; party: string; signing_explicit?: boolean }>;
}

export interface GoldArticle {
  id: string;
  lang: string;
  published: string | null;
  is_negative: boolean;
  text: string;
  agreements: GoldAgreement[];
}

/** A gold party with the gazetteer place its canonical name and country find (null when the gazetteer lacks it). */
export interface MappedParty extends GoldParty {
  placeId: string | null;
}

// "بلدية توجنين", "City of Praia": the name without the word for its kind, on both sides.
const bare = (name: string) => withoutKindWords(normalizeName(name.replace(/\([^)]*\)/g, ' ')));

export function sameParty(predicted: PartyProposal, gold: MappedParty): boolean {
  if (gold.placeId) return predicted.place?.placeId === gold.placeId;
  if (predicted.place) return false;
  const written = bare(predicted.written);
  const proposed = bare(predicted.newPlace?.name ?? predicted.written);
  return [bare(gold.name), bare(gold.canonical_name_en)].some(
    (name) => name === written || name === proposed,
  );
}

function samePair(predicted: AgreementProposal, gold: [MappedParty, MappedParty]): boolean {
  const [a, b] = predicted.parties;
  return (sameParty(a, gold[0]) && sameParty(b, gold[1])) || (sameParty(a, gold[1]) && sameParty(b, gold[0]));
}

export interface ArticleScore {
  id: string;
  gold: number;
  predicted: number;
  matched: Array<{ predicted: AgreementProposal; gold: GoldAgreement }>;
  missed: GoldAgreement[];
  spurious: AgreementProposal[];
}

/** Pairs each gold agreement with at most one predicted one, in the gold's order. */
export function matchArticle(
  id: string,
  predicted: readonly AgreementProposal[],
  gold: ReadonlyArray<{ agreement: GoldAgreement; parties: [MappedParty, MappedParty] }>,
): ArticleScore {
  const free = new Set(predicted);
  const matched: ArticleScore['matched'] = [];
  const missed: GoldAgreement[] = [];
  for (const { agreement, parties } of gold) {
    const hit = [...free].find((proposal) => samePair(proposal, parties));
    if (hit) {
      free.delete(hit);
      matched.push({ predicted: hit, gold: agreement });
    } else missed.push(agreement);
  }
  return { id, gold: gold.length, predicted: predicted.length, matched, missed, spurious: [...free] };
}

export function dateCorrect(predicted: AgreementProposal, gold: GoldAgreement): boolean {
  const date = predicted.dateSigned.value;
  if (gold.date_signed || gold.date_alternatives?.length)
    return date !== null && (date === gold.date_signed || (gold.date_alternatives ?? []).includes(date));
  if (gold.date_partial) return date === null && predicted.datePartial === gold.date_partial;
  return date === null;
}

const personKey = (name: string) => normalizeName(name.replace(/\([^)]*\)/g, ' '));

export function signatoryCounts(predicted: AgreementProposal, gold: GoldAgreement) {
  const expected = new Set(gold.signatories.map((s) => personKey(s.name)));
  const given = new Set(predicted.signatories.map((s) => personKey(s.name)));
  let truePositives = 0;
  for (const name of given) if (expected.has(name)) truePositives++;
  return { truePositives, predicted: given.size, expected: expected.size };
}

export interface Evaluation {
  articles: number;
  seconds: number;
  pairs: { precision: number; recall: number; f1: number };
  type: { accuracy: number };
  status: { accuracy: number };
  date: { accuracy: number };
  signatories: { f1: number };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const f1 = (precision: number, recall: number) =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

export function summarize(scores: readonly ArticleScore[], seconds: number): Evaluation {
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const predicted = scores.reduce((n, s) => n + s.predicted, 0);
  const matched = scores.flatMap((s) => s.matched);
  // No prediction and no gold (negatives only) is a perfect score, not a division by zero.
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched.length / predicted;
  const recall = gold === 0 ? 1 : matched.length / gold;
  const share = (test: (m: ArticleScore['matched'][number]) => boolean) =>
    matched.length === 0 ? 0 : round(matched.filter(test).length / matched.length);
  let tp = 0;
  let given = 0;
  let expected = 0;
  for (const m of matched) {
    const counts = signatoryCounts(m.predicted, m.gold);
    tp += counts.truePositives;
    given += counts.predicted;
    expected += counts.expected;
  }
  const sp = given === 0 ? (expected === 0 ? 1 : 0) : tp / given;
  const sr = expected === 0 ? 1 : tp / expected;
  return {
    articles: scores.length,
    seconds: round(seconds),
    pairs: { precision: round(precision), recall: round(recall), f1: round(f1(precision, recall)) },
    type: { accuracy: share((m) => m.predicted.type.value === m.gold.type) },
    status: { accuracy: share((m) => m.predicted.status.value === m.gold.status) },
    date: { accuracy: share((m) => dateCorrect(m.predicted, m.gold)) },
    signatories: { f1: round(f1(sp, sr)) },
  };
}
