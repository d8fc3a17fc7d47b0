import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = new URL('..', import.meta.url).pathname;
const MANTINE_STYLES = new URL('../../../node_modules/@mantine/core/styles/', import.meta.url).pathname;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(folder, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

describe("the application's Mantine styles", () => {
  it('include the styles of every Mantine component a page uses', () => {
    // main.tsx imports Mantine's styles one component at a time: one forgotten is drawn unstyled.
    const main = readFileSync(join(WEB, 'main.tsx'), 'utf8');
    const imported = new Set(
      [...main.matchAll(/@mantine\/core\/styles\/(\w+)\.css/g)].map((match) => match[1]),
    );
    const missing = new Set<string>();
    for (const file of sources(WEB)) {
      for (const [, names] of readFileSync(file, 'utf8').matchAll(
        /import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g,
      )) {
        for (const name of names!.split(',').map((part) => part.replace(/^\s*type\s+/, '').trim())) {
          if (!/^[A-Z]\w*$/.test(name)) continue;
          // Inputs without styles of their own are drawn by Input's.
          const styled = existsSync(join(MANTINE_STYLES, `${name}.css`)) ? name : null;
          if (styled && !imported.has(styled)) missing.add(`${name} (${file.slice(WEB.length)})`);
        }
      }
    }
    expect([...missing]).toEqual([]);
    expect(imported.has('Input')).toBe(true);
  });
});
