import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, grantRole } from '../../src/accounts/accounts.ts';
import { users } from '../../src/accounts/tables.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { setNetworkRules } from '../../src/networks/network-rules.ts';
import {
  accessibilityViolations,
  PASSWORD,
  SCREENSHOTS,
  setUpBrowserTests,
  signInThroughForm,
} from './harness.ts';

// The governance of a network, on the demo's International Club of Smara Twinned Cities: its
// council's seats and held meeting in the portal; then the story of Done means. Ivry-sur-Seine
// asks to join the Club, whose rules give admission to the International Coordination Council;
// the secretariat plans and convenes a meeting of the council with an item and a motion to admit
// Ivry, records attendance and opens a roll-call vote; three council members vote in their
// browsers (one in Arabic, one in French, one in English); the secretariat closes the vote and
// records the decision admitting Ivry; the meeting's page shows the result and the Club's page
// its new member.

const harness = setUpBrowserTests();
const SYSTEM = { actor: 'test' };

/** The council members who vote in the story, by the names the demo gives them, with their accounts. */
const VOTERS = [
  { name: 'Fatima Sida', language: 'ar', yes: 'نعم', totals: 'نعم 1 · لا 0 · امتناع 0' },
  { name: 'Moulay Brahim Chrif', language: 'fr', yes: 'Pour', totals: 'Pour 2 · Contre 0 · Abstentions 0' },
  { name: 'Yahia Tindina', language: 'en', yes: 'Yes', totals: 'Yes 3 · No 0 · Abstentions 0' },
] as const;
const emailOf = (name: string) => `${name.toLowerCase().replace(/\W+/g, '.')}@council.e2e.example`;

const story = { clubId: '', councilId: '', ivryId: '', secretariat: '', meetingId: '' };

beforeAll(async () => {
  const { clubId, councilId } = await demoCouncil();
  story.clubId = clubId;
  story.councilId = councilId;
  story.ivryId = await harness.organizationId('Ivry-sur-Seine');
  story.secretariat = await harness.account('Club Secretariat', [
    { role: 'network_secretariat', scopeId: clubId },
  ]);
  const officer = await harness.account('Ivry Officer', [
    { role: 'municipal_officer', scopeId: story.ivryId },
  ]);
  const governance = await harness.api().GET('/api/bodies/{id}/governance', {
    params: { path: { id: councilId } },
  });
  const holders = governance.data!.seats.flatMap((seat) => seat.holders);
  await inTransaction(harness.database.db, async (tx) => {
    // The Club's rules: the council admits its members, by an adopted decision.
    await setNetworkRules(tx, SYSTEM, clubId, { admissionBy: 'body', admissionBodyId: councilId });
    for (const voter of VOTERS) {
      const person = holders.find((holder) => holder.personName === voter.name)!;
      const user = await createUser(tx, SYSTEM, {
        email: emailOf(voter.name),
        displayName: voter.name,
        password: PASSWORD,
      });
      await tx.update(users).set({ personId: person.personId }).where(eq(users.id, user.id));
      await grantRole(tx, SYSTEM, { userId: user.id, role: 'council_member', scopeId: councilId });
    }
  });
  // Ivry-sur-Seine's officer asks for the city to join the Club.
  const signedIn = await harness.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: officer, password: PASSWORD },
  });
  const cookie = [signedIn.headers['set-cookie'] ?? []]
    .flat()
    .map((header) => String(header).split(';')[0])
    .join('; ');
  const applied = await harness.api(cookie).POST('/api/memberships', {
    body: { organizationId: clubId, memberOrganizationId: story.ivryId, role: 'member' },
  });
  expect(applied.data?.status).toBe('applied');
});

async function settled(page: Page, text: string) {
  await page.getByText(text, { exact: true }).first().waitFor();
}

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
    await expect(seats.locator('[data-seat-category="elected_officials"]').textContent()).resolves.toContain(
      'Moulay Brahim Chrif',
    );
    expect(await seats.locator('[data-seat]').count()).toBe(6);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: new URL('governance-network-ar.png', SCREENSHOTS).pathname,
      fullPage: true,
    });
    await page.getByRole('link', { name: 'الاجتماع الأول لمجلس التنسيق الدولي' }).click();
    await page.waitForURL(`**/meetings/${meetingId}`);
    await page.getByTestId('quorum').filter({ hasText: 'النصاب مكتمل' }).waitFor();
    await page.getByText('يصادق المجلس على نظامه الداخلي').waitFor();
    await page.getByText('نعم 5 · لا 0 · امتناع 1').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: new URL('governance-meeting-ar.png', SCREENSHOTS).pathname,
      fullPage: true,
    });
    await context.close();
  });
});

