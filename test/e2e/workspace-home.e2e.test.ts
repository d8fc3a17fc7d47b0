import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, PASSWORD, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

// The officer of Ivry-sur-Seine, who works in French, at the workspace's home and in the editor:
// what their agreements need, who signed each part, withdrawing a source, what a save says.

const harness = setUpBrowserTests();

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page
    .locator('input[name="email"]')
    .waitFor()
    .catch(async (error: unknown) => {
      await page.screenshot({ path: new URL('workspace-signin-failed.png', SCREENSHOTS).pathname });
      throw new Error(`${String(error)}\n${await page.locator('body').textContent()}`);
    });
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').last().click();
  await page.waitForURL('**/workspace');
}

/** A session of this account for the API, to know what the pages should show. */
async function sessionOf(email: string): Promise<string> {
  const signedIn = await harness.api().POST('/api/auth/sign-in', { body: { email, password: PASSWORD } });
  return String(signedIn.response.headers.get('set-cookie')).split(';')[0]!;
}

async function officerOfIvry(name: string) {
  const ivry = await harness.organizationId('Ivry-sur-Seine');
  const email = await harness.account(name, [{ role: 'municipal_officer', scopeId: ivry }]);
  const listed = await harness.api(await sessionOf(email)).GET('/api/workspace/agreements');
  const items = listed.data!.items;
  expect(items.length).toBeGreaterThan(0);
  return { email, items };
}

const TO_DO_FR: Record<string, string> = {
  draft: 'Brouillon',
  awaiting_approval: 'En attente d’approbation',
  part_unsigned: 'Une partie n’est pas signée',
  no_signed_document: 'Aucun texte signé',
  no_source: 'Aucune source',
};

