import { describe, expect, it } from 'vitest';
import { setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

/** Every demo agreement with all it holds, as the API gives it. */
async function demoAgreements() {
  const page = await harness.api().GET('/api/agreements', { params: { query: { limit: 200 } } });
  return Promise.all(
    page.data!.items.map(
      async (item) =>
        (await harness.api().GET('/api/agreements/{id}', { params: { path: { id: item.id } } })).data!,
    ),
  );
}

describe('the finish of the pages', () => {
  it('lists a source once, with each passage quoted from it', async () => {
    const agreements = await demoAgreements();
    const cited = agreements.find(
      (agreement) => new Set(agreement.sources.map((c) => c.source.id)).size < agreement.sources.length,
    );
    expect(cited, 'a demo agreement quoting one article twice').toBeDefined();
    const { context, page } = await harness.visitor('fr');
    await page.goto(`/agreements/${cited!.id}`);
    const section = page.locator('section[aria-labelledby="sources-title"]');
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    const titles = [...new Set(cited!.sources.map((c) => c.source.title))];
    for (const title of titles) expect(text.split(title).length - 1, title).toBe(1);
    expect(await section.locator('li').count()).toBe(titles.length);
    const quotes = cited!.sources.filter((c) => c.quote).length;
    expect(await section.locator('blockquote').count()).toBe(quotes);
    await context.close();
  });

  it('says that a term no source states is not stated, in the reader’s language', async () => {
    const agreements = await demoAgreements();
    const unknown = agreements.find((agreement) => !agreement.startsOn && !agreement.endsOn);
    expect(unknown, 'a demo agreement whose term no source states').toBeDefined();
    for (const [language, notStated] of [
      ['fr', 'Non précisée'],
      ['ar', 'غير محددة'],
      ['en', 'Not stated'],
    ] as const) {
      const { context, page } = await harness.visitor(language);
      await page.goto(`/agreements/${unknown!.id}`);
      const term = page.locator('section[aria-labelledby="facts-title"] tr').nth(1).locator('td');
      await expect.poll(() => term.textContent()).toContain(notStated);
      expect(await term.textContent()).not.toMatch(/—\s*–\s*—/);
      await context.close();
    }
  });

  it('says why a reversed period finds nothing, in the reader’s language', async () => {
    const { context, page } = await harness.visitor('fr');
    await page.goto('/agreements?signedFrom=2020-06-01&signedTo=2020-01-31');
    await expect.poll(() => page.locator('[role="alert"]').first().textContent()).toContain('2020-01-31');
    await context.close();
  });

  it('titles a refused sign-in for what happened, not “sign in first”', async () => {
    for (const [language, title, detail] of [
      ['en', 'You are not signed in', 'The email address or the password is wrong'],
      ['fr', 'Connexion refusée', 'L’adresse e-mail ou le mot de passe est erroné'],
    ] as const) {
      const { context, page } = await harness.visitor(language);
      await page.goto('/sign-in');
      await page.locator('input[type="email"]').fill('nobody@example.org');
      await page.locator('input[type="password"]').fill('not the password at all');
      await page.keyboard.press('Enter');
      const alert = page.locator('[role="alert"]').first();
      await expect.poll(() => alert.textContent()).toContain(title);
      expect(await alert.textContent()).toContain(detail);
      expect(await alert.textContent()).not.toMatch(/Sign in first|Connectez-vous d’abord/);
      await context.close();
    }
  });
});
