import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../../web/src/i18n/messages/ar.json' with { type: 'json' };
import en from '../../web/src/i18n/messages/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/messages/fr.json' with { type: 'json' };
import { PASSWORD, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

// Pages offer a reader the actions the API says they may take on each record, and no other: the
// officer of Ivry is not offered the editor on Smara's agreements, a network's secretariat finds
// its management on the network's page.

const harness = setUpBrowserTests();
const CATALOGS = { ar, en, fr } as const;
type Language = keyof typeof CATALOGS;

async function signIn(page: Page, email: string, language: Language) {
  const text = CATALOGS[language];
  await page.goto('/sign-in');
  await page.getByLabel(text['signin.email']).fill(email);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: text['signin.submit'] }).last().click();
  await page.waitForURL('**/workspace');
}

/** Opens a page and waits until it is drawn with everything it asked for (who is signed in included). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
}

async function agreementsOf(organizationId: string) {
  const { data } = await harness
    .api()
    .GET('/api/agreements', { params: { query: { party: organizationId, limit: 100 } } });
  return data!.items;
}

describe('actions on records', () => {
  it.each(['fr', 'en', 'ar'] as const)(
    'the officer of Ivry is offered the editor on Ivry’s agreement, not on Smara’s (%s)',
    async (language) => {
      const text = CATALOGS[language];
      const ivry = await harness.organizationId('Ivry-sur-Seine');
      const smara = await harness.organizationId('Commune de Smara');
      const ivrysAgreement = (await agreementsOf(ivry))[0]!;
      const smarasAgreement = (await agreementsOf(smara)).find(
        (agreement) => !agreement.parties.some((party) => party.organization?.id === ivry),
      )!;
      const officer = await harness.account(`Officer of Ivry ${language}`, [
        { role: 'municipal_officer', scopeId: ivry },
      ]);
      const { context, page } = await harness.visitor(language);
      await signIn(page, officer, language);
      const editor = page.getByRole('link', { name: text['agreement.edit'] });

      await open(page, `/agreements/${smarasAgreement.id}`);
      expect(await editor.count()).toBe(0);
      await page.screenshot({
        path: new URL(`actions-smara-agreement-officer-${language}.png`, SCREENSHOTS).pathname,
      });

      await open(page, `/agreements/${ivrysAgreement.id}`);
      await editor.waitFor();
      await editor.click();
      await page.waitForURL(`**/workspace/agreements/${ivrysAgreement.id}`);

      // Smara's own page offers no edit either; Ivry's does.
      const editOrganization = page.getByRole('link', { name: text['organization_form.edit'] });
      await open(page, `/organizations/${smara}`);
      expect(await editOrganization.count()).toBe(0);
      await open(page, `/organizations/${ivry}`);
      await editOrganization.waitFor();
      await context.close();
    },
  );

  it.each(['en', 'fr'] as const)(
    'a network’s secretariat finds on its page the network’s management, which others do not (%s)',
    async (language) => {
      const text = CATALOGS[language];
      const club = await harness.organizationId('International Club of Smara Twinned Cities');
      const ivry = await harness.organizationId('Ivry-sur-Seine');
      const secretariat = await harness.account(`Secretariat of the club ${language}`, [
        { role: 'network_secretariat', scopeId: club },
      ]);
      const officer = await harness.account(`Officer of Ivry on the club ${language}`, [
        { role: 'municipal_officer', scopeId: ivry },
      ]);

      const outsider = await harness.visitor(language);
      await signIn(outsider.page, officer, language);
      await open(outsider.page, `/networks/${club}`);
      expect(await outsider.page.getByRole('group', { name: text['manage.actions'] }).count()).toBe(0);
      await outsider.context.close();

      const { context, page } = await harness.visitor(language);
      await signIn(page, secretariat, language);
      await open(page, `/networks/${club}`);
      const actions = page.getByRole('group', { name: text['manage.actions'] });
      for (const name of ['manage.invite', 'manage.members', 'manage.bodies'] as const) {
        await actions.getByRole('link', { name: text[name], exact: true }).waitFor();
      }
      await page.screenshot({
        path: new URL(`actions-network-secretariat-${language}.png`, SCREENSHOTS).pathname,
      });

      await actions.getByRole('link', { name: text['manage.invite'] }).click();
      await page.waitForURL(`**/workspace/networks/${club}/members#invite`);
      const invite = page.getByRole('form', { name: text['manage.invite'] });
      await invite.getByLabel(text['manage.invite_email']).fill(`deputy.${language}@club.example`);
      await invite.getByRole('button', { name: text['manage.invite_submit'] }).click();
      await invite.getByRole('status').filter({ hasText: text['manage.invited'] }).waitFor();

      await page.getByRole('link', { name: text['manage.bodies'], exact: true }).click();
      await page.waitForURL(`**/workspace/networks/${club}/bodies`);
      const addBody = page.getByRole('form', { name: text['manage.add_body'] });
      await addBody.getByLabel(text['manage.body_name']).fill(`Bureau ${language}`);
      await addBody.getByRole('button', { name: text['manage.add_body_submit'] }).click();
      await addBody.getByRole('status').waitFor();
      await page.getByRole('link', { name: `Bureau ${language}` }).waitFor();

      await open(page, `/networks/${club}`);
      await page.getByRole('heading', { name: `Bureau ${language}` }).waitFor();
      await context.close();
    },
  );
});
