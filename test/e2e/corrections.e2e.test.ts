import { beforeAll, describe, expect, it } from 'vitest';
import { createAgreement } from '../../src/agreements/recording.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { createOrganization } from '../../src/organizations/organizations.ts';
import { createMembership } from '../../src/people/people.ts';
import type { ActingAs } from '../../src/shared/actor.ts';
import { formatDay } from '../../web/src/ui/dates.ts';
import { SCREENSHOTS, setUpBrowserTests, signInThroughForm } from './harness.ts';

// A wrong date of signature is refused at its field; a signed one is corrected by two people: an
// officer of a party proposes the right date, the secretariat of the parties' network confirms it,
// and the public page shows the corrected date and, in its history, both dates with who and why.

const harness = setUpBrowserTests();
const SYSTEM: ActingAs = { actor: 'test' };
const ids = {} as Record<'aubervilliers' | 'tifariti' | 'network' | 'approved' | 'signed', string>;

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
    ids.aubervilliers = await city('Aubervilliers', 'أوبيرفيلييه', 'FR');
    ids.tifariti = await city('Tifariti', 'تيفاريتي', 'EH');
    ids.network = (
      await createOrganization(tx, SYSTEM, { kind: 'network', name: { fr: 'Réseau des cités amies' } })
    ).id;
    for (const member of [ids.aubervilliers, ids.tifariti]) {
      await createMembership(tx, SYSTEM, {
        organizationId: ids.network,
        memberOrganizationId: member,
        role: 'member',
      });
    }
    const parties = [{ organizationId: ids.aubervilliers }, { organizationId: ids.tifariti }];
    const approvals = parties.map((party) => ({
      partyOrganizationId: party.organizationId,
      authorityName: 'Autorité de tutelle',
      decision: 'approved' as const,
    }));
    ids.approved = (
      await createAgreement(tx, SYSTEM, {
        type: 'twinning',
        title: { fr: 'Jumelage Aubervilliers–Tifariti' },
        parties,
        status: 'approved',
        approvals,
      })
    ).id;
    ids.signed = (
      await createAgreement(tx, SYSTEM, {
        type: 'friendship_cooperation_protocol',
        title: { fr: 'Protocole d’amitié Aubervilliers–Tifariti', ar: 'بروتوكول صداقة أوبيرفيلييه–تيفاريتي' },
        parties,
        status: 'signed',
        termMonths: 60,
        approvals,
        parts: [{ signedOn: '2021-02-15' }],
      })
    ).id;
  });
});

const signIn = signInThroughForm;

describe('dates of signature', () => {
  it('refuses a signature dated in the future, with the reason at the field, in French and Arabic', async () => {
    const officer = await harness.account('Agent Aubervilliers', [
      { role: 'municipal_officer', scopeId: ids.aubervilliers },
    ]);
    for (const [language, message] of [
      ['fr', 'Une signature ne peut pas être datée dans le futur : le 2031-02-15 n’est pas encore arrivé'],
      ['ar', 'لا يمكن أن يكون تاريخ التوقيع في المستقبل'],
    ] as const) {
      const { context, page } = await harness.visitor(language);
      await signIn(page, officer);
      await page.goto(`/workspace/agreements/${ids.approved}`);
      // The workspace is loaded on demand: on a busy machine its first load takes a while.
      await page.locator('#sign-title').waitFor({ timeout: 30_000 });
      const section = page.locator('section[aria-labelledby="sign-title"]');
      const date = section.locator('input[name="signedOn"]');
      await date.fill('2031-02-15');
      await section.getByRole('button').first().click();
      await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await date.getAttribute('aria-describedby')) ?? '';
      const error = page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('error'))}"]`);
      expect(await error.textContent()).toContain(message);
      await context.close();
    }
    const stored = await harness
      .api()
      .GET('/api/agreements/{id}', { params: { path: { id: ids.approved } } });
    expect(stored.data?.parts[0]?.signedOn).toBeNull();
    expect(stored.data?.status).toBe('approved');
  });

  it('lets an officer propose a corrected date, a secretariat confirm it, and shows both in the history', async () => {
    const officer = await harness.account('Agente Tifariti', [
      { role: 'municipal_officer', scopeId: ids.tifariti },
    ]);
    const secretariat = await harness.account('Secrétariat des cités amies', [
      { role: 'network_secretariat', scopeId: ids.network },
    ]);

    // The officer, in French, proposes the right date with the reason.
    const proposing = await harness.visitor('fr');
    await signIn(proposing.page, officer);
    await proposing.page.goto(`/workspace/agreements/${ids.signed}`);
    await proposing.page.locator('#sign-title').waitFor({ timeout: 30_000 });
    const form = proposing.page.getByRole('form', { name: 'Proposer une correction du volet 1' });
    await form.getByLabel('Date de signature corrigée').fill('2020-02-15');
    await form
      .getByLabel('Pourquoi la date enregistrée est fausse')
      .fill('Le procès-verbal du conseil dit 15 février 2020');
    await form.getByRole('button', { name: 'Proposer la correction' }).click();
    await form.getByRole('status').waitFor();
    // It waits for someone else: the officer cannot confirm it.
    const pending = proposing.page.locator('section[aria-labelledby="corrections-title"]');
    await expect.poll(() => pending.textContent()).toContain('En attente de la décision');
    expect(await pending.getByRole('button', { name: 'Confirmer la correction' }).count()).toBe(0);
    expect(await pending.getByRole('button', { name: 'Retirer' }).count()).toBe(1);
    await proposing.context.close();

    // The secretariat, in Arabic, confirms it.
    const confirming = await harness.visitor('ar');
    await signIn(confirming.page, secretariat);
    await confirming.page.goto(`/workspace/agreements/${ids.signed}`);
    const toDecide = confirming.page.locator('section[aria-labelledby="corrections-title"]');
    await toDecide.getByRole('button', { name: 'تأكيد التصحيح' }).click();
    await expect.poll(() => toDecide.textContent()).toContain('لا يوجد تصحيح ينتظر قرارًا');
    await confirming.context.close();

    // The public reads the corrected date, and both dates in the history, with who and why.
    for (const language of ['ar', 'fr'] as const) {
      const { context, page } = await harness.visitor(language);
      await page.goto(`/agreements/${ids.signed}`);
      const facts = page.locator('section[aria-labelledby="facts-title"]');
      await expect.poll(() => facts.textContent()).toContain(formatDay('2020-02-15', language));
      const history = page.locator('section[aria-labelledby="corrections-history-title"]');
      await history.waitFor();
      const text = (await history.textContent()) ?? '';
      expect(text).toContain(formatDay('2021-02-15', language));
      expect(text).toContain(formatDay('2020-02-15', language));
      // The reason and the names keep their own direction inside the sentence, on Arabic pages too.
      expect(text).toContain('\u2068Le procès-verbal du conseil dit 15 février 2020\u2069');
      expect(text).toContain('\u2068Agente Tifariti');
      expect(text).toContain('\u2068Secrétariat des cités amies');
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.screenshot({
        path: new URL(`correction-history-${language}.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });
      await context.close();
    }
    const stored = await harness.api().GET('/api/agreements/{id}', { params: { path: { id: ids.signed } } });
    expect(stored.data).toMatchObject({
      signedOn: '2020-02-15',
      startsOn: '2020-02-15',
      endsOn: '2025-02-15',
    });
  });
});
