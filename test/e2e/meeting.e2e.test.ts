import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, grantRole } from '../../src/accounts/accounts.ts';
import { users } from '../../src/accounts/tables.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import {
  addAgendaItem,
  addMandate,
  addMotion,
  changeMeetingStatus,
  createMeeting,
  openVote,
  recordAttendance,
  setBodyGovernance,
} from '../../src/governance/governance.ts';
import { DEFAULT_BODY_RULES } from '../../src/governance/rules.ts';
import { createOrganization } from '../../src/organizations/organizations.ts';
import { createPerson } from '../../src/people/people.ts';
import { accessibilityViolations, PASSWORD, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

// A member of the Coordination Council opens a convened meeting in the workspace, in Arabic, sees
// the quorum reached and votes for the motion; the totals count the vote.

const harness = setUpBrowserTests();
const SYSTEM = { actor: 'test' };
let meetingId = '';
let cookies: Array<{ name: string; value: string }> = [];

beforeAll(async () => {
  const email = 'council.member@e2e.example';
  await inTransaction(harness.database.db, async (tx) => {
    const network = await createOrganization(tx, SYSTEM, { kind: 'network', name: { en: 'Club' } });
    const council = await createOrganization(tx, SYSTEM, {
      kind: 'body',
      name: { en: 'Coordination Council', ar: 'مجلس التنسيق' },
      parentId: network.id,
    });
    const person = await createPerson(tx, SYSTEM, { name: 'Fatimetou Mint Ahmed' });
    const user = await createUser(tx, SYSTEM, { email, displayName: 'Member', password: PASSWORD });
    await tx.update(users).set({ personId: person.id }).where(eq(users.id, user.id));
    await grantRole(tx, SYSTEM, { userId: user.id, role: 'council_member', scopeId: council.id });
    // One seat, hers: only a member holding a seat on the meeting's day counts and votes.
    const governance = await setBodyGovernance(tx, SYSTEM, council.id, {
      rules: DEFAULT_BODY_RULES,
      seats: [{ category: 'elected_officials', count: 1 }],
    });
    await addMandate(tx, SYSTEM, council.id, {
      seatId: governance.seats[0]!.id,
      personId: person.id,
      startDate: '2024-01-01',
    });
    const meeting = await createMeeting(tx, SYSTEM, council.id, {
      title: { en: 'Council meeting', ar: 'اجتماع مجلس التنسيق' },
      mode: 'in_person',
      startsAt: '2026-03-01T10:00:00Z',
      timezone: 'Africa/Dakar',
      place: 'Dakar',
    });
    meetingId = meeting.id;
    const withItem = await addAgendaItem(tx, SYSTEM, meetingId, {
      title: { en: 'Admission of Ivry-sur-Seine', ar: 'قبول عضوية إيفري سور سين' },
    });
    const withMotion = await addMotion(tx, SYSTEM, meetingId, {
      agendaItemId: withItem.agenda[0]!.id,
      text: { en: 'Admit Ivry-sur-Seine', ar: 'قبول إيفري سور سين عضوًا' },
    });
    await changeMeetingStatus(tx, SYSTEM, meetingId, { action: 'convene' });
    await recordAttendance(tx, SYSTEM, meetingId, person.id, { status: 'present' });
    await openVote(tx, SYSTEM, withMotion.motions[0]!.id, { method: 'roll_call' });
  });
  const signedIn = await harness.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: PASSWORD },
  });
  cookies = [signedIn.headers['set-cookie'] ?? []].flat().map((header) => {
    const [name, value] = String(header).split(';')[0]!.split('=') as [string, string];
    return { name, value };
  });
});

describe('a meeting in the workspace', () => {
  it('shows the quorum and lets a member vote (ar)', async () => {
    const { context, page } = await harness.visitor('ar', { bypassCSP: true });
    await page.context().addCookies(cookies.map((cookie) => ({ ...cookie, url: harness.baseUrl })));
    await page.goto(`/workspace/meetings/${meetingId}`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'اجتماع مجلس التنسيق' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('quorum').filter({ hasText: 'النصاب مكتمل' }).waitFor();
    await page.getByText('قبول عضوية إيفري سور سين').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'نعم', exact: true }).click();
    await page.getByText('نعم 1 · لا 0 · امتناع 0').waitFor();
    // Her vote is shown as hers, and the buttons are gone: she cannot vote twice.
    await page.getByText('صوتك: نعم').waitFor();
    expect(await page.getByRole('button', { name: 'نعم', exact: true }).count()).toBe(0);
    await page.screenshot({ path: new URL('meeting-ar.png', SCREENSHOTS).pathname, fullPage: true });
    await context.close();
  });
});