describe('the workspace’s home and editor', () => {
  it('lists what Ivry’s agreements need, shows who signed, withdraws a source from the public page, in French', async () => {
    const { email, items } = await officerOfIvry('Agent Ivry FR');
    // axe-core is injected as a script: the page's policy would refuse it.
    const { context, page } = await harness.visitor('fr', { bypassCSP: true });
    await signIn(page, email);

    // The role names the city; each agreement says what it needs, and the filter narrows the list.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Vos rôles' }).locator('xpath=..').textContent())
      .toMatch(/Agent municipal pour .*Ivry-sur-Seine/);
    const list = page.getByRole('region', { name: 'Vos accords et ce qu’il leur manque' });
    for (const item of items) {
      const card = list.locator(`[data-agreement="${item.id}"]`);
      await card.waitFor();
      for (const toDo of item.toDos) await card.getByText(TO_DO_FR[toDo]!).waitFor();
    }
    // What each needs is read, not only present: every text of the home stands out from its background
    // (a badge once drew its text in its own background's colour, which axe took for undecided).
    expect(await accessibilityViolations(page)).toEqual([]);
    const [text, background] = await list
      .locator('[data-todo]')
      .first()
      .evaluate((badge) => [getComputedStyle(badge).color, getComputedStyle(badge).backgroundColor]);
    expect(text).not.toBe(background);
    const needing = items.filter((item) => item.toDos.includes('no_signed_document'));
    await list.getByText(`Aucun texte signé (${needing.length})`).click();
    await expect.poll(() => list.locator('[data-agreement]').count()).toBe(needing.length);
    await page.screenshot({ path: new URL('workspace-home-fr.png', SCREENSHOTS).pathname, fullPage: true });
    await list.getByText(`Tous (${items.length})`).click();

    // The Ivry–Mejik protocol: its editor says who signed it, for which party.
    const protocol = items.find((item) => item.title.en?.includes('Mejik')) ?? items[0]!;
    await list.locator(`[data-agreement="${protocol.id}"]`).getByRole('link', { name: 'Modifier' }).click();
    await page.waitForURL(`**/workspace/agreements/${protocol.id}`);
    const parts = page.getByRole('region', { name: 'Parties et signataires' });
    await expect.poll(() => parts.locator('[data-signatory]').count()).toBeGreaterThan(0);
    const agreement = (
      await harness.api().GET('/api/agreements/{id}', { params: { path: { id: protocol.id } } })
    ).data!;
    const signatory = agreement.parts.flatMap((part) => part.signatories)[0]!;
    await parts
      .getByText(signatory.person.names.fr ?? signatory.person.name)
      .first()
      .waitFor();
    await page.screenshot({ path: new URL('workspace-editor-fr.png', SCREENSHOTS).pathname, fullPage: true });

    // Withdrawing a citation asks why first; then it is struck through with the reason, and gone
    // from the public page.
    const citation = agreement.sources.find((cited) => cited.quote) ?? agreement.sources[0]!;
    const sources = page.getByRole('region', { name: 'Sources' });
    const struck = sources.locator(`[data-citation="${citation.id}"]`);
    await struck.getByRole('button', { name: `Retirer la citation de ${citation.source.title}` }).click();
    const withdraw = struck.getByRole('form', { name: `Retirer la citation de ${citation.source.title}` });
    await withdraw.getByRole('button', { name: 'Le retirer' }).click();
    await withdraw.getByText('Indiquez le motif du retrait.').waitFor();
    await withdraw.getByLabel('Pourquoi le retirer ?').fill('L’article parle d’un autre protocole');
    await withdraw.getByRole('button', { name: 'Le retirer' }).click();
    await page.getByRole('status').filter({ hasText: 'Les pages publiques ne l’affichent plus' }).waitFor();
    await struck.getByText('Retiré : L’article parle d’un autre protocole.').waitFor();
    expect(await struck.locator('del').count()).toBe(1);
    const publicPage = await harness.visitor('fr');
    await publicPage.page.goto(`/agreements/${protocol.id}`);
    await publicPage.page.getByRole('heading', { level: 1 }).waitFor();
    await publicPage.page
      .getByText(signatory.person.names.fr ?? signatory.person.name)
      .first()
      .waitFor();
    if (citation.quote) expect(await publicPage.page.getByText(citation.quote).count()).toBe(0);
    const stillCited = agreement.sources.filter((cited) => cited.id !== citation.id);
    if (!stillCited.some((cited) => cited.source.title === citation.source.title))
      expect(await publicPage.page.getByText(citation.source.title).count()).toBe(0);
    await publicPage.context.close();

    // Saving the details says so; an approval's decision is the officer's to choose.
    const details = page.getByRole('form', { name: 'Détails' });
    await details.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await details.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
    const approval = page.getByRole('form', { name: 'Enregistrer une approbation' });
    expect(await approval.getByRole('radio', { checked: true }).count()).toBe(0);
    await approval.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await approval.getByText('Choisissez la décision.').waitFor();
    // The language of a cited text starts as the reader's.
    const source = page.getByRole('form', { name: 'Citer une source' });
    expect(await source.getByRole('combobox', { name: 'Langue du texte' }).inputValue()).toBe('fr');
    await context.close();
  });

  it('records an approval chosen by the officer and says it is saved, in English', async () => {
    const { email, items } = await officerOfIvry('Officer Ivry EN');
    const { context, page } = await harness.visitor('en');
    await signIn(page, email);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Your roles' }).locator('xpath=..').textContent())
      .toMatch(/Officer of .*Ivry-sur-Seine/);
    const list = page.getByRole('region', { name: 'Your agreements and what they need' });
    await list.locator(`[data-agreement="${items[0]!.id}"]`).getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(`**/workspace/agreements/${items[0]!.id}`);
    await page.getByRole('region', { name: 'Parts and signatories' }).waitFor();
    const approval = page.getByRole('form', { name: 'Record an approval' });
    expect(await approval.getByRole('radio', { checked: true }).count()).toBe(0);
    await approval.getByRole('button', { name: 'Record the decision' }).click();
    await approval.getByText('Choose the decision.').waitFor();
    await approval.getByRole('radio', { name: 'Pending', exact: false }).check();
    await approval.getByLabel('Supervising authority').fill('Préfecture du Val-de-Marne');
    await approval.getByRole('button', { name: 'Record the decision' }).click();
    await approval
      .getByRole('status')
      .filter({ hasText: 'Saved.' })
      .waitFor()
      .catch(async (error: unknown) => {
        await page.screenshot({
          path: new URL('workspace-approval-failed.png', SCREENSHOTS).pathname,
          fullPage: true,
        });
        throw new Error(`${String(error)}\n${await approval.textContent()}`);
      });
    const stored = await harness
      .api()
      .GET('/api/agreements/{id}', { params: { path: { id: items[0]!.id } } });
    expect(stored.data!.approvals.some((recorded) => recorded.decision === 'pending')).toBe(true);
    const source = page.getByRole('form', { name: 'Cite a source' });
    expect(await source.getByRole('combobox', { name: 'Language of the text' }).inputValue()).toBe('en');
    await page.screenshot({ path: new URL('workspace-editor-en.png', SCREENSHOTS).pathname, fullPage: true });
    await context.close();
  });

  it('names the role and lists the needs right to left, in Arabic', async () => {
    const { email, items } = await officerOfIvry('Officer Ivry AR');
    const { context, page } = await harness.visitor('ar');
    await signIn(page, email);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect
      .poll(() => page.getByRole('heading', { name: 'أدوارك' }).locator('xpath=..').textContent())
      .toMatch(/موظف بلدي لدى/);
    const list = page.getByRole('region', { name: 'اتفاقياتك وما ينقصها' });
    await list.locator(`[data-agreement="${items[0]!.id}"]`).waitFor();
    await page.screenshot({ path: new URL('workspace-home-ar.png', SCREENSHOTS).pathname, fullPage: true });
    await context.close();
  });
});
