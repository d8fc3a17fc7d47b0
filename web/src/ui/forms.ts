import { UI_LANGUAGES, type UiLanguage } from '../../../src/shared/languages.ts';

/**
 * The state of a form that sends a `Body`: one entry for each field of the body, held as the form
 * holds it (`Held`, e.g. a text per language where the body takes only those filled in) or else as
 * the body types it. The fields the form does not edit are named in `Left`; so a field added to the
 * API is a type error in the form until the form edits it or says it leaves it out.
 */
export type FormState<
  Body,
  Held extends { [Field in keyof Body]?: unknown },
  Left extends Exclude<keyof Body, keyof Held> = never,
> = {
  [Field in Exclude<keyof Body, Left>]-?: Field extends keyof Held
    ? Held[Field]
    : Exclude<Body[Field], undefined>;
};

/** A text in each language, as a form holds it: empty where the record has none. */
export type LanguageTexts = Record<UiLanguage, string>;

/** A record's text in one or more languages, as a form holds it. */
export function languageTexts(text?: Readonly<Record<string, string | undefined>> | null): LanguageTexts {
  // fromEntries forgets its keys; they are UI_LANGUAGES, every one of them.
  return Object.fromEntries(
    UI_LANGUAGES.map((language) => [language, text?.[language] ?? '']),
  ) as LanguageTexts;
}

/** A text per language, as a body takes it: the languages left empty are not sent. */
export function filledTexts(texts: Readonly<LanguageTexts>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));
}

/** `value` if it is one of `values` (a choice read back from a select or an address), else undefined. */
export function oneOf<Value extends string>(
  values: readonly Value[],
  value: string | null | undefined,
): Value | undefined {
  return values.find((known) => known === value);
}
