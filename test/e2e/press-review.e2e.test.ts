import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/accounts.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { enrolTwoFactor } from '../helpers/app.ts';
import { accessibilityViolations, PASSWORD, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

// A reviewer reading Arabic pastes an Arabic article on the workspace's press review page, follows
// its reading, opens its review, gives the country of a place the gazetteer lacks and accepts: the
// agreement's public page cites the article and the sentence it was read from. The same article
// pasted again is said to be submitted already, and nothing new is proposed.

const harness = setUpBrowserTests({ jobWorker: true });
// Dakhla and Toujounine sign a partnership agreement (Arabic press, February 2026).
const ARTICLE = JSON.parse(readFileSync(new URL('../fixtures/press/028.json', import.meta.url), 'utf8')) as {
  text: string;
  published: string;
};
// Marrakech signs with Dakar, and with Marseille (Arabic press): two proposals.
const SECOND = JSON.parse(readFileSync(new URL('../fixtures/press/027.json', import.meta.url), 'utf8')) as {
  text: string;
};
let adminCookie = '';
let cookies: Array<{ name: string; value: string }> = [];

beforeAll(async () => {
  const email = 'press.reviewer@e2e.example';
  await inTransaction(harness.database.db, (tx) =>
    createUser(
      tx,
      { actor: 'test' },
      { email, displayName: 'Reviewer', password: PASSWORD, isPlatformAdmin: true },
    ),
  );
  const signedIn = await harness.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: PASSWORD },
  });
  cookies = [signedIn.headers['set-cookie'] ?? []].flat().map((header) => {
    const [name, value] = String(header).split(';')[0]!.split('=') as [string, string];
    return { name, value };
  });
  adminCookie = cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  // Admin rights hold only with two-factor sign-in on.
  await enrolTwoFactor(harness.app, adminCookie, PASSWORD);
});

async function signIn(page: Page) {
  await page.context().addCookies(cookies.map((cookie) => ({ ...cookie, url: harness.baseUrl })));
}

async function paste(page: Page) {
  await page.getByLabel('نص المقال').fill(ARTICLE.text);
  await page.getByLabel('تاريخ النشر').fill(ARTICLE.published);
  await page.getByRole('button', { name: 'إرسال المقال' }).click();
}

