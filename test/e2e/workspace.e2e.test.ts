import { describe, expect, it } from 'vitest';
import { PASSWORD, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

describe('the workspace', () => {
  it('lets an officer record a person with their post, and edit their commune, in English', async () => {
    const smara = await harness.organizationId('Commune de Smara');
    const officer = await harness.account('Mariem Smara', [{ role: 'municipal_officer', scopeId: smara }]);
    const { context, page } = await harness.visitor('en');
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(officer);
    await page.locator('input[type="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.waitForURL('**/workspace');

    await page.getByRole('link', { name: 'Add a person' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Mahfouda Bent Ahmed');
    await page.getByLabel('Name in Arabic script').fill('محفوظة بنت أحمد');
    await page.getByLabel('Email address').fill('not an address');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Some input is not valid');
    expect(await page.getByLabel('Name in Arabic script').inputValue()).toBe('محفوظة بنت أحمد');
    await page.getByLabel('Email address').fill('mahfouda@smara.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/workspace\/people\/[0-9a-f-]{36}$/);
    // Moving on to the record, the page says it was saved.
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.getByLabel('Organization').fill('السمارة');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Commune of Smara/ })
      .click();
    await page.getByRole('combobox', { name: 'Post', exact: true }).selectOption('deputy_mayor');
    await page.getByLabel('Since').fill('2026-01-15');
    await page.getByRole('button', { name: 'Add the post' }).click();
    await expect.poll(() => page.getByText('deputy mayor').count()).toBeGreaterThan(0);

    await page.goto(`/organizations/${smara}`);
    await page.getByText('Mahfouda Bent Ahmed').waitFor();
    await page.getByRole('link', { name: 'Edit the organization' }).click();
    await page.getByLabel('Website').fill('https://smara.example.org/');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`**/organizations/${smara}`);
    await page.getByRole('link', { name: 'https://smara.example.org/' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // Restricts one of Smara's agreements to a council: the public no longer finds it.
    const listed = await harness
      .api()
      .GET('/api/agreements', { params: { query: { party: smara, limit: 1 } } });
    const agreementId = listed.data!.items[0]!.id;
    await page.goto(`/workspace/agreements/${agreementId}`);
    const details = page.getByRole('form', { name: 'Details' });
    await details.getByRole('combobox', { name: 'Who may read it' }).selectOption('restricted');
    await details
      .getByRole('group', { name: /Bodies whose members may read it/ })
      .getByRole('checkbox')
      .first()
      .check();
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await details.getByRole('status').waitFor();
    const stored = await harness.api().GET('/api/agreements/{id}', { params: { path: { id: agreementId } } });
    expect(stored.error?.status).toBe(404);
    await context.close();
  });
});
