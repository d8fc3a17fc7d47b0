/**
 * Phonetic keys of place names: what an Arabic spelling, its French, English or Spanish
 * transliterations and a Cyrillic spelling share. Plain rules, no I/O, applied identically when a
 * name is indexed and when a query is typed (both already normalized by normalizeName).
 *
 * A name becomes a sequence of sound classes, the letters that transliterate ambiguously folded
 * together (و/u/o/w, ي/i/e/y, ك/ق/غ/c/k/q/g, س/ص/ث/s/ts, ش/ch/sh/sch, ج/j/dj, خ/ح/kh/h, ط/ت/t,
 * د/ض/ذ/d, ظ/ز/z, ف/ڤ/f/v/ph…), the Arabic article dropped. Two keys are drawn from it:
 *
 * - the **skeleton** (`phoneticKey`), the consonants alone: vowels, semivowels and h vanish (Arabic
 *   writes no short vowel, French writes ou for u, h is silent in French), sibilants merge (Turkish
 *   ş and s lose their difference when accents go), repeated consonants count once. Tombouctou,
 *   Timbuktu, تمبكتو and تمبوكتو all become `TMBKT`. It is stored beside each name and indexed.
 * - the **full key** (`phoneticSpelling`), which keeps the semivowels and the h (f and v fold into
 *   w): it tells Iloilo (إيلويلو) from Lille, finds Sivas written سيواس, and orders candidates by
 *   its edit distance. Stored and indexed too.
 */

/** Sound classes. Consonants keep their letter; the rest: */
const A = ''; // a, ا, ع, ء: dropped everywhere
const W = 'w'; // o, u, w, و: a vowel or a semivowel
const Y = 'y'; // e, i, y, ي
const H = 'h'; // h, kh, ح, خ, ه
const X = 'x'; // sh, ch, ش (merged into S in the skeleton)
const Z = 'z'; // z, ز, ظ (merged into S in the skeleton)

// Arabic letters after normalizeName's folding (أ→ا, ة→ه, ى→ي, ک→ك…).
const ARABIC: Record<string, string> = {
  ا: A,
  ء: A,
  ع: A,
  ب: 'B',
  پ: 'B',
  ت: 'T',
  ط: 'T',
  ث: 'S',
  س: 'S',
  ص: 'S',
  ج: 'J',
  ژ: 'J',
  چ: X,
  ح: H,
  خ: H,
  ه: H,
  د: 'D',
  ذ: 'D',
  ض: 'D',
  ر: 'R',
  ز: Z,
  ظ: Z,
  ش: X,
  غ: 'K',
  ق: 'K',
  ك: 'K',
  گ: 'K',
  ڨ: 'K',
  ف: 'F',
  ڤ: 'F',
  ل: 'L',
  م: 'M',
  ن: 'N',
  و: W,
  ي: Y,
};

// Cyrillic (Russian, Ukrainian, Bulgarian, Serbian), after NFKD stripped й's and ё's marks.
const CYRILLIC: Record<string, string> = {
  а: A,
  б: 'B',
  в: 'F',
  г: 'K',
  ґ: 'K',
  д: 'D',
  ђ: 'J',
  е: Y,
  є: Y,
  ж: 'J',
  з: Z,
  и: Y,
  і: Y,
  ї: Y,
  ј: Y,
  к: 'K',
  л: 'L',
  љ: 'L',
  м: 'M',
  н: 'N',
  њ: 'N',
  о: W,
  п: 'B',
  р: 'R',
  с: 'S',
  т: 'T',
  ћ: X,
  у: W,
  ф: 'F',
  х: H,
  ц: 'S',
  ч: X,
  џ: 'J',
  ш: X,
  щ: X,
  ъ: A,
  ы: Y,
  ь: A,
  э: Y,
  ю: W,
  я: A,
};

// Latin letter groups, longest first at each position.
const LATIN_GROUPS: Array<[string, string]> = [
  ['tsch', X],
  ['dsch', 'J'],
  ['sch', X],
  ['tch', X],
  ['sh', X],
  ['ch', X],
  ['zh', 'J'],
  ['dj', 'J'],
  ['dz', 'J'],
  ['kh', H],
  ['gh', 'K'],
  ['th', 'T'],
  ['dh', 'D'],
  ['ph', 'F'],
  ['ts', 'S'],
  ['tz', 'S'],
  ['ck', 'K'],
  ['qu', 'K'],
  ['gu', 'K'],
  ['x', 'KS'],
];

const LATIN: Record<string, string> = {
  a: A,
  b: 'B',
  p: 'B',
  d: 'D',
  f: 'F',
  v: 'F',
  h: H,
  j: 'J',
  k: 'K',
  q: 'K',
  l: 'L',
  m: 'M',
  n: 'N',
  r: 'R',
  s: 'S',
  t: 'T',
  z: Z,
  e: Y,
  i: Y,
  y: Y,
  o: W,
  u: W,
  w: W,
};