describe('the press review', () => {
  it('reads an Arabic article, takes a correction and records the agreement once', async () => {
    const { context, page } = await harness.visitor('ar', { bypassCSP: true });
    await signIn(page);
    await page.goto('/workspace');
    await page.getByRole('link', { name: 'مراجعة الصحافة' }).click();
    await page.waitForURL('**/workspace/press');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.getByLabel('نص المقال').getAttribute('dir')).toBe('auto');

    await paste(page);
    // The reading is followed until it ends, then the review is one link away.
    const review = page.getByRole('link', { name: 'فتح مراجعته' });
    await review.waitFor({ timeout: 60_000 });
    await review.click();
    await page.waitForURL(/\/workspace\/press\/[0-9a-f-]{36}$/);
    const sourceId = page.url().split('/').at(-1)!;

    const text = page.locator('[data-article-text]');
    expect(await text.getAttribute('dir')).toBe('rtl');
    expect(await text.getAttribute('lang')).toBe('ar');
    const card = page.locator('li[data-proposal]').first();
    await card.waitFor();
    // The selected proposal's passages are marked in the text: the parties' names among them.
    await expect.poll(() => text.locator('mark').count()).toBeGreaterThan(0);
    expect(await text.locator('mark').allTextContents()).toContain('الداخلة');
    // Dakhla is not in the demo's gazetteer: a new place, whose country is to fill in.
    await card.getByText('مكان جديد: ').first().waitFor();
    await page.screenshot({ path: new URL('press-review-ar.png', SCREENSHOTS).pathname, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // Side by side on a wide screen; on a phone, the text above the proposals.
    const wide = { text: (await text.boundingBox())!, card: (await card.boundingBox())! };
    expect(wide.card.y).toBeLessThan(wide.text.y + wide.text.height);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(async () => (await card.boundingBox())!.y - (await text.boundingBox())!.y)
      .toBeGreaterThanOrEqual((await text.boundingBox())!.height);
    await page.setViewportSize({ width: 1280, height: 900 });

    await card.getByLabel('بلد المكان الجديد (الطرف 1)').selectOption('EH');
    await card.getByRole('button', { name: 'قبول' }).click();
    const outcome = page.locator('[data-outcome="accepted"]');
    await outcome.waitFor();

    const read = await harness
      .api(adminCookie)
      .GET('/api/press/articles/{id}', { params: { path: { id: sourceId } } });
    const proposal = read.data!.proposals[0]!;
    expect(proposal.status).toBe('accepted');
    expect(proposal.draft.parties[0]?.newPlace?.countryCode).toBe('EH');
    const sentence = (proposal.evidence as { passage: { text: string } }).passage.text;

    // The agreement's public page names the article as its source and quotes the sentence.
    await outcome.getByRole('link', { name: 'عرض الاتفاقية' }).click();
    await page.waitForURL(`**/agreements/${proposal.agreementId}`);
    const sources = page.locator('section[aria-labelledby="sources-title"]');
    await sources.getByText(read.data!.title, { exact: true }).waitFor();
    await sources.locator('blockquote').filter({ hasText: sentence }).waitFor();

    // The same article again: said plainly, linking to the article, and nothing new proposed.
    await page.goto('/workspace/press');
    await paste(page);
    const again = page.locator('[data-submitted="again"]');
    await again.getByText('أُرسل من قبل').waitFor();
    expect(await again.getByRole('link', { name: 'فتح مراجعته' }).getAttribute('href')).toBe(
      `/workspace/press/${sourceId}`,
    );
    await page.screenshot({ path: new URL('press-articles-ar.png', SCREENSHOTS).pathname, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    const after = await harness
      .api(adminCookie)
      .GET('/api/press/articles/{id}', { params: { path: { id: sourceId } } });
    expect(after.data!.proposals.map((one) => one.id)).toEqual([proposal.id]);
    const all = await harness.api(adminCookie).GET('/api/press/articles', { params: { query: {} } });
    expect(all.data!.items.map((item) => item.sourceId)).toEqual([sourceId]);
    await context.close();
  });

  it('changes a party to a place found by the place search, and rejects a proposal with its reason', async () => {
    const { context, page } = await harness.visitor('en', { bypassCSP: true });
    await signIn(page);
    await page.goto('/workspace/press');
    await page.getByLabel('The article’s text').fill(SECOND.text);
    await page.getByRole('button', { name: 'Send the article' }).click();
    await page.getByRole('link', { name: 'Open its review' }).click({ timeout: 60_000 });
    await page.waitForURL(/\/workspace\/press\/[0-9a-f-]{36}$/);
    const sourceId = page.url().split('/').at(-1)!;
    const cards = page.locator('li[data-proposal]');
    await expect.poll(() => cards.count()).toBe(2);
    const first = cards.nth(0);

    // Dakhla, made a place when the first article was accepted, is found by its Arabic name.
    await first.locator('[data-party="0"]').getByText('Other place').click();
    await first.getByLabel('Place for party 1').fill('الداخلة');
    await page.getByRole('option', { name: /الداخلة/ }).click();
    await first.locator('[data-party="0"] [data-resolved="place"]').waitFor();
    await first.getByRole('button', { name: 'Save correction' }).click();
    await first.getByRole('status').filter({ hasText: 'Correction saved.' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const second = cards.nth(1);
    await second.getByRole('button', { name: 'Reject' }).click();
    await second.getByLabel('Why is it rejected?').fill('Another agreement, told apart');
    await second.getByRole('button', { name: 'Reject this proposal' }).click();
    await second
      .locator('[data-outcome="rejected"]')
      .getByText(/Another agreement, told apart/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const read = await harness
      .api(adminCookie)
      .GET('/api/press/articles/{id}', { params: { path: { id: sourceId } } });
    const [corrected, rejected] = read.data!.proposals;
    expect(corrected!.status).toBe('pending');
    expect(corrected!.draft.parties[0]!.placeId).toBeTruthy();
    expect(read.data!.places[corrected!.draft.parties[0]!.placeId!]!.countryCode).toBe('EH');
    expect(rejected!.status).toBe('rejected');
    expect(rejected!.rejectionReason).toBe('Another agreement, told apart');
    await context.close();
  });
});
