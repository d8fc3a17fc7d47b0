import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invitations } from '../../src/accounts/tables.ts';
import { totpCode } from '../../src/accounts/two-factor/codes.ts';
import { accessibilityViolations, PASSWORD, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests({ mail: true });
const NEW_PASSWORD = 'violet harbour compass thistle';

/** The link of the last email sent to this address, as the path and query to open on the test server. */
async function emailedLink(to: string, path: string): Promise<string> {
  const mail = () =>
    [...harness.mails].reverse().find((sent) => sent.to && JSON.stringify(sent.to).includes(to));
  await expect.poll(() => mail()?.text ?? '').toContain(path);
  const link = new URL(mail()!.text!.match(/https?:\/\/\S+/)![0]);
  expect(link.pathname).toBe(path);
  return `${link.pathname}${link.search}`;
}

let secretariat: string | undefined;

/**
 * Invites this address as a municipal officer of Smara, as the secretariat of a network Smara is a
 * member of does through the API; the email goes through the test SMTP server.
 */
async function invite(email: string, language: 'ar' | 'fr' | 'en'): Promise<void> {
  const smara = await harness.organizationId('Commune de Smara');
  if (!secretariat) {
    const memberships = await harness
      .api()
      .GET('/api/memberships', { params: { query: { memberOrganization: smara } } });
    const network = memberships.data![0]!.organizationId;
    const account = await harness.account('Secretariat Invites', [
      { role: 'network_secretariat', scopeId: network },
    ]);
    const signedIn = await harness
      .api()
      .POST('/api/auth/sign-in', { body: { email: account, password: PASSWORD } });
    secretariat = String(signedIn.response.headers.get('set-cookie')).split(';')[0]!;
  }
  const sent = await harness.api(secretariat).POST('/api/invitations', {
    body: { email, language, grants: [{ role: 'municipal_officer', scopeId: smara }] },
  });
  expect(sent.response.status).toBe(201);
}

async function signIn(
  page: Page,
  email: string,
  password: string,
  labels = { email: 'Email address', submit: 'Sign in' },
) {
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: labels.submit }).last().click();
  await page.waitForURL('**/workspace');
}

describe('joining by invitation', () => {
  it('follows the emailed link to a signed-in workspace, in French', async () => {
    await invite('nadia.fr@e2e.example', 'fr');
    const link = await emailedLink('nadia.fr@e2e.example', '/sign-up');
    // CSP bypassed for axe-core's inline script only.
    const { context, page } = await harness.visitor('fr', { bypassCSP: true });
    await page.goto(link);
    await page.getByRole('heading', { name: 'Rejoindre Jumelage' }).waitFor();
    await page.getByText('Agent municipal').waitFor();
    await page.getByText('Commune de Smara').first().waitFor();
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('nadia.fr@e2e.example');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Votre nom').fill('Nadia Lahlou');
    await page.locator('input[name="password"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirm"]').fill('something else entirely');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Les deux mots de passe diffèrent.').waitFor();

    // Too short: the API's words, at the password field.
    await page.locator('input[name="password"]').fill('court');
    await page.locator('input[name="confirm"]').fill('court');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const passwordError = page.locator('[id$="-error"]');
    await expect.poll(() => passwordError.count()).toBe(1);
    expect(await page.locator('input[name="password"]').getAttribute('aria-invalid')).toBe('true');

    await page.locator('input[name="password"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirm"]').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL('**/workspace');
    await page.getByText('Bienvenue, Nadia Lahlou.').waitFor();
    await page.getByText('Agent municipal').waitFor();

    // The link is spent.
    const other = await harness.visitor('fr');
    await other.page.goto(link);
    await other.page
      .getByText('Ce lien d’invitation est inconnu, déjà utilisé, retiré ou expiré', { exact: false })
      .waitFor();
    await other.context.close();
    await context.close();
  });

  it('follows the emailed link to a signed-in workspace, in Arabic, right to left', async () => {
    await invite('salma.ar@e2e.example', 'ar');
    const link = await emailedLink('salma.ar@e2e.example', '/sign-up');
    const { context, page } = await harness.visitor('ar');
    await page.goto(link);
    await page.getByRole('heading', { name: 'الانضمام إلى Jumelage' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByText('موظف جماعي').waitFor();
    await page.getByLabel('اسمك').fill('سلمى العلوي');
    await page.locator('input[name="password"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirm"]').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'إنشاء حسابي' }).click();
    await page.waitForURL('**/workspace');
    await page.getByText('مرحبًا، سلمى العلوي.').waitFor();
    await context.close();
  });

  it('says clearly when the link is unknown', async () => {
    const { context, page } = await harness.visitor('en');
    await page.goto('/sign-up?token=not-a-real-token-at-all-0000000000');
    await page.getByRole('alert').getByText('This link no longer works').waitFor();
    await page.getByText('Ask the person who invited you for a new one.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Create my account' }).count()).toBe(0);
    await page.goto('/sign-up');
    await page.getByRole('alert').getByText('This link no longer works').waitFor();
    await context.close();
  });

  it('says clearly when the invitation has expired', async () => {
    await invite('late.en@e2e.example', 'en');
    const link = await emailedLink('late.en@e2e.example', '/sign-up');
    const day = 24 * 60 * 60 * 1000;
    await harness.database.db
      .update(invitations)
      .set({ createdAt: new Date(Date.now() - 15 * day), expiresAt: new Date(Date.now() - day) })
      .where(eq(invitations.email, 'late.en@e2e.example'));
    const { context, page } = await harness.visitor('en');
    await page.goto(link);
    await page.getByRole('alert').getByText('This link no longer works').waitFor();
    await page.getByText('withdrawn or expired', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Create my account' }).count()).toBe(0);
    await context.close();
  });
});