const FRONT_VOWELS = new Set(['e', 'i', 'y']);
const ARABIC_ARTICLE = 'ال';
// Latin spellings of the Arabic article: al-, el-, and the forms assimilated to the next consonant
// (es-Semara, ed-Dakhla, ech-Chelif), dropped when the next word begins with that consonant.
const LATIN_ARTICLES = new Set(['al', 'el', 'il', 'ul']);

function soundClasses(word: string): string[] {
  const classes: string[] = [];
  let index = 0;
  while (index < word.length) {
    const letter = word[index]!;
    const arabic = ARABIC[letter] ?? CYRILLIC[letter];
    if (arabic !== undefined) {
      // A final ه is mostly a ta marbuta (normalizeName folded ة into it): no sound of its own.
      classes.push(letter === 'ه' && index === word.length - 1 ? A : arabic);
      index++;
      continue;
    }
    const group = LATIN_GROUPS.find(([spelling]) => word.startsWith(spelling, index));
    if (group) {
      classes.push(...(group[1] === 'KS' ? ['K', 'S'] : [group[1]]));
      index += group[0].length;
      continue;
    }
    if (letter === 'c' || letter === 'g') {
      // c and g soften before e, i, y (Nice, Genève); hard elsewhere (Dakar's c in Conakry, Agadez).
      const soft = FRONT_VOWELS.has(word[index + 1] ?? '');
      classes.push(letter === 'c' ? (soft ? 'S' : 'K') : soft ? 'J' : 'K');
      index++;
      continue;
    }
    classes.push(LATIN[letter] ?? (/\p{N}/u.test(letter) ? letter : A));
    index++;
  }
  return classes;
}

/** The words of a normalized name without the article (ال, al-, el-, es- before s…). */
function wordsWithoutArticle(normalized: string): string[] {
  const words = normalized.split(' ').filter(Boolean);
  return words.flatMap((word, index) => {
    if (word.startsWith(ARABIC_ARTICLE) && word.length >= 4) return [word.slice(2)];
    const next = words[index + 1];
    if (!next) return [word];
    if (LATIN_ARTICLES.has(word)) return [];
    // Assimilated article: a or e, then the consonant(s) the next word begins with (es Semara, ech Chelif).
    if (/^[ae][a-z]{1,2}$/.test(word) && word !== 'an' && next.startsWith(word.slice(1))) return [];
    return [word];
  });
}

function classesOf(normalized: string): string[] {
  return wordsWithoutArticle(normalized).flatMap(soundClasses);
}

function collapse(classes: string[]): string {
  let key = '';
  for (const symbol of classes) {
    if (symbol && !key.endsWith(symbol)) key += symbol;
  }
  return key;
}

const SKELETON_DROPS = new Set([A, W, Y, H]);
const SKELETON_MERGES: Record<string, string> = { [X]: 'S', [Z]: 'S' };

/**
 * The consonant skeleton of a normalized name: the key that spellings of one name in Arabic, Latin
 * and Cyrillic scripts share. Empty when the name has no consonant it knows (Chinese, Greek…).
 */
export function phoneticKey(normalized: string): string {
  return collapse(
    classesOf(normalized)
      .filter((symbol) => !SKELETON_DROPS.has(symbol))
      .map((symbol) => SKELETON_MERGES[symbol] ?? symbol),
  );
}

/** The finer key: the skeleton with the semivowels (w, y) and h kept, to order places sharing a skeleton. */
export function phoneticSpelling(normalized: string): string {
  // و stands for v as often as ف does (سيواس, Sivas): f and v join the semivowel here.
  return collapse(
    classesOf(normalized)
      .filter((symbol) => symbol !== A)
      .map((symbol) => (symbol === 'F' ? W : symbol)),
  );
}

/** Edit distance (insertions, deletions, substitutions) between two short keys. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The consonant classes a skeleton is written with. */
const SKELETON_LETTERS = ['B', 'D', 'F', 'J', 'K', 'L', 'M', 'N', 'R', 'S', 'T'];

/**
 * The skeletons one consonant away from `skeleton` (one changed, missing or added; runs collapsed
 * as in phoneticKey): a typo tolerance looked up as a list of keys in the skeletons' index.
 */
export function skeletonNeighbours(skeleton: string): string[] {
  const found = new Set<string>();
  const add = (candidate: string) => {
    const collapsed = collapse([...candidate]);
    if (collapsed && collapsed !== skeleton) found.add(collapsed);
  };
  for (let index = 0; index <= skeleton.length; index++) {
    const before = skeleton.slice(0, index);
    if (index < skeleton.length) {
      const after = skeleton.slice(index + 1);
      add(before + after);
      for (const letter of SKELETON_LETTERS) add(before + letter + after);
    }
    for (const letter of SKELETON_LETTERS) add(before + letter + skeleton.slice(index));
  }
  return [...found];
}
