import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/shared/languages.ts';

const SOURCE = fileURLToPath(new URL('..', import.meta.url));
const catalogs = Object.fromEntries(
  UI_LANGUAGES.map((language) => [
    language,
    JSON.parse(readFileSync(join(SOURCE, 'i18n', 'messages', `${language}.json`), 'utf8')) as Record<
      string,
      string
    >,
  ]),
);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// Message ids are written whole in the code (no ids built from pieces), so every use is found here.
const KEY = /'([a-z][a-z_]*(?:\.[a-z0-9_]+)+)'/g;
const used = new Set(
  sourceFiles(SOURCE).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(KEY)]
      .map((match) => match[1]!)
      .filter((key) => !/\.(tsx?|json|css)$/.test(key)),
  ),
);

describe('the locale files', () => {
  it('have the same keys in ar, fr and en', () => {
    const english = Object.keys(catalogs.en!).sort();
    for (const language of UI_LANGUAGES)
      expect(Object.keys(catalogs[language]!).sort(), language).toEqual(english);
  });

  it('hold every key the code uses, and no key it does not use', () => {
    const known = new Set(Object.keys(catalogs.en!));
    expect([...used].filter((key) => !known.has(key)).sort()).toEqual([]);
    expect([...known].filter((key) => !used.has(key)).sort()).toEqual([]);
  });

  it('are valid ICU messages with the same arguments in every language', () => {
    // Argument elements (types 1 to 6: plain, number, date, time, select, plural) name their argument in `value`.
    const argumentsOf = (message: string): string[] => {
      const names: string[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(visit);
        else if (node && typeof node === 'object') {
          const element = node as { type?: number; value?: unknown };
          if (typeof element.type === 'number' && element.type >= 1 && element.type <= 6)
            names.push(String(element.value));
          Object.values(node).forEach(visit);
        }
      };
      visit(parse(message));
      return names.sort();
    };
    expect(argumentsOf('{count, plural, one {# month} other {# months}} in {name}')).toEqual([
      'count',
      'name',
    ]);
    for (const [key, english] of Object.entries(catalogs.en!)) {
      const expected = [...new Set(argumentsOf(english))];
      for (const language of UI_LANGUAGES) {
        const message = catalogs[language]![key]!;
        expect(message.trim(), `${language} ${key}`).not.toBe('');
        expect([...new Set(argumentsOf(message))], `${language} ${key}`).toEqual(expected);
      }
    }
  });

  it('use Arabic script for Arabic, and differ from English there', () => {
    const arabic = Object.entries(catalogs.ar!).filter(([key]) => !['role.wali'].includes(key));
    const copiedFromEnglish = arabic.filter(
      ([key, text]) => !/[\u0600-\u06ff]/.test(text) && text === catalogs.en![key],
    );
    expect(copiedFromEnglish.map(([key]) => key)).toEqual([]);
  });
});
