import { beforeAll, describe, expect, it } from 'vitest';
import { createAgreement } from '../../src/agreements/recording.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { declareRecordedAgreement } from '../../src/networks/declarations.ts';
import { createOrganization } from '../../src/organizations/organizations.ts';
import { createMembership } from '../../src/people/people.ts';
import type { ActingAs } from '../../src/shared/actor.ts';
import { setUpBrowserTests, signInThroughForm } from './harness.ts';

// An agreement an officer of a member recorded shows as the member's word until the network's
// secretariat, on the agreement's page, returns it with what to correct or validates it; the
// public then finds it among what the network validated.

const harness = setUpBrowserTests();
const SYSTEM: ActingAs = { actor: 'test' };
const ids = {} as Record<'bobo' | 'tifariti' | 'network' | 'agreement', string>;

beforeAll(async () => {
  await inTransaction(harness.database.db, async (tx) => {
    const city = async (fr: string, ar: string, countryCode: string) =>
      (
        await createOrganization(tx, SYSTEM, {
          kind: 'local_authority',
          name: { fr, ar, en: fr },
          countryCode,
        })
      ).id;
    ids.bobo = await city('Bobo-Dioulasso', 'بوبو ديولاسو', 'BF');
    ids.tifariti = await city('Tifariti', 'تيفاريتي', 'EH');
    ids.network = (
      await createOrganization(tx, SYSTEM, {
        kind: 'network',
        name: { fr: 'Réseau des villes du Sahel', ar: 'شبكة مدن الساحل' },
      })
    ).id;
    for (const member of [ids.bobo, ids.tifariti]) {
      await createMembership(tx, SYSTEM, {
        organizationId: ids.network,
        memberOrganizationId: member,
        role: 'member',
      });
    }
    ids.agreement = (
      await createAgreement(tx, SYSTEM, {
        type: 'twinning',
        title: { fr: 'Jumelage Bobo-Dioulasso–Tifariti', ar: 'توأمة بوبو ديولاسو–تيفاريتي' },
        parties: [{ organizationId: ids.bobo }, { organizationId: ids.tifariti }],
      })
    ).id;
    // As Bobo-Dioulasso's officer records it over the API.
    await declareRecordedAgreement(
      tx,
      {
        actor: 'test',
        principal: {
          userId: 'officer',
          isPlatformAdmin: false,
          grants: [{ role: 'municipal_officer', scopeId: ids.bobo }],
        },
      },
      ids.agreement,
      [ids.bobo, ids.tifariti],
    );
  });
});

const signIn = signInThroughForm;

describe('a network’s word on its members’ agreements', () => {
  it('is given by its secretariat on the agreement’s page, and the public finds what it validated', async () => {
    const email = await harness.account('Secrétariat du Sahel', [
      { role: 'network_secretariat', scopeId: ids.network },
    ]);
    const { context, page } = await harness.visitor('fr');
    await signIn(page, email);
    await page.goto(`/agreements/${ids.agreement}`);
    const declaration = page.locator('[data-declaration]');
    await expect.poll(() => declaration.getAttribute('data-declaration')).toBe('declared');
    expect(await declaration.textContent()).toContain('Déclaré par');
    // A return must say why; said, the member reads it.
    await page.getByRole('button', { name: 'Renvoyer au membre' }).click();
    await page.getByText('Dites pourquoi vous le renvoyez').first().waitFor();
    await page.getByLabel('Que doit corriger le membre ?').fill('La date de signature manque');
    await page.getByRole('button', { name: 'Renvoyer au membre' }).click();
    await expect.poll(() => declaration.getAttribute('data-declaration')).toBe('returned');
    expect(await declaration.textContent()).toContain('À corriger : ');
    expect(await page.getByRole('button', { name: 'Valider' }).count()).toBe(0);
    await context.close();

    // Declared again by the member (over the API), then validated from the page.
    const officer = await harness.account('Agent de Bobo', [
      { role: 'municipal_officer', scopeId: ids.bobo },
    ]);
    const { context: officers, page: officerPage } = await harness.visitor('fr');
    await signIn(officerPage, officer);
    await officerPage.goto(`/agreements/${ids.agreement}`);
    await officerPage.getByRole('button', { name: 'Déclarer à nouveau' }).click();
    await expect
      .poll(() => officerPage.locator('[data-declaration]').getAttribute('data-declaration'))
      .toBe('declared');
    await officers.close();

    const { context: again, page: secretariatPage } = await harness.visitor('fr');
    await signIn(secretariatPage, email);
    await secretariatPage.goto(`/agreements/${ids.agreement}`);
    await secretariatPage.getByRole('button', { name: 'Valider' }).click();
    await expect
      .poll(() => secretariatPage.locator('[data-declaration]').getAttribute('data-declaration'))
      .toBe('validated');
    await again.close();

    const { context: reader, page: arabic } = await harness.visitor('ar');
    await arabic.goto(`/networks/${ids.network}`);
    await arabic.getByRole('link', { name: 'الاتفاقيات التي صادقت عليها هذه الشبكة' }).click();
    await arabic.waitForURL(/validatedBy=/);
    await arabic.getByRole('table').getByText('توأمة بوبو ديولاسو–تيفاريتي').waitFor();
    await arabic.goto(`/agreements/${ids.agreement}`);
    await expect.poll(() => arabic.locator('[data-declaration]').textContent()).toContain('صادقت عليها');
    await reader.close();
  });
});
