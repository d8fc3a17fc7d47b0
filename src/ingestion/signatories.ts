/**
 * Who signed for each party (rule 7 of the annotation guide): a person named beside the role of
 * head of that party's authority (mayor, maire, alcalde, رئيس بلدية, عمدة, wali, president of the
 * commune, municipal chief executive, "his counterpart") in a sentence about the signing.
 * Witnesses, vice-mayors, governors, prefects, ministers and the heads of other places are not
 * signatories. Plain rules, no I/O.
 */
import { HEAD_ROLES, PERSON_TITLES } from './lexicon.ts';
import { onlyKindWords } from './pairs.ts';
import { ARABIC_LETTER, findPhrases, type Span, tokenize } from './text.ts';

export interface SignatoryMention {
  name: string;
  role: string;
  /** Index of the party (in the list given) the role ties the person to, or null. */
  party: number | null;
  passage: Span & { text: string };
  /** A role with no place at all ("Mayor Jerry Treñas"): the person may be the party left without one. */
  bare: boolean;
  /** True when the sentence says they signed; false when only their presence at the signing is told. */
  explicit: boolean;
  confidence: number;
}

const ROLE_WORDS = new Set(HEAD_ROLES.map((role) => role.split(' ')[0]!));
const COUNTERPART_ROLES = ['homologue', 'counterpart', 'homologo', 'celui', 'celle', 'نظيره', 'نظيرته'];
// One list, so that its phrases are indexed once (text.ts findPhrases).
const ROLE_PHRASES: readonly string[] = [...HEAD_ROLES, ...COUNTERPART_ROLES];
const WITNESS_WORDS = [
  'witness',
  'witnesses',
  'witnessed',
  'temoin',
  'temoins',
  'testigo',
  'testigos',
  'شاهد',
  'شهود',
];
const ARABIC_NAME_STOPS = new Set([
  'جانب',
  'التوقيع',
  'مراسيم',
  'من',
  'بحضور',
  'حضور',
  'كل',
  'عن',
  'في',
  'على',
  'الى',
  'وقع',
  'وقعها',
  'ترأس',
  'وترأس',
  'ضم',
  'و',
]);
const LATIN_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Hon|M|Mme|Sr|Sra)\.?\s+)?(\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+(?:(?:de|da|del|van|von|el|al|bin|ben|dos)\s+)?\p{Lu}[\p{L}\p{M}'’\-]+){1,4})`;

export interface SignatoryParty {
  /** The spellings the party goes by: as written, the gazetteer's name, a shorter form ("Ivry"). */
  names: string[];
}

function partyAt(
  folded: string,
  position: number,
  parties: readonly SignatoryParty[],
  foldName: (n: string) => string,
) {
  const rest = folded.slice(position);
  let best: { party: number; length: number } | null = null;
  parties.forEach((party, index) => {
    for (const name of party.names) {
      const key = foldName(name);
      if (key && rest.startsWith(key) && (!best || key.length > best.length))
        best = { party: index, length: key.length };
    }
  });
  return best as { party: number; length: number } | null;
}

/**
 * The signatories named in the sentences about a signing, each tied to one of `parties` when its
 * role names that party. `fold` folds a name as the text is folded.
 */
export function findSignatories(
  text: string,
  folded: string,
  sentences: readonly Span[],
  parties: readonly SignatoryParty[],
  foldName: (name: string) => string,
  explicitSentences: ReadonlySet<Span> = new Set(),
): SignatoryMention[] {
  const found: SignatoryMention[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const tokens = tokenize(folded.slice(sentence.start, sentence.end), sentence.start);
    if (findPhrases(tokens, WITNESS_WORDS).length > 0 && !explicitSentences.has(sentence)) continue;
    const roles = findPhrases(tokens, ROLE_PHRASES);
    for (const role of roles) {
      const before = folded.slice(Math.max(sentence.start, role.start - 12), role.start);
      if (/vice[\s-]*$|نائب\s*$/u.test(before)) continue;
      const arabic = ARABIC_LETTER.test(role.phrase);
      // The party the role names: right after it ("maire de la commune de X"), or right before ("Sunyani Municipal Chief Executive").
      let party: number | null = null;
      let nameFrom = role.end;
      for (let position = role.end; position < Math.min(sentence.end, role.end + 60); position++) {
        if (!/[\s(]/.test(folded[position - 1] ?? ' ') && position !== role.end) continue;
        const hit = partyAt(folded, position, parties, foldName);
        if (hit && onlyKindWords(folded.slice(role.end, position))) {
          party = hit.party;
          nameFrom = position + hit.length;
          break;
        }
      }
      if (party === null) {
        const possessive =
          /ها$/.test(folded.slice(role.start, role.end)) ||
          /^\S*ها(?:\s|$)/.test(folded.slice(role.end, role.end + 12).trim());
        if (possessive || COUNTERPART_ROLES.includes(role.phrase)) {
          // "رئيسها", "رئيس بلديتها" (its head), "son homologue": the party named last before.
          let lastAt = -1;
          parties.forEach((p, index) => {
            for (const name of p.names) {
              const at = folded.lastIndexOf(foldName(name), role.start);
              if (at >= sentence.start && at > lastAt) {
                lastAt = at;
                party = index;
              }
            }
          });
          if (/^\S*ها(?:\s|$)/.test(folded.slice(role.end, role.end + 12).trim()))
            nameFrom = folded.indexOf(' ', role.end + 1);
        } else {
          // A role right after a party's name: "Dobong-gu Mayor", "Sunyani Municipal Chief Executive".
          const prefix = folded.slice(sentence.start, role.start);
          parties.forEach((p, index) => {
            for (const name of p.names) {
              const key = foldName(name);
              const at = prefix.lastIndexOf(key);
              if (
                key &&
                at >= 0 &&
                prefix.length - at - key.length < 30 &&
                onlyKindWords(prefix.slice(at + key.length))
              )
                party = index;
            }
          });
          // "عمدة مدينة مرسيليا": the head of a place that is not a party here.
          const next = tokenize(folded.slice(role.end, role.end + 20), role.end)[0];
          if (party === null && next && /^(?:of|de|du|d|del|مدينه|بلديه|جماعه|لمدينه)$/.test(next.text))
            continue;
        }
      }
      let name: string | null = null;
      let nameStart = nameFrom;
      if (arabic) {
        const after = tokenize(folded.slice(nameFrom, Math.min(sentence.end, nameFrom + 80)), nameFrom);
        const words = [];
        for (const token of after) {
          const gap = folded.slice(words.length ? words.at(-1)!.end : nameFrom, token.start);
          if (words.length && /[,.;:]/.test(gap)) break;
          if (!words.length && /[.;:]/.test(gap)) break;
          if (words.length && token.text.startsWith('و') && !token.text.startsWith('وا')) break;
          // "عمدة دبلن ورئيس بلدية رام الله": the next role, not a name.
          if (!words.length && token.text.startsWith('و') && ROLE_WORDS.has(token.text.slice(1))) break;
          if (ARABIC_NAME_STOPS.has(token.text)) break;
          words.push(token);
          if (words.length === 4) break;
        }
        if (words.length >= 2) {
          nameStart = words[0]!.start;
          name = text.slice(words[0]!.start, words.at(-1)!.end);
        } else {
          // "الراغب حرمة الله، رئيس مجلس جماعة الداخلة": the name before the role and its comma.
          const prefix = tokenize(folded.slice(sentence.start, role.start), sentence.start);
          const between = prefix.length ? folded.slice(prefix.at(-1)!.end, role.start) : '';
          if (/^\s*,\s*$/.test(between)) {
            const back = [];
            for (let k = prefix.length - 1; k >= 0 && back.length < 4; k--) {
              if (ARABIC_NAME_STOPS.has(prefix[k]!.text)) break;
              if (k < prefix.length - 1 && /[,.;:]/.test(folded.slice(prefix[k]!.end, prefix[k + 1]!.start)))
                break;
              back.unshift(prefix[k]!);
            }
            if (back.length >= 2) {
              nameStart = back[0]!.start;
              name = text.slice(back[0]!.start, back.at(-1)!.end);
            }
          }
        }
      } else {
        const after = text.slice(nameFrom, Math.min(sentence.end, nameFrom + 60));
        const match = after.match(new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?,?\s*${LATIN_NAME}`, 'u'));
        if (match) {
          name = match[1]!;
          nameStart = nameFrom + after.indexOf(name);
        } else {
          // "Mr Kwasi Oppong-Ababio, Sunyani Municipal Chief Executive": the name before the role.
          const prefix = text.slice(Math.max(sentence.start, role.start - 90), role.start);
          const back = prefix.match(new RegExp(`${LATIN_NAME},\\s*(?:\\p{Lu}[\\p{L}\\-]+\\s+){0,3}$`, 'u'));
          if (back) {
            name = back[1]!;
            nameStart = role.start - prefix.length + prefix.lastIndexOf(name);
          }
        }
      }
      if (!name) continue;
      name = name.replace(/\s+/g, ' ');
      const words = name.split(/\s+/);
      if (
        words.some((word) => PERSON_TITLES.includes(word.toLowerCase().replace(/\./g, ''))) &&
        words.length < 2
      )
        continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({
        name,
        role: text
          .slice(role.start, Math.max(role.end, Math.min(nameStart, role.end + 60)))
          .replace(/[\s,،]+$/u, ''),
        party,
        passage: {
          start: Math.min(role.start, nameStart),
          end: Math.max(role.end, nameStart + name.length),
          text: '',
        },
        explicit: explicitSentences.has(sentence),
        bare:
          party === null &&
          nameStart >= role.end &&
          !/\p{Lu}[\p{L}-]*\s*$/u.test(text.slice(Math.max(sentence.start, role.start - 25), role.start)),
        confidence: party === null ? 0.4 : 0.7,
      });
    }
  }
  for (const signatory of found)
    signatory.passage.text = text.slice(signatory.passage.start, signatory.passage.end);
  return found;
}
