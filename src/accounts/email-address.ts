import unhomoglyph from 'unhomoglyph';
import propertyValueAliases from 'unicode-property-value-aliases-ecmascript';
import { ValidationError } from '../shared/errors.ts';

/**
 * Email addresses as accounts and invitations know them, as pure rules: one spelling per address
 * (NFKC, lower case), no invisible characters, no mixing of scripts within a part, and a
 * confusable skeleton (Unicode TR 39) under which addresses that look alike are the same.
 */

/** Trimmed, NFKC-normalized (fullwidth letters, ligatures) and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFKC').toLowerCase().normalize('NFKC');
}

// Controls, format characters (zero-width space and joiners, bidi marks, soft hyphen), spaces,
// private-use, unassigned and surrogate code points, and whatever else Unicode says renders as nothing.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{White_Space}\p{Default_Ignorable_Code_Point}]/u;

// Every script the regular expressions of this runtime know, as Script_Extensions tests.
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ...new Set((propertyValueAliases.get('Script') ?? new Map<string, string>()).values()),
]
  .filter((name) => !['Common', 'Inherited', 'Unknown'].includes(name))
  .flatMap((name) => {
    try {
      return [[name, new RegExp(`^\\p{Script_Extensions=${name}}$`, 'u')] as const];
    } catch {
      return []; // a script newer than this runtime's Unicode tables
    }
  });

// Writing systems that mix scripts by nature (TR 39 §5.1 augmented script sets).
const AUGMENTED: Record<string, string[]> = {
  Han: ['Han_Bopomofo', 'Japanese', 'Korean'],
  Hiragana: ['Japanese'],
  Katakana: ['Japanese'],
  Hangul: ['Korean'],
  Bopomofo: ['Han_Bopomofo'],
};

function scriptsOf(char: string): Set<string> | null {
  const found = SCRIPTS.filter(([, test]) => test.test(char)).map(([name]) => name);
  if (found.length === 0) return null; // Common or Inherited: goes with any script
  return new Set(found.flatMap((name) => [name, ...(AUGMENTED[name] ?? [])]));
}

/** True when the text's letters belong to one script (TR 39 resolved script set not empty). */
export function isSingleScript(text: string): boolean {
  let resolved: string[] | null = null;
  for (const char of text) {
    const scripts = scriptsOf(char);
    if (!scripts) continue;
    resolved = resolved === null ? [...scripts] : resolved.filter((name) => scripts.has(name));
    if (resolved.length === 0) return false;
  }
  return true;
}

/**
 * Checks an address already normalized: its form, no invisible characters, and one script in the
 * local part and in each label of the domain (`pаypal` with a Cyrillic а is refused). Throws a
 * ValidationError naming `field`.
 */
export function assertAcceptableEmail(email: string, field = '/email'): void {
  if (INVISIBLE.test(email)) {
    throw new ValidationError('email.invisible_characters', field);
  }
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const labels = domain.split('.');
  if (
    at <= 0 ||
    local.includes('@') ||
    labels.length < 2 ||
    labels.some((label) => label === '') ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  ) {
    throw new ValidationError('email.invalid', { value: email }, field);
  }
  if (![local, ...labels].every(isSingleScript)) {
    throw new ValidationError('email.mixed_scripts', field);
  }
}

/**
 * The address's confusable skeleton (Unicode TR 39 §4: NFD, each character to its prototype, NFD
 * again). Two addresses with one skeleton look alike: `paypal@x.org` and `pаypal@x.org`.
 */
export function emailSkeleton(email: string): string {
  return unhomoglyph(normalizeEmail(email).normalize('NFD')).normalize('NFD');
}
