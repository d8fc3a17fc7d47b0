/**
 * Where an article may name a place, and what its context says about it: candidate spans (a
 * capitalized name in Latin script; in Arabic, the words after a word for a local authority, after
 * "between"/"with", before a bracketed country, or joined by "و" to a name already found), the
 * country its context gives (a bracketed or following country name, a demonym), whether it is a
 * refugee-camp wilaya, the place where something happens rather than a party, or an organization
 * that is not a local authority. Plain rules, no I/O: the names are resolved by the place search.
 */
import { resolveCountry } from '../imports/countries.ts';
import { isCalendarWord } from './dates.ts';
import {
  ARABIC_KIND_WORDS,
  AUTHORITY_TAIL_WORDS,
  BETWEEN_WORDS,
  CAMP_WORDS,
  COUNTRY_WORDS,
  DOCUMENT_HEADS,
  HEAD_ROLES,
  KIND_WORDS,
  LOCATIVE_WORDS,
  NON_AUTHORITY_WORDS,
  PERSON_TITLES,
  REGION_COUNTRIES,
  SIGNING_WORDS,
  TYPE_MARKERS,
  WITH_WORDS,
  WITNESS_PHRASES,
} from './lexicon.ts';
import { ARABIC_LETTER, fold, type Span, type Token, tokenize, wordForms } from './text.ts';

export interface Candidate extends Span {
  /** The name to look up, as written (without a kind word, a clitic or an organization's tail). */
  query: string;
  /** Where the name itself lies (start, end) in the text. */
  nameStart: number;
  nameEnd: number;
  /** Shorter spellings to try when the whole query finds nothing (each a sub-span). */
  fallbacks: Array<{ query: string; start: number; end: number }>;
  /** ISO 3166 code the context gives (a bracketed country, a demonym), or null. */
  country: string | null;
  /** The context calls it a refugee camp or a wilaya of the camps. */
  camp: boolean;
  /** A preposition of place precedes it: where an act happens, not a party ("signé à Smara"). */
  locative: boolean;
  /** Named with a word for an organization that is not a local or regional authority. */
  nonAuthority: boolean;
}

