import { describe, expect, it } from 'vitest';
import { PASSWORD, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

describe('creating from the workspace', () => {
  it('creates one person when the answer is lost and the form is sent again, or Save is double-clicked', async () => {
    const smara = await harness.organizationId('Commune de Smara');
    const officer = await harness.account('Brahim Smara', [{ role: 'municipal_officer', scopeId: smara }]);
    const { context, page } = await harness.visitor('en');
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(officer);
    await page.locator('input[type="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.waitForURL('**/workspace');

    // The first answer is lost on its way back: the server created the person, the page never hears.
    const keys: string[] = [];
    let lose = true;
    await page.route('**/api/people', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      const response = await route.fetch();
      if (lose) {
        lose = false;
        return route.abort('connectionreset');
      }
      return route.fulfill({ response });
    });
    await page.getByRole('link', { name: 'Add a person' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Salka Mint Brahim');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => keys.length).toBe(1);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/workspace\/people\/[0-9a-f-]{36}$/);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);

    // A double click sends the same submission twice: one record.
    await page.goto('/workspace/people/new');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Mbarka Mint Salem');
    await page.getByRole('button', { name: 'Save' }).dblclick();
    await page.waitForURL(/\/workspace\/people\/[0-9a-f-]{36}$/);
    await expect.poll(() => keys.length).toBe(4);
    expect(keys[3]).toBe(keys[2]);
    expect(keys[2]).not.toBe(keys[0]);

    for (const name of ['Salka Mint Brahim', 'Mbarka Mint Salem']) {
      const found = await harness.api().GET('/api/people', { params: { query: { q: name } } });
      expect(
        found.data?.items.filter((person) => person.name === name),
        name,
      ).toHaveLength(1);
    }
    await context.close();
  });
});
