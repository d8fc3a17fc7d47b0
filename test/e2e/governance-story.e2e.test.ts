import { describe, expect, it } from 'vitest';
import { accessibilityViolations, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

// The public pages of a network's governance, on the demo's International Coordination Council.

const harness = setUpBrowserTests();

async function demoCouncil() {
  const networks = await harness.api().GET('/api/networks');
  const club = networks.data!.items[0]!;
  const detail = await harness.api().GET('/api/networks/{id}', { params: { path: { id: club.id } } });
  const councilId = detail.data!.bodies[0]!.id;
  const meetings = await harness.api().GET('/api/bodies/{id}/meetings', {
    params: { path: { id: councilId } },
  });
  return { clubId: club.id, councilId, meetingId: meetings.data!.items[0]!.id };
}

describe('the governance of a network, in the portal', () => {
  it('shows the council’s seats and its held meeting, rendered on the server, in Arabic', async () => {
    const { clubId, meetingId } = await demoCouncil();
    const html = await (
      await fetch(`${harness.baseUrl}/meetings/${meetingId}`, { headers: { 'accept-language': 'ar' } })
    ).text();
    expect(html).toContain('الاجتماع الأول لمجلس التنسيق الدولي');
    expect(html).toContain('نعم 5 · لا 0 · امتناع 1');
    const missing = await fetch(`${harness.baseUrl}/meetings/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);

    const { context, page } = await harness.visitor('ar', { bypassCSP: true });
    await page.goto(`/networks/${clubId}`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const seats = page.locator('[data-seats]');
    await seats.waitFor();
    await expect(seats.locator('[data-seat-category="elected_officials"]').innerText()).resolves.toContain(
      'Moulay Brahim Chrif',
    );
    expect(await seats.locator('[data-seat]').count()).toBe(6);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('governance-network-ar.png', SCREENSHOTS).pathname, fullPage: true });
    await page.getByRole('link', { name: 'الاجتماع الأول لمجلس التنسيق الدولي' }).click();
    await page.waitForURL(`**/meetings/${meetingId}`);
    await page.getByTestId('quorum').filter({ hasText: 'النصاب مكتمل' }).waitFor();
    await page.getByText('يصادق المجلس على نظامه الداخلي').waitFor();
    await page.getByText('نعم 5 · لا 0 · امتناع 1').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('governance-meeting-ar.png', SCREENSHOTS).pathname, fullPage: true });
    await context.close();
  });
});
