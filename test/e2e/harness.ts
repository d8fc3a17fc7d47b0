import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createUser, grantRole } from '../../src/accounts/accounts.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { loadDemo } from '../../src/demo/load.ts';
import { type App, buildApp } from '../../src/http/app.ts';
import { WEB_ROOT } from '../../src/http/web-app.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { type ApiClient, apiClient } from '../helpers/api-client.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { startTestSmtpServer } from '../helpers/smtp.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url);
export const PASSWORD = 'copper lantern orbit mosaic';

export interface Harness {
  app: App;
  database: DatabaseHandle;
  browser: Browser;
  baseUrl: string;
  /** A fresh browser profile reading in this language, as a new visitor would. */
  visitor(
    language: 'ar' | 'fr' | 'en',
    options?: { bypassCSP?: boolean },
  ): Promise<{ context: BrowserContext; page: Page }>;
  /** A user with these roles (their email is returned), to sign in through the pages. */
  account(
    name: string,
    grants: Array<{ role: 'municipal_officer' | 'network_secretariat'; scopeId: string }>,
  ): Promise<string>;
  organizationId(name: string): Promise<string>;
  /** The API's typed client, as the public or with a session cookie, to check what the pages did. */
  api(cookie?: string): ApiClient;
  /** The emails the application sent, as a test SMTP server received them (with `{ mail: true }`). */
  mails: Awaited<ReturnType<typeof startTestSmtpServer>>['received'];
}

/**
 * Starts Jumelage on a test database with the demo data, serving the built web application, and a
 * headless Chromium (Debian's, no download) to drive it.
 */
export function setUpBrowserTests(options: { mail?: boolean; jobWorker?: boolean } = {}): Harness {
  const harness = {} as Harness;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>> | undefined;
  beforeAll(async () => {
    if (!existsSync(`${WEB_ROOT}/index.html`))
      throw new Error('the web application is not built: run npm run build');
    if (!existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: install the Debian package chromium`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    harness.database = await createTestDatabase();
    await loadDemo(harness.database);
    if (options.mail) {
      smtp = await startTestSmtpServer();
      harness.mails = smtp.received;
    }
    harness.app = await buildApp({
      database: harness.database,
      // Imports queued by the pages run as jobs, as `serve` runs them.
      ...(options.jobWorker ? { jobWorker: { pollMs: 100 } } : {}),
      ...(smtp
        ? { mailer: createMailer({ smtpUrl: smtp.url, from: 'Jumelage <no-reply@jumelage.example.org>' }) }
        : {}),
    });
    await harness.app.listen({ port: 0, host: '127.0.0.1' });
    harness.baseUrl = `http://127.0.0.1:${(harness.app.server.address() as AddressInfo).port}`;
    harness.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    harness.visitor = async (language, options = {}) => {
      const context = await harness.browser.newContext({
        baseURL: harness.baseUrl,
        locale: language,
        extraHTTPHeaders: { 'accept-language': language },
        viewport: { width: 1280, height: 900 },
        bypassCSP: options.bypassCSP ?? false,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return { context, page };
    };
    harness.account = async (name, grants) => {
      const email = `${name.toLowerCase().replace(/\W+/g, '.')}@e2e.example`;
      await inTransaction(harness.database.db, async (tx) => {
        const user = await createUser(
          tx,
          { actor: 'test' },
          { email, displayName: name, password: PASSWORD },
        );
        for (const grant of grants) await grantRole(tx, { actor: 'test' }, { userId: user.id, ...grant });
      });
      return email;
    };
    harness.api = (cookie) => apiClient(harness.app, cookie ? { cookie } : {});
    harness.organizationId = async (name) => {
      const found = await harness.api().GET('/api/organizations', {
        params: { query: { q: name } },
      });
      const id = found.data?.items[0]?.id;
      if (!id) throw new Error(`no organization ${name} in the demo data`);
      return id;
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.app?.close();
    await smtp?.close();
    await harness.database?.close();
  });
  return harness;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page; answers the serious and critical violations, described. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<any> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return (
    results.violations as Array<{
      id: string;
      impact: string;
      help: string;
      nodes: Array<{ target: string[] }>;
    }>
  )
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Signs in through the sign-in page, as a person would, and waits for the workspace. */
export async function signInThroughForm(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/workspace');
}
