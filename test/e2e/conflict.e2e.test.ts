import { describe, expect, it } from 'vitest';
import { PASSWORD, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

/** Signs in through the API as a script would (no Fetch Metadata): its edits may omit If-Match. */
async function apiSession(email: string): Promise<string> {
  const response = await harness.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  return String(response.headers['set-cookie']).split(';')[0]!;
}

describe('editing a record someone else changed meanwhile', () => {
  it('tells the person, in their language, what changed, overwrites nothing, and lets them keep their edits', async () => {
    const smara = await harness.organizationId('Commune de Smara');
    const officer = await harness.account('Aicha Smara', [{ role: 'municipal_officer', scopeId: smara }]);
    const colleague = await harness.account('Brahim Smara', [{ role: 'municipal_officer', scopeId: smara }]);
    const listed = await harness
      .api()
      .GET('/api/agreements', { params: { query: { party: smara, limit: 1 } } });
    const agreementId = listed.data!.items[0]!.id;

    const { context, page } = await harness.visitor('fr');
    await page.goto('/sign-in');
    await page.getByLabel('Adresse e-mail').fill(officer);
    await page.locator('input[type="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).last().click();
    await page.waitForURL('**/workspace');
    await page.goto(`/workspace/agreements/${agreementId}`);
    const details = page.getByRole('form', { name: 'Détails' });
    const english = details.getByRole('textbox', { name: 'Titre en anglais' });
    await english.waitFor();

    // A colleague renames it through the API while the editor is open.
    const cookie = await apiSession(colleague);
    const theirs = await harness.app.inject({
      method: 'PATCH',
      url: `/api/agreements/${agreementId}`,
      headers: { cookie },
      payload: { title: { en: 'Renamed by a colleague', fr: 'Renommé par un collègue' } },
    });
    expect(theirs.statusCode, theirs.body).toBe(200);

    await english.fill('My own title');
    await details.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const conflict = details.getByTestId('conflict');
    await conflict.waitFor();
    const text = await conflict.textContent();
    expect(text).toContain('Quelqu’un d’autre a modifié cette fiche entre-temps');
    const row = conflict.getByRole('row', { name: /Titre en anglais/ });
    expect(await row.textContent()).toContain('My own title');
    expect(await row.textContent()).toContain('Renamed by a colleague');
    await page.screenshot({ path: 'test-results/screenshots/conflict-fr.png', fullPage: true });
    // Nothing was overwritten.
    const stored = () =>
      harness.api(cookie).GET('/api/agreements/{id}', { params: { path: { id: agreementId } } });
    expect((await stored()).data?.title.en).toBe('Renamed by a colleague');

    // They keep their edits over the latest version and save again: now theirs lands, knowingly.
    await conflict.getByRole('button', { name: 'Garder mes modifications sur la dernière version' }).click();
    expect(await english.inputValue()).toBe('My own title');
    await details.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await details.getByText('Enregistré.').waitFor();
    const saved = await stored();
    expect(saved.data?.title).toMatchObject({ en: 'My own title', fr: 'Renommé par un collègue' });
    await context.close();
  });
});
