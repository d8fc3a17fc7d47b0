/** A text written in one or more languages, keyed by ISO 639-1 code. */
export type LocalizedText = Partial<Record<string, string>>;

/**
 * The best text for a reader: their language, then the languages they likely read,
 * then whatever exists. Keeps the original when nothing matches.
 */
export function pickLocalized(
  text: LocalizedText,
  language: string,
  fallbacks = ['en', 'fr', 'ar'],
): string | undefined {
  for (const candidate of [language, ...fallbacks]) {
    const value = text[candidate];
    if (value) return value;
  }
  return Object.values(text).find((value) => Boolean(value));
}
