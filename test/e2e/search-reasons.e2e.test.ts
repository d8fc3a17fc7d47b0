import { describe, expect, it } from 'vitest';
import { setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

describe('the search box', () => {
  it.each([
    ['ar', 'تمبوكتو', /يُنطق مثل «[^»]+»/],
    ['en', 'Tumbuktu', /(sounds like|spelled close to) “[^”]+”/],
    ['fr', 'Timbuctú', /(aussi appelé|se prononce comme|s’écrit presque comme) « [^»]+ »/],
  ] as const)(
    'says why a place was found, in the reader’s language (%s)',
    async (language, typed, reason) => {
      const { context, page } = await harness.visitor(language);
      await page.goto('/');
      const search = page.getByRole('searchbox');
      await expect.poll(() => search.isEnabled()).toBe(true);
      await search.fill(typed);
      const option = page.getByRole('listbox').getByRole('option').filter({ hasText: reason }).first();
      await option.waitFor();
      // The suggestion opens the organization of that place: Timbuktu's commune.
      await option.click();
      await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
      await expect
        .poll(() => page.locator('main h1').first().textContent())
        .toMatch(/Tombouctou|Timbuktu|تمبكتو/);
      await context.close();
    },
  );
});