const CAPITALIZED = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*`;
const CONNECTOR = String.raw`(?:\s+(?:of|de|del|de la|du|des|la|le|sur|upon|am)\s+|\s+d['’]|[ \t]+)`;
const NAME_SPAN = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:[dlDL]['’](?=\p{Lu}))?${CAPITALIZED}(?:${CONNECTOR}${CAPITALIZED})*`,
  'gu',
);

/** Capitalized words that begin sentences or name roles, not places. */
const LATIN_STOP = new Set([
  'the',
  'both',
  'ambas',
  'ambos',
  'tanto',
  'between',
  'entre',
  // "la Ciudad Autónoma de Buenos Aires": the city's status, not its name.
  'autonoma',
  'autonome',
  'autonomous',
  'a',
  'an',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
  'ce',
  'ces',
  'cet',
  'cette',
  'el',
  'los',
  'las',
  'en',
  'in',
  'on',
  'at',
  'de',
  'du',
  'par',
  'pour',
  'for',
  'with',
  'his',
  'her',
  'their',
  'this',
  'that',
  'these',
  'it',
  'he',
  'she',
  'they',
  'we',
  'our',
  'notre',
  'nos',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'il',
  'elle',
  'ils',
  'elles',
  'moreover',
  'according',
  'mayor',
  'mayors',
  'lord',
  'governor',
  'president',
  'presidente',
  'president',
  'vice',
  'maire',
  'mairesse',
  'prefet',
  'alcalde',
  'vicealcalde',
  'minister',
  'ministre',
  'secretary',
  'secretaire',
  'director',
  'directeur',
  'executive',
  'chief',
  'wali',
  'mr',
  'mrs',
  'ms',
  'dr',
  'hon',
  'm',
  'mme',
  'city',
  'cities',
  'ville',
  'villes',
  'commune',
  'communes',
  'ciudad',
  'municipio',
  'municipality',
  'municipal',
  'town',
  'region',
  'province',
  'district',
  'county',
  'council',
  'conseil',
  'assembly',
  'local',
  'source',
  'publie',
  'published',
  'submitted',
  'celebran',
  'agrego',
  'menciono',
  'por',
  'quant',
  'ainsi',
  'during',
  'after',
  'before',
  'since',
  'depuis',
  'also',
  'sister',
  'twinning',
  'jumelage',
  'cooperation',
  'agreement',
  'memorandum',
  'protocol',
  'convention',
  'convenio',
  'accord',
  'accords',
  'international',
  'skip',
  'main',
  'content',
  'news',
  'actualites',
  'region',
]);

const LEADING_WORDS = new Set([
  ...KIND_WORDS,
  'mayor',
  'lord',
  'governor',
  'maire',
  'mairesse',
  'alcalde',
  'vicealcalde',
  'president',
  'presidente',
  'wali',
  'urbaine',
  'rurale',
]);

const norm = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .trim();

const LEXICON_WORDS = new Set([
  ...DOCUMENT_HEADS,
  ...TYPE_MARKERS.flatMap((marker) => marker.phrases),
  ...WITNESS_PHRASES,
  ...HEAD_ROLES,
  ...KIND_WORDS,
  'gouverneur',
  'gobernador',
  'prefet',
  'prefecture',
  'ministre',
  'ministro',
  'ambassadeur',
  'embajador',
  'senator',
  'senateur',
  'depute',
  'diputado',
  'king',
  'roi',
  'rey',
  'royaume',
  'kingdom',
  'reino',
]);

/** Whether one capitalized word may be a place's name: not a sentence's first article, a role, a month, a word of the lexicon. */
function latinNameWord(word: string): boolean {
  const key = norm(word);
  return !LATIN_STOP.has(key) && !LEXICON_WORDS.has(key) && !isCalendarWord(key);
}

/** The country of a state or province written after a city's name ("Carmel, Indiana"). */
function regionCountry(words: string): string | null {
  return REGION_COUNTRIES.get(fold(words).replace(/\s+/g, ' ').trim()) ?? null;
}

/** A country named by a word or a few (English, French or Arabic name, a demonym, an Arabic نسبة adjective). */
export function countryOf(words: string): string | null {
  const key = norm(words).replace(/\s+/g, ' ');
  if (!key) return null;
  // "et", "de", "us" are words before they are codes: a short code counts written in capitals only.
  if (key.length <= 3 && !/^[A-Z.]+$/.test(words.trim())) return null;
  if (COUNTRY_WORDS[key]) return COUNTRY_WORDS[key]!;
  const found = resolveCountry(words);
  if (found && !found.corrected) return found.code;
  if (ARABIC_LETTER.test(key)) {
    for (const form of wordForms(key.replace(/\s.*/, ''))) {
      // "بالجمهورية", "الروسية", "الموريتانية": an adjective of a country, the article ال before it.
      const bare = form.replace(/^ال/, '');
      if (COUNTRY_WORDS[bare]) return COUNTRY_WORDS[bare]!;
      // "البنين", "السنغال": a country's name with the article.
      const named = resolveCountry(bare);
      if (named && !named.corrected && bare.length > 2) return named.code;
      if (/يه$|ية$/.test(bare)) {
        const stem = bare.replace(/يه$|ية$/, '');
        for (const guess of [`${stem}يا`, `${stem}ا`, stem, `ال${stem}`]) {
          const code = resolveCountry(guess);
          if (code && !code.corrected) return code.code;
        }
      } else if (form !== key) {
        const code = resolveCountry(form);
        if (code && !code.corrected) return code.code;
      }
    }
  }
  return null;
}

/** The country the words around a name give: "(Mali)", ", Guatemala", "in Cape Verde", "الروسية", "la ville française de". */
export function countryAround(text: string, start: number, end: number, sentenceEnd: number): string | null {
  const after = text.slice(end, Math.min(sentenceEnd, end + 60));
  // "Palca – (Bolivia)": a dash may stand before the bracket.
  const bracket = after.match(/^\s*[–—-]?\s*\(([^()]{2,40})\)/u);
  if (bracket) {
    const code = countryOf(bracket[1]!);
    if (code) return code;
  }
  const following = after.match(
    /^\s*(?:,|\bin\b|\ben\b|\bof\b|\bde\b|في|ب)?\s*(?:the\s+)?([\p{L}\p{M}'’.\- ]{2,40})/u,
  );
  if (following) {
    const words = following[1]!.trim().split(/\s+/);
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const phrase = words
        .slice(0, n)
        .join(' ')
        .replace(/[.’']s?$/u, '');
      const code = countryOf(phrase) ?? (/^\s*,/.test(after) ? regionCountry(phrase) : null);
      if (code) return code;
    }
  }
  if (ARABIC_LETTER.test(after)) {
    // "توجنين بالجمهورية الإسلامية الموريتانية": a country adjective among the next words.
    const words = after
      .split(/[.,،;:()\n]/u)[0]!
      .trim()
      .split(/\s+/)
      .slice(0, 4);
    for (const word of words) {
      // "صور ونوفوروسيسك الروسية": the adjective after the next name is that name's.
      if (/^و/.test(word) && !/^وال/.test(word)) break;
      const code = countryOf(word);
      if (code) return code;
    }
  }
  const before = text.slice(Math.max(0, start - 40), start);
  const preceding = before.match(/([\p{L}\p{M}.'’ ]{2,40})$/u);
  if (preceding) {
    const words = preceding[1]!
      .trim()
      .split(/\s+/)
      .filter((word) => !KIND_WORDS.includes(norm(word)) && !LEADING_WORDS.has(norm(word)));
    for (let n = Math.min(2, words.length); n >= 1; n--) {
      const code = countryOf(
        words
          .slice(-n)
          .join(' ')
          .replace(/['’]s?$/u, ''),
      );
      if (code) return code;
    }
  }
  return null;
}

function campAround(folded: string, start: number, end: number): boolean {
  const window = tokenize(folded.slice(Math.max(0, start - 30), Math.min(folded.length, end + 45)));
  return window.some((token) => wordForms(token.text).some((form) => CAMP_WORDS.includes(form)));
}

function locativeBefore(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 20), start);
  const words = tokenize(before);
  const last = words.at(-1);
  if (!last || before.slice(last.end - 0).trim() !== '') {
    // punctuation between the preposition and the name ("à Smara," is fine; "Smara)" is not a preposition)
  }
  if (last && before.slice(last.end).trim() === '' && LOCATIVE_WORDS.includes(last.text)) return true;
  return false;
}

function nonAuthorityIn(foldedSpan: string): boolean {
  return tokenize(foldedSpan).some((token) => NON_AUTHORITY_WORDS.includes(token.text));
}

/** A capitalized span that names a person: after a title, or beside a role ("Mayor X", "le maire de Y, X"). */
function personLike(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 70), start);
  const lastWord = before.match(/([\p{L}]+)\.?\s*$/u)?.[1] ?? '';
  if (PERSON_TITLES.includes(lastWord)) return true;
  // "Le maire de la commune de Bondoukou, Koné Hiliassou": a comma after a role phrase.
  if (/,\s*$/.test(before)) {
    const trimmed = before.replace(/,\s*$/, '');
    const clause = trimmed.slice(trimmed.lastIndexOf(',') + 1);
    if (HEAD_ROLES.some((role) => new RegExp(`(?:^|\\s)${role}(?:\\s|$)`, 'u').test(clause))) return true;
    if (
      /(?:^|\s)(?:president|presidente|secretaire|secretary|representant|director|directeur|governor|gouverneur|prefet|ministre|minister|vice|celui|celle|homologue|counterpart|homologo)(?:\s|$)/u.test(
        clause,
      )
    )
      return true;
  }
  // "Mr Kwasi Oppong-Ababio, Sunyani Municipal Chief Executive": a role after a comma.
  const after = folded.slice(end, end + 60);
  if (
    /^\s*,\s*(?:\S+\s+){0,3}(?:municipal chief executive|mayor|maire|alcalde|executive director|president|governor)/u.test(
      after,
    )
  )
    return true;
  // Two or more capitalized words directly after a role word: "Mayor Jerry Treñas".
  if (/(?:mayor|maire|alcalde|governor|president|wali)\s*$/u.test(before)) return true;
  return false;
}

/** The capitalized names of a span of Latin text, as candidates. */
function latinCandidates(text: string, folded: string, span: Span): Candidate[] {
  const out: Candidate[] = [];
  const slice = text.slice(span.start, span.end);
  for (const match of slice.matchAll(NAME_SPAN)) {
    let start = span.start + match.index;
    let end = start + match[0].length;
    let raw = match[0];
    // "d’Amkala", "l’Agglomération": the elided article is not part of the name.
    const elided = raw.match(/^[dlDL]['’](?=\p{Lu})/u);
    if (elided) {
      start += elided[0].length;
      raw = raw.slice(elided[0].length);
    }
    // Leading words for the kind of place or a role: "City of Praia", "Mayor of Kumasi".
    let words = [...raw.matchAll(/\S+/g)].map((m) => ({
      word: m[0],
      start: start + m.index,
      end: start + m.index + m[0].length,
    }));
    let stripped = false;
    while (
      words.length > 1 &&
      (LEADING_WORDS.has(norm(words[0]!.word)) || LATIN_STOP.has(norm(words[0]!.word)))
    ) {
      words = words.slice(1);
      stripped = true;
    }
    while (words.length > 1 && ['of', 'de', 'del', 'du', 'des', 'la', 'le'].includes(norm(words[0]!.word)))
      words = words.slice(1);
    // "Dobong-gu of South Korea", "Colima de México": the name ends before its country.
    for (let k = 1; k < words.length - 1; k++) {
      if (
        ['of', 'de', 'del', 'du', 'in', 'en'].includes(norm(words[k]!.word)) &&
        countryOf(
          words
            .slice(k + 1)
            .map((w) => w.word)
            .join(' '),
        )
      ) {
        words = words.slice(0, k);
        break;
      }
    }
    if (words.length === 0) continue;
    start = words[0]!.start;
    const nameEnd = words.at(-1)!.end;
    const query = text.slice(start, nameEnd);
    if (words.length === 1 && !latinNameWord(query)) continue;
    // Acronyms name organizations (KMA, TSCI, UVICOCI), and "MoU" a document.
    if (/^[\p{Lu}\d-]{2,5}$/u.test(query) || /^\p{Lu}[\p{Ll}]?\p{Lu}+$/u.test(query)) continue;
    if (query.length < 3) continue;
    // "Carmel, Indiana": the state after a city's name says where the city is.
    if (regionCountry(query) && /[\p{L}\p{M}.]\s*,\s*$/u.test(text.slice(Math.max(0, start - 3), start)))
      continue;
    if (personLike(folded, start, nameEnd) && !stripped) continue;
    const fallbacks: Candidate['fallbacks'] = [];
    // "Kumasi Metropolitan Assembly", "Tuscaloosa Sister Cities International": the name before its body's words.
    let tail = words.length;
    while (tail > 1 && AUTHORITY_TAIL_WORDS.includes(norm(words[tail - 1]!.word))) tail--;
    if (tail < words.length)
      fallbacks.push({ query: text.slice(start, words[tail - 1]!.end), start, end: words[tail - 1]!.end });
    end = nameEnd;
    const sentenceEnd = span.end;
    out.push({
      start,
      end,
      query,
      nameStart: start,
      nameEnd: end,
      fallbacks,
      country: countryAround(text, start, end, sentenceEnd),
      camp: campAround(folded, start, end),
      locative: locativeBefore(folded, start),
      nonAuthority: nonAuthorityIn(folded.slice(start, end)),
    });
  }
  return out;
}

const ARABIC_STOP = new Set([
  'في',
  'من',
  'الى',
  'على',
  'عن',
  'مع',
  'بين',
  'التي',
  'الذي',
  'هذه',
  'هذا',
  'اليوم',
  'كل',
  'ان',
  'او',
  'ثم',
  'قد',
  'تم',
  'كما',
  'وقد',
  'حيث',
  'وذلك',
  'اطار',
]);

const ARABIC_LEXICON = new Set(
  [
    ...SIGNING_WORDS,
    ...DOCUMENT_HEADS,
    ...TYPE_MARKERS.flatMap((marker) => marker.phrases),
    ...HEAD_ROLES,
  ].flatMap((phrase) => phrase.split(' ')),
);

/** A word of the lexicon (a verb of signing, a document, a role) is no place's name. */
function arabicLexiconWord(word: string): boolean {
  return wordForms(word).some((form) => ARABIC_LEXICON.has(form));
}

function isKindToken(token: Token): boolean {
  return wordForms(token.text).some(
    (form) => ARABIC_KIND_WORDS.includes(form) || ARABIC_KIND_WORDS.includes(form.replace(/^ال/, '')),
  );
}

/** A run of up to three Arabic words from `index`, each a candidate (longest first), clitics stripped from the first. */
function arabicRun(
  text: string,
  folded: string,
  tokens: Token[],
  index: number,
  span: Span,
  conjoined = false,
): Candidate[] {
  const first = tokens[index];
  if (!first || !ARABIC_LETTER.test(first.text) || isKindToken(first)) return [];
  if (ARABIC_STOP.has(first.text) || arabicLexiconWord(first.text)) return [];
  const run: Token[] = [first];
  for (let k = index + 1; k < Math.min(tokens.length, index + 3); k++) {
    const gap = folded.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (gap.trim() !== '' || !ARABIC_LETTER.test(tokens[k]!.text) || ARABIC_STOP.has(tokens[k]!.text)) break;
    if (/^و/.test(tokens[k]!.text) || isKindToken(tokens[k]!) || arabicLexiconWord(tokens[k]!.text)) break;
    run.push(tokens[k]!);
  }
  const out: Candidate[] = [];
  // After "and" ("ومرسيليا" following a name), the name without the conjunction comes first.
  const forms = wordForms(first.text);
  const ordered = conjoined && first.text.startsWith('و') ? [...forms.slice(1), forms[0]!] : forms;
  const starts = ordered.map((form) => first.end - form.length);
  for (let length = run.length; length >= 1; length--) {
    const end = run[length - 1]!.end;
    for (const start of starts) {
      const query = text.slice(start, end);
      if (query.replace(/\s/g, '').length < 2) continue;
      out.push({
        start,
        end,
        query,
        nameStart: start,
        nameEnd: end,
        fallbacks: [],
        country: countryAround(text, start, end, span.end),
        camp: campAround(folded, first.start, end),
        locative:
          start === first.start + 1 && /^[بف]/.test(first.text) && !isKindToken(first)
            ? true
            : locativeBefore(folded, first.start),
        nonAuthority: false,
      });
    }
  }
  return out;
}

/**
 * Groups of alternative candidates (the longest spelling first) for each place a span of text
 * may name. `found` tells the Arabic scan which group resolved, to follow coordinated names.
 */
export async function scanCandidates(
  text: string,
  folded: string,
  span: Span,
  heading: boolean,
  resolve: (alternatives: Candidate[]) => Promise<Candidate | null>,
): Promise<Candidate[]> {
  if (!ARABIC_LETTER.test(folded.slice(span.start, span.end))) {
    const found: Candidate[] = [];
    for (const candidate of latinCandidates(text, folded, span)) {
      const alternatives = [
        candidate,
        ...candidate.fallbacks.map((f) => ({ ...candidate, query: f.query, nameEnd: f.end })),
      ];
      const hit = await resolve(alternatives);
      if (hit) found.push({ ...hit, start: candidate.start, end: candidate.end });
    }
    return found;
  }
  const tokens = tokenize(folded.slice(span.start, span.end), span.start);
  const found: Candidate[] = [];
  const tried = new Set<number>();
  const tryAt = async (index: number, conjoined = false) => {
    if (tried.has(index) || index >= tokens.length) return null;
    tried.add(index);
    const hit = await resolve(arabicRun(text, folded, tokens, index, span, conjoined));
    if (hit) {
      // The words of a name found are not the start of another one ("بورطو نوفو" is not "نوفو").
      tokens.forEach((token, k) => {
        if (token.start >= hit.start && token.end <= hit.end) tried.add(k);
      });
      // Among the nisba adjectives after a name ("نوفوروسيسك الروسية"), no other name starts.
      found.push(hit);
      return hit;
    }
    return null;
  };
  const slots = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isKindToken(token)) {
      let next = i + 1;
      // "المجلس الجماعي لمدينة مراكش": kind words in a row.
      while (next < tokens.length && isKindToken(tokens[next]!)) next++;
      slots.add(next);
    }
    if (wordForms(token.text).some((form) => BETWEEN_WORDS.includes(form) || WITH_WORDS.includes(form)))
      slots.add(i + 1);
    const after = folded.slice(token.end, token.end + 2);
    if (/^\s*\(/.test(after)) {
      slots.add(i);
      if (i > 0 && folded.slice(tokens[i - 1]!.end, token.start).trim() === '') slots.add(i - 1);
    }
    // A list after a colon, one name a line or after commas: "مع مدن:\nأنجامينا (تشاد)، نيامي (النيجر)".
    const gapBefore = i > 0 ? folded.slice(tokens[i - 1]!.end, token.start) : '';
    if (/\n/.test(gapBefore) || (/,/.test(gapBefore) && /\)/.test(gapBefore))) slots.add(i);
    if (heading && i === 0) slots.add(0);
  }
  for (const index of [...slots].sort((a, b) => a - b)) {
    const gap = index > 0 ? folded.slice(tokens[index - 1]!.end, tokens[index]!.start) : '';
    const hit = await tryAt(index, /[),]/.test(gap));
    if (!hit) continue;
    // Names joined to this one by "و" ("صور ونوفوروسيسك", "السمارة وأمكالة"), or listed after it.
    let last = hit;
    for (;;) {
      const nextIndex = tokens.findIndex((t) => t.start >= last.end);
      if (nextIndex < 0) break;
      let k = nextIndex;
      // Skip the country in brackets and nisba adjectives after the name.
      while (
        k < tokens.length &&
        ((/\(/.test(folded.slice(last.end, tokens[k]!.start)) &&
          !/\)/.test(folded.slice(last.end, tokens[k]!.start))) ||
          /^ال\S+يه$/.test(tokens[k]!.text))
      )
        k++;
      const token = tokens[k];
      if (!token) break;
      const gap = folded.slice(last.end, token.start);
      if (!(/^و/.test(token.text) || /^\s*\([^)]*\)\s*,\s*$/.test(gap)) || gap.length > 40) break;
      let index = k;
      if (isKindToken(token)) index = k + 1;
      const next = await tryAt(index, true);
      if (!next) break;
      last = next;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export { tokenize };
