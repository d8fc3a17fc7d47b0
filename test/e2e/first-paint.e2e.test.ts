import { describe, expect, it } from 'vitest';
import { setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

/** Whether React has taken this element over (it marks each element it hydrates or draws). */
const taken = (selector: string) =>
  Object.keys(document.querySelector(selector) ?? {}).some((key) => key.startsWith('__reactFiber'));

describe('the first paint', () => {
  it('shows the page itself, styled and in the reader’s direction, before any script has come', async () => {
    const { context, page } = await harness.visitor('ar');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.route(/\.js$/, (route) => route.abort());
    await page.goto('/agreements', { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => page.locator('h1').textContent()).toBe('الاتفاقيات');
    // The phone's cards, not the desktop's table, and real links to each agreement.
    const cards = page.locator('[data-agreement-card]');
    expect(await cards.count()).toBeGreaterThan(3);
    expect(await page.locator('table').first().isVisible()).toBe(false);
    const href = await cards.first().locator('a').first().getAttribute('href');
    expect(href).toMatch(/^\/agreements\/[0-9a-f-]{36}$/);
    expect(await page.locator('h1').evaluate((element) => getComputedStyle(element).fontFamily)).toContain(
      'Noto Sans',
    );
    // Following a link without scripts opens that agreement's page, rendered too.
    await page.goto(href!, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('h1').textContent()).not.toBe('');
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(2);
    await context.close();
  });

  it('is taken over by the application as it is: same elements, no request asked again, no error', async () => {
    const { context, page } = await harness.visitor('fr');
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(request.url());
    });
    // The application's code waits until the page as the server sent it has been marked.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await page.locator('h1').evaluate((element) => element.setAttribute('data-sent-by-server', ''));
    expect(await page.evaluate(taken, 'h1')).toBe(false);
    release();
    await page.waitForFunction(taken, 'h1');
    // Hydrated, not redrawn: the heading is still the element the server sent.
    expect(await page.locator('h1[data-sent-by-server]').count()).toBe(1);
    // And it works: the search suggests as one types.
    await page.getByRole('searchbox').fill('Smara');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(asked.filter((url) => /\/api\/(figures|agreements)\b/.test(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads afresh what a later page needs, and the first page again when the reader comes back', async () => {
    const { context, page } = await harness.visitor('en');
    await page.goto('/');
    await page.waitForFunction(taken, 'h1');
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(url.pathname);
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Agreements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    await expect.poll(() => asked).toContain('/api/agreements');
    await page.goBack();
    await page.locator('h1').first().waitFor();
    await expect.poll(() => asked.filter((path) => path === '/api/figures').length).toBeGreaterThan(0);
    await context.close();
  });

  it('writes a moment’s day in the reader’s time zone without the server’s page being redrawn', async () => {
    // At any hour, one of these zones is on another day than UTC, the server's.
    for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const context = await harness.browser.newContext({
        baseURL: harness.baseUrl,
        locale: 'en',
        timezoneId,
        extraHTTPHeaders: { 'accept-language': 'en' },
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      const agreements = await harness.api().GET('/api/agreements', { params: { query: { limit: 100 } } });
      // An agreement whose history says when a step was recorded: a moment, not a day.
      let shown = false;
      for (const item of agreements.data?.items ?? []) {
        await page.goto(`/agreements/${item.id}`);
        await page.waitForFunction(taken, 'h1');
        const recorded = page.getByText(/^recorded on /);
        if ((await recorded.count()) === 0) continue;
        const { data } = await harness
          .api()
          .GET('/api/agreements/{id}', { params: { path: { id: item.id } } });
        const dayThere = (moment: string) =>
          new Intl.DateTimeFormat('sv-SE', { timeZone: timezoneId }).format(new Date(moment));
        const at = data?.transitions.find(
          (step) => step.occurredOn && step.occurredOn !== dayThere(step.at),
        )?.at;
        const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: timezoneId }).format(
          new Date(at!),
        );
        await expect.poll(() => recorded.first().textContent()).toBe(`recorded on ${day}`);
        shown = true;
        break;
      }
      expect(shown, 'an agreement with a step recorded after it happened').toBe(true);
      expect(problems, timezoneId).toEqual([]);
      await context.close();
    }
  });
});