describe('a new email address', () => {
  it('is confirmed from the link sent to it, once', async () => {
    const email = await harness.account('Karim Moves', []);
    const signedIn = await harness.api().POST('/api/auth/sign-in', { body: { email, password: PASSWORD } });
    const cookie = String(signedIn.response.headers.get('set-cookie')).split(';')[0]!;
    const asked = await harness
      .api(cookie)
      .POST('/api/auth/email', { body: { password: PASSWORD, newEmail: 'karim.new@e2e.example' } });
    expect(asked.response.status).toBe(202);
    const link = await emailedLink('karim.new@e2e.example', '/confirm-email');

    const { context, page } = await harness.visitor('fr');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Confirmer votre nouvelle adresse' }).waitFor();
    await page.getByRole('button', { name: 'Confirmer cette adresse' }).click();
    await page.getByText('L’adresse de votre compte est désormais karim.new@e2e.example.').waitFor();
    const again = await harness
      .api()
      .POST('/api/auth/sign-in', { body: { email: 'karim.new@e2e.example', password: PASSWORD } });
    expect(again.response.status).toBe(200);

    await page.goto(link);
    await page.getByRole('button', { name: 'Confirmer cette adresse' }).click();
    await page
      .getByText('Ce lien de confirmation est inconnu, déjà utilisé ou expiré.', { exact: false })
      .waitFor();
    await context.close();
  });
});

describe('a forgotten password', () => {
  it('is reset from the emailed link, and the new one signs in', async () => {
    const email = await harness.account('Omar Reset', []);
    const { context, page } = await harness.visitor('en');
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/forgot-password');
    // The address changes as the next page's code loads; the sign-in form stays until it has come.
    await page.getByRole('button', { name: 'Send me a link' }).waitFor();
    // An address with no account gets the same answer.
    await page.getByLabel('Email address').fill('nobody@e2e.example');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    const neutral = 'If an account uses this address, a link to choose a new password has been sent to it.';
    // The answer takes as long for an unknown address as for a known one (a password hash): a
    // loaded machine may take a while.
    await page.getByText(neutral, { exact: false }).waitFor({ timeout: 45_000 });
    await page.reload();
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText(neutral, { exact: false }).waitFor({ timeout: 45_000 });

    const link = await emailedLink(email, '/reset-password');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.locator('input[name="password"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirm"]').fill(`${NEW_PASSWORD} x`);
    await page.getByRole('button', { name: 'Change the password' }).click();
    await page.getByText('The two passwords differ.').waitFor();
    await page.locator('input[name="password"]').fill('omar reset');
    await page.locator('input[name="confirm"]').fill('omar reset');
    await page.getByRole('button', { name: 'Change the password' }).click();
    await expect.poll(() => page.locator('input[name="password"]').getAttribute('aria-invalid')).toBe('true');
    await page.locator('input[name="password"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirm"]').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change the password' }).click();
    await page.getByText('Password changed').waitFor();

    await signIn(page, email, NEW_PASSWORD);
    await page.getByText('Welcome, Omar Reset.').waitFor();

    // The link works once.
    await page.goto(link);
    await page.locator('input[name="password"]').fill(`${NEW_PASSWORD} again`);
    await page.locator('input[name="confirm"]').fill(`${NEW_PASSWORD} again`);
    await page.getByRole('button', { name: 'Change the password' }).click();
    await page.getByText('This reset link is unknown, already used or expired.').waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    await context.close();
  });
});

describe('two-factor sign-in', () => {
  it('is set up with the QR code or its key, shows ten recovery codes once, and turns off', async () => {
    const email = await harness.account('Hind Totp', []);
    const { context, page } = await harness.visitor('en');
    await signIn(page, email, PASSWORD);
    await page.getByRole('link', { name: 'Two-factor sign-in' }).click();
    await page.waitForURL('**/workspace/two-factor');
    await page.locator('input[name="password"]').fill('not my password at all');
    await page.getByRole('button', { name: 'Set up' }).click();
    await expect.poll(() => page.locator('input[name="password"]').getAttribute('aria-invalid')).toBe('true');
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set up' }).click();

    await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
    // The QR code is drawn under the page's Content Security Policy.
    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    await expect.poll(() => qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    const wrong = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, '0');
    await page.getByLabel('Code shown by the app').fill(wrong);
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect
      .poll(() => page.getByLabel('Code shown by the app').getAttribute('aria-invalid'))
      .toBe('true');
    await page.getByLabel('Code shown by the app').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();

    const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    const download = page.getByRole('link', { name: 'Download as a text file' });
    expect(await download.getAttribute('download')).toBe('jumelage-recovery-codes.txt');
    const first = (await codes.first().textContent())!.trim();
    expect(decodeURIComponent((await download.getAttribute('href'))!)).toContain(first);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByText('Recovery codes left: 10.', { exact: false }).waitFor();

    // Signing in now asks for a code.
    const status = await harness.api().POST('/api/auth/sign-in', { body: { email, password: PASSWORD } });
    expect(status.error?.field).toBe('/code');

    // New codes replace the old ones.
    const renew = page.getByRole('form', { name: 'New recovery codes' });
    await renew.locator('input[name="password"]').fill(PASSWORD);
    await renew.getByRole('button', { name: 'New recovery codes' }).click();
    await expect.poll(() => codes.count()).toBe(10);
    expect(await codes.allTextContents()).not.toContain(first);
    await page.getByRole('button', { name: 'I have saved them' }).click();

    const off = page.getByRole('form', { name: 'Turn off' });
    await off.locator('input[name="password"]').fill(PASSWORD);
    await off.getByRole('button', { name: 'Turn off' }).click();
    await page.getByText('Two-factor sign-in is off', { exact: false }).waitFor();
    await context.close();
  });
});
