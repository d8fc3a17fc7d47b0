import { Fragment, type ReactNode } from 'react';
import type { UiLanguage } from '../../../src/shared/languages.ts';
import { useLanguage } from '../i18n/i18n.tsx';

/**
 * How joined names are separated: a middle dot between two spellings or facts, a dash between the
 * two ends of something, a comma between items of a list (the Arabic comma in Arabic pages), or the
 * reader's own "A, B and C" from Intl.ListFormat.
 */
export type Separator = 'dot' | 'dash' | 'em' | 'comma' | 'and';

/** The literal that separates two joined names, in the reader's language. */
export function separatorText(separator: Exclude<Separator, 'and'>, language: UiLanguage): string {
  switch (separator) {
    case 'dot':
      return ' · ';
    case 'dash':
      return ' – ';
    case 'em':
      return ' — ';
    case 'comma':
      return language === 'ar' ? '، ' : ', ';
  }
}

const listFormats = new Map<UiLanguage, Intl.ListFormat>();

/** The parts of the reader's "A, B and C" for this many items: indexes of items, and literals between. */
function listParts(language: UiLanguage, count: number): Array<number | string> {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction', style: 'long' });
    listFormats.set(language, format);
  }
  const placeholders = Array.from({ length: count }, (_, index) => String(index));
  return format
    .formatToParts(placeholders)
    .map((part) => (part.type === 'element' ? Number(part.value) : part.value));
}

/**
 * A name, isolated from the text around it: its own script sets its direction, and it never
 * reorders a separator or a neighbouring name written in the other script.
 */
export function Isolate({ lang, children }: { lang?: string; children: ReactNode }) {
  return <bdi lang={lang}>{children}</bdi>;
}

/**
 * Names joined by separators that stay outside every name, so that Arabic and Latin names never run
 * together in either direction. Each item is isolated unless it is already an isolating element
 * (a Name, an Isolate).
 */
export function Joined({
  items,
  separator = 'dot',
  isolate = true,
}: {
  items: ReactNode[];
  separator?: Separator;
  /** False when the items are already isolated (Name components, Isolate elements). */
  isolate?: boolean;
}) {
  const { language } = useLanguage();
  const present = items.filter(
    (item) => item !== null && item !== undefined && item !== false && item !== '',
  );
  const wrap = (item: ReactNode) => (isolate ? <bdi>{item}</bdi> : item);
  if (separator === 'and') {
    return (
      <>
        {listParts(language, present.length).map((part, index) =>
          typeof part === 'number' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional
            <Fragment key={index}>{wrap(present[part])}</Fragment>
          ) : (
            part
          ),
        )}
      </>
    );
  }
  const between = separatorText(separator, language);
  return (
    <>
      {present.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items are positional
        <Fragment key={index}>
          {index > 0 ? between : null}
          {wrap(item)}
        </Fragment>
      ))}
    </>
  );
}

/** First-strong isolate and pop directional isolate: the plain-text counterpart of <bdi>. */
const FSI = '\u2068';
const PDI = '\u2069';

/** A name or a person's words inside a sentence of the reader's language, keeping their own direction. */
export function isolated(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/**
 * Names joined into plain text (a tooltip, a live region, a document title), each wrapped in
 * Unicode isolates so that a name in the other script keeps its place.
 */
export function joinNames(
  names: string[],
  language: UiLanguage,
  separator: Exclude<Separator, 'and'> = 'comma',
): string {
  return names.map(isolated).join(separatorText(separator, language));
}
