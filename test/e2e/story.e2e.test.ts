import { describe, expect, it } from 'vitest';
import { MINIMAL_PDF } from '../helpers/fixtures.ts';
import { PASSWORD, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

describe('a visitor, then Smara’s municipal officer, then an officer of another city', () => {
  it('finds Smara in Arabic, switches to French, records an agreement with Porto-Novo; Agadez cannot edit it', async () => {
    const smaraId = await harness.organizationId('Commune de Smara');
    const agadezId = await harness.organizationId('Commune d’Agadez');
    const officer = await harness.account('Fatimetou Smara', [
      { role: 'municipal_officer', scopeId: smaraId },
    ]);
    const outsider = await harness.account('Ousmane Agadez', [
      { role: 'municipal_officer', scopeId: agadezId },
    ]);
    const { context, page } = await harness.visitor('ar');
    // A new visitor, whose browser prefers Arabic, gets the portal in Arabic, right to left.
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('سجل الدبلوماسية الترابية');

    // Types Smara's Arabic name in the one search field and opens the commune from the suggestions.
    const search = page.getByRole('searchbox', { name: 'البحث في السجل' });
    await search.fill('السمارة');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /جماعة السمارة/ })
      .click();
    await page.waitForURL(`**/organizations/${smaraId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('جماعة السمارة');
    await expect.poll(() => page.getByRole('heading', { name: '7 اتفاقيات' }).count()).toBe(1);
    expect(await page.locator('table tbody tr').count()).toBe(7);
    const map = page.getByRole('img', { name: /خريطة روابطها/ });
    await map.waitFor();
    expect(await map.getAttribute('data-links')).toBe('7');
    await page.screenshot({
      path: new URL('organization-smara-ar.png', SCREENSHOTS).pathname,
      fullPage: true,
    });

    // Switches to French: the same page, left to right, and the choice is remembered.
    await page.getByRole('combobox', { name: 'اللغة' }).selectOption('fr');
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Commune de Smara');
    await expect.poll(() => page.getByRole('heading', { name: '7 accords' }).count()).toBe(1);
    await page.reload();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');

    // Signs in as Smara's municipal officer.
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByLabel('Adresse e-mail').fill(officer);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).last().click();
    await page.waitForURL('**/workspace');
    await expect.poll(() => page.getByText('Agent municipal').count()).toBeGreaterThan(0);

    // Records a new agreement; a form missing its second party says so beside the field and keeps what was typed.
    await page.getByRole('link', { name: 'Enregistrer un accord' }).click();
    await page.getByLabel('Type').selectOption('cooperation_agreement');
    await page.getByLabel('Titre en français').fill('Accord de coopération culturelle Smara – Porto-Novo');
    await page.getByLabel('Partie 1').fill('Smara');
    await page.getByRole('option', { name: /Commune de Smara/ }).click();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.getByText('Choisissez au moins deux parties').count()).toBe(1);
    expect(await page.getByLabel('Titre en français').inputValue()).toBe(
      'Accord de coopération culturelle Smara – Porto-Novo',
    );
    await page.getByLabel('Partie 2').fill('Porto-Novo');
    await page
      .getByRole('option', { name: /Porto-Novo/ })
      .first()
      .click();
    await page.getByRole('checkbox', { name: 'Culture', exact: true }).check();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    const agreementId = page.url().split('/').at(-1)!;
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Accord de coopération culturelle Smara – Porto-Novo');
    expect(await page.getByText('Proposé').count()).toBeGreaterThan(0);

    // Moves it on in its lifecycle, with a reason; only the allowed next statuses are offered.
    await page.getByRole('link', { name: 'Modifier dans l’espace de travail' }).click();
    const next = page.getByLabel('Nouveau statut');
    expect(await next.locator('option').allTextContents()).toEqual(['En négociation', 'Retiré']);
    await next.selectOption('negotiating');
    await page.getByLabel('Motif').fill('Premier échange entre les deux communes');
    await page.getByRole('button', { name: 'Changer le statut' }).click();
    await expect.poll(() => page.getByText('En négociation').count()).toBeGreaterThan(0);

    // Uploads the signed text and cites where the news came from.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'accord-smara-porto-novo.pdf',
      mimeType: 'application/pdf',
      buffer: MINIMAL_PDF,
    });
    await page.getByRole('button', { name: 'Téléverser', exact: true }).click();
    await expect.poll(() => page.getByRole('status').count()).toBeGreaterThan(0);
    await page.getByLabel('Titre de la source').fill('Smara et Porto-Novo renforcent leur coopération');
    await page.getByLabel('Passage cité').fill('Les deux communes ont engagé des échanges culturels.');
    await page.getByRole('button', { name: 'Citer la source' }).click();
    await expect
      .poll(
        async () =>
          (await harness.api().GET('/api/agreements/{id}', { params: { path: { id: agreementId } } })).data
            ?.sources.length,
      )
      .toBe(1);
    await page.goto(`/agreements/${agreementId}`);
    await page.getByRole('link', { name: 'accord-smara-porto-novo.pdf' }).waitFor();
    await page.getByText('Smara et Porto-Novo renforcent leur coopération').waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await context.close();

    // An officer of Agadez signs in and tries to change the title: refused, and nothing changes.
    const other = await harness.visitor('fr');
    await other.page.goto('/sign-in');
    await other.page.getByLabel('Adresse e-mail').fill(outsider);
    await other.page.getByLabel('Mot de passe').fill(PASSWORD);
    await other.page.getByRole('button', { name: 'Se connecter' }).last().click();
    await other.page.waitForURL('**/workspace');
    await other.page.goto(`/workspace/agreements/${agreementId}`);
    await other.page.getByLabel('Titre en français').fill('Détourné');
    await other.page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect
      .poll(() => other.page.getByRole('alert').textContent())
      .toContain('Vous n’avez pas le droit de faire ceci ici');
    const stored = await harness.api().GET('/api/agreements/{id}', { params: { path: { id: agreementId } } });
    expect(stored.data?.title.fr).toBe('Accord de coopération culturelle Smara – Porto-Novo');
    expect(stored.data?.status).toBe('negotiating');
    await other.context.close();
  });
});