describe('the council admits a city to the network (the story of Done means)', () => {
  it('is planned, convened, voted in three languages, closed and decided, and shows in the portal', async () => {
    // The secretariat plans the meeting from the council's page in the workspace.
    const secretariat = await harness.visitor('en', { bypassCSP: true });
    const page = secretariat.page;
    await signInThroughForm(page, story.secretariat);
    await page.goto(`/workspace/networks/${story.clubId}/bodies`);
    await page.getByRole('link', { name: 'Seats, rules and meetings' }).click();
    await page.waitForURL(`**/workspace/bodies/${story.councilId}`);
    await page.getByRole('heading', { name: 'Plan a meeting' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const plan = page.locator('#plan-meeting');
    await plan.getByLabel('Title in Arabic').fill('الاجتماع الثاني لمجلس التنسيق الدولي');
    await plan
      .getByLabel('Title in French')
      .fill('Deuxième réunion du Conseil de coordination international');
    await plan
      .getByLabel('Title in English')
      .fill('Second meeting of the International Coordination Council');
    await plan.getByLabel('Date and time').fill('2027-05-20T10:00');
    await plan.getByLabel('Time zone').fill('Africa/Casablanca');
    await plan.getByLabel('Place', { exact: true }).fill('Smara');
    await plan.getByRole('button', { name: 'Plan the meeting' }).click();
    await page.waitForURL('**/workspace/meetings/*');
    story.meetingId = page.url().split('/').at(-1)!;
    await page
      .getByRole('heading', { name: 'Second meeting of the International Coordination Council' })
      .waitFor();
    // Its agenda and a motion to admit Ivry-sur-Seine.
    const agenda = page.locator('#agenda-form');
    await agenda.getByLabel('Title in English').fill('Admission of Ivry-sur-Seine');
    await agenda.getByLabel('Title in Arabic').fill('قبول عضوية إيفري سور سين');
    await agenda.getByLabel('Title in French').fill('Admission d’Ivry-sur-Seine');
    await agenda.getByRole('button', { name: 'Add to the agenda' }).click();
    await page.locator('#motion-form').waitFor();
    const motion = page.locator('#motion-form');
    await motion.getByLabel('Text in English').fill('The Club admits Ivry-sur-Seine as a member');
    await motion.getByLabel('Text in Arabic').fill('يقبل النادي إيفري سور سين عضوًا');
    await motion.getByLabel('Text in French').fill('Le Club admet Ivry-sur-Seine comme membre');
    await motion.getByRole('button', { name: 'Put the motion' }).click();
    await settled(page, 'The Club admits Ivry-sur-Seine as a member');
    await page.getByRole('button', { name: 'Convene' }).click();
    await page.getByText('Convened', { exact: true }).waitFor();
    // The time as typed, in the meeting's zone; once convened, the meeting is public.
    await page.getByText(/Thursday, May 20, 2027 at 10:00\sAM/).waitFor();
    const convened = await harness
      .api()
      .GET('/api/meetings/{id}', { params: { path: { id: story.meetingId } } });
    expect(convened.data).toMatchObject({
      status: 'convened',
      timezone: 'Africa/Casablanca',
      place: 'Smara',
    });

    // Attendance, seat holder by seat holder: the quorum follows.
    for (const name of ['Moulay Brahim Chrif', 'Fatima Sida', 'Yahia Tindina', 'Rohi Malik Loi']) {
      await page.getByLabel(`Attendance of ${name}`).selectOption('present');
    }
    await page.getByTestId('quorum').filter({ hasText: 'Quorum not reached: 4 of 6 needed' }).waitFor();
    await page.getByLabel('Attendance of Mostafa Asarid').selectOption('present');
    await page.getByLabel('Attendance of Pankaj Choudhary').selectOption('proxy');
    await page.getByLabel('Proxy holder for Pankaj Choudhary').selectOption({ label: 'Moulay Brahim Chrif' });
    await page.getByTestId('quorum').filter({ hasText: 'Quorum reached: 6 of 6 needed' }).waitFor();
    // The secretariat's page, invitations and their delivery included, is readable by all.
    await page.getByTestId('invitations-totals').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Open a vote: Roll-call vote' }).click();
    await page.getByText('Roll call open: members vote on this page').waitFor();
    await page.screenshot({
      path: new URL('governance-secretariat-en.png', SCREENSHOTS).pathname,
      fullPage: true,
    });

    // Three seated members vote, each in their own language; the first in Arabic.
    for (const voter of VOTERS) {
      const member = await harness.visitor(voter.language, { bypassCSP: true });
      await signInThroughForm(member.page, emailOf(voter.name));
      await member.page.goto(`/workspace/meetings/${story.meetingId}`);
      if (voter.language === 'ar') {
        expect(await member.page.locator('html').getAttribute('dir')).toBe('rtl');
        await member.page.getByTestId('quorum').filter({ hasText: 'النصاب مكتمل' }).waitFor();
        expect(await accessibilityViolations(member.page)).toEqual([]);
      }
      // Their own vote comes first; a proxy they hold is offered after it.
      await member.page.getByRole('button', { name: voter.yes, exact: true }).first().click();
      await member.page.getByText(voter.totals).waitFor();
      if (voter.language === 'ar') {
        await member.page.screenshot({
          path: new URL('governance-vote-ar.png', SCREENSHOTS).pathname,
          fullPage: true,
        });
      }
      await member.context.close();
    }

    // The secretariat closes the vote and records the decision admitting Ivry-sur-Seine.
    await page.reload();
    await page.getByText('Yes 3 · No 0 · Abstentions 0').first().waitFor();
    await page.getByRole('button', { name: 'Close the vote' }).click();
    await page.getByText('Adopted', { exact: true }).first().waitFor();
    const decision = page.locator('#decision-form');
    await decision.getByLabel('The adopted motion it rests on').selectOption({
      label: 'The Club admits Ivry-sur-Seine as a member',
    });
    await decision.getByLabel('Text in English').fill('Ivry-sur-Seine is admitted as a member of the Club');
    await decision.getByLabel('Text in French').fill('Ivry-sur-Seine est admise comme membre du Club');
    await decision.getByLabel('Text in Arabic').fill('تُقبل إيفري سور سين عضوًا في النادي');
    const admits = decision.getByLabel('Admits to the network');
    await expect.poll(() => admits.locator('option').allTextContents()).toContain('City of Ivry-sur-Seine');
    await admits.selectOption({ label: 'City of Ivry-sur-Seine' });
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await decision.getByRole('status').waitFor();
    await secretariat.context.close();

    // The public reads the result and the decision on the meeting's page, in Arabic…
    const reader = await harness.visitor('ar', { bypassCSP: true });
    await reader.page.goto(`/meetings/${story.meetingId}`);
    expect(await reader.page.locator('html').getAttribute('dir')).toBe('rtl');
    await reader.page.getByTestId('totals').filter({ hasText: 'نعم 3 · لا 0 · امتناع 0' }).waitFor();
    await reader.page.getByTestId('outcome').filter({ hasText: 'معتمد' }).waitFor();
    await reader.page.getByText('تُقبل إيفري سور سين عضوًا في النادي').waitFor();
    await reader.page.getByTestId('membership-status').filter({ hasText: 'مقبول' }).waitFor();
    // Each member's vote is for the council's members and its secretariat, not the public.
    expect(await reader.page.getByText('Fatima Sida: نعم').count()).toBe(0);
    expect(await accessibilityViolations(reader.page)).toEqual([]);
    await reader.page.screenshot({
      path: new URL('governance-decision-ar.png', SCREENSHOTS).pathname,
      fullPage: true,
    });
    // …and Ivry-sur-Seine among the Club's members, the meeting among the council's to come.
    await reader.page.goto(`/networks/${story.clubId}`);
    await reader.page.getByRole('heading', { name: /13/ }).waitFor();
    await reader.page.getByRole('link', { name: 'بلدية إيفري سور سين' }).first().waitFor();
    await reader.page.getByRole('link', { name: 'الاجتماع الثاني لمجلس التنسيق الدولي' }).waitFor();
    await reader.context.close();

    const membership = await harness.api().GET('/api/memberships', {
      params: { query: { memberOrganization: story.ivryId } },
    });
    expect(
      membership.data!.find((row) => row.organizationId === story.clubId)?.status,
      'Ivry-sur-Seine is a member of the Club',
    ).toBe('active');
  });
});
