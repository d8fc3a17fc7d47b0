import { describe, expect, it } from 'vitest';
import { expectData } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { arrayAt, jsonAt } from '../../test/helpers/json.ts';
import type { paths } from '../../web/src/api/schema.d.ts';
import { loadDemo } from './load.ts';

const ctx = setUpTestApp(async ({ database }) => {
  await loadDemo(database);
});

type AgreementQuery = NonNullable<paths['/api/agreements']['get']['parameters']['query']>;

async function organizationNamed(name: string) {
  const data = await expectData(ctx.api.GET('/api/organizations', { params: { query: { q: name } } }), 200);
  expect(data.items.length, `an organization named ${name}`).toBeGreaterThan(0);
  return data.items[0]!;
}

const agreements = (query: AgreementQuery) =>
  expectData(ctx.api.GET('/api/agreements', { params: { query } }), 200);
const agreement = (id: string) =>
  expectData(ctx.api.GET('/api/agreements/{id}', { params: { path: { id } } }), 200);
const person = (id: string) => expectData(ctx.api.GET('/api/people/{id}', { params: { path: { id } } }), 200);
const peopleNamed = (q: string) => expectData(ctx.api.GET('/api/people', { params: { query: { q } } }), 200);

describe('demo data from the seed articles', () => {
  it('has the 7 twinning agreements Smara signed in Smara on 2025-10-31', async () => {
    const smara = await organizationNamed('Commune de Smara');
    const data = await agreements({
      party: smara.id,
      type: 'twinning',
      status: 'signed',
      signedFrom: '2025-10-31',
      signedTo: '2025-10-31',
    });
    expect(data.items).toHaveLength(7);
    const partners = data.items.map(
      (agreement) =>
        agreement.parties.find((party) => party.organization?.id !== smara.id)?.organization?.countryCode,
    );
    expect(partners.sort()).toEqual(['BJ', 'GM', 'IN', 'ML', 'NE', 'NE', 'TD']);
    const detail = await agreement(data.items[0]!.id);
    const [part] = detail.parts;
    expect(part?.signedOn).toBe('2025-10-31');
    expect(part?.signingPlace?.name).toBe('Smara');
    expect(part?.signatories).toEqual([
      expect.objectContaining({
        role: 'witness',
        person: expect.objectContaining({ name: 'Ibrahim Boutomilat' }),
      }),
    ]);
    expect(new Set(detail.sources.map((citation) => citation.source.language))).toEqual(
      new Set(['ar', 'fr']),
    );
  });

  it('has the 3 agreements Amkala signed: Keur Massar, Parakou, Brikama', async () => {
    const amkala = await organizationNamed('Amgala');
    const data = await agreements({ party: amkala.id, status: 'signed' });
    const partners = data.items.map((agreement) => agreement.parties[1]?.organization?.name.en).sort();
    expect(partners).toEqual(['Brikama', 'Commune of Keur Massar', 'Commune of Parakou']);
  });

  it('finds the same ten agreements by their date alone', async () => {
    const data = await agreements({ signedFrom: '2025-10-31', signedTo: '2025-10-31', limit: 50 });
    expect(data.items).toHaveLength(10);
  });

  it('records the pending agreements with American and Senegalese cities without inventing parties', async () => {
    const data = await agreements({ status: 'awaiting_approval' });
    expect(data.items).toHaveLength(2);
    for (const agreement of data.items) {
      expect(agreement.parties.every((party) => party.organization === null && party.description)).toBe(true);
    }
    expect(data.items.map((agreement) => agreement.parties[1]?.countryCode).sort()).toEqual(['SN', null]);
  });

  it('records the Ivry-sur-Seine – Mejik protocol as partially signed, part 2 planned for the delegation', async () => {
    const ivry = await organizationNamed('Ivry-sur-Seine');
    const data = await agreements({ party: ivry.id });
    expect(data.items).toHaveLength(1);
    const protocol = await agreement(data.items[0]!.id);
    expect(protocol.type).toBe('friendship_cooperation_protocol');
    expect(protocol.status).toBe('partially_signed');
    expect(protocol.signedOn).toBe('2022-11-25');
    const [first, second] = protocol.parts;
    expect(first?.signedOn).toBe('2022-11-25');
    expect(first?.signatories.map((signatory) => signatory.person.name).sort()).toEqual([
      'Mohamed Sheikh Amghizlet',
      'Philippe Bouyssou',
    ]);
    expect(second).toMatchObject({ signedOn: null, plannedFrom: '2023-02-20', plannedTo: '2023-03-01' });
    const delegation = await expectData(
      ctx.api.GET('/api/events/{id}', { params: { path: { id: second!.signingEventId! } } }),
      200,
    );
    expect(delegation).toMatchObject({
      kind: 'delegation_visit',
      status: 'planned',
      startDate: '2023-02-20',
      endDate: '2023-03-01',
      timezone: 'Africa/Algiers',
      organizer: { id: ivry.id },
    });
    expect(delegation.purpose.en).toContain('second part');
    expect(delegation.participants).toContainEqual(
      expect.objectContaining({
        role: 'delegation_head',
        person: expect.objectContaining({ name: 'Philippe Bouyssou' }),
      }),
    );
    expect(delegation.sources[0]?.quote).toContain('from 20 February to 1 March, 2023');
    expect(delegation.agreementParts).toEqual([
      expect.objectContaining({ agreementId: protocol.id, partId: second!.id, number: 2, signedOn: null }),
    ]);
    // Once part 2 is signed, the delegation's page shows it signed.
    await expectData(
      ctx.api.PATCH('/api/agreements/{id}/parts/{partId}', {
        params: { path: { id: protocol.id, partId: second!.id } },
        body: { signedOn: '2023-02-27' },
      }),
      200,
    );
    const after = await expectData(
      ctx.api.GET('/api/events/{id}', { params: { path: { id: delegation.id } } }),
      200,
    );
    expect(after.agreementParts[0]?.signedOn).toBe('2023-02-27');
    // Its calendar: Ivry's feed carries the delegation over all its days.
    const feed = await ctx.request({ method: 'GET', url: `/api/organizations/${ivry.id}/calendar.ics` });
    expect(feed.body).toContain(`UID:event-${delegation.id}@jumelage`);
    expect(feed.body).toContain('DTSTART;VALUE=DATE:20230220');
    expect(feed.body).toContain('DTEND;VALUE=DATE:20230302');
    expect(protocol.sources[0]?.source).toMatchObject({
      publisher: 'SPS',
      publishedOn: '2022-11-26',
      language: 'en',
    });
  });

  it('records Naama Asfari as honorary citizen of Ivry', async () => {
    const data = await peopleNamed('Naama Asfari');
    const asfari = await person(data.items[0]!.id);
    expect(asfari.memberships).toEqual([expect.objectContaining({ role: 'honorary_citizen' })]);
    expect(asfari.memberships[0]?.sources[0]?.quote).toContain('honorary citizen');
  });

  it('knows the governor of Smara under both spellings', async () => {
    for (const spelling of ['Boutomilat', 'Boutmilat', 'بوتوميلات']) {
      const data = await peopleNamed(spelling);
      expect(data.items[0]?.name, spelling).toBe('Ibrahim Boutomilat');
    }
  });

  it('has the Club with its International Coordination Council and members', async () => {
    const networks = await expectData(ctx.api.GET('/api/networks'), 200);
    expect(networks.items).toHaveLength(1);
    const club = await expectData(
      ctx.api.GET('/api/networks/{id}', { params: { path: { id: networks.items[0]!.id } } }),
      200,
    );
    expect(club.name.fr).toBe('Club international de Smara des villes jumelées');
    expect(club.foundedOn).toBe('2025-10-30');
    expect(club.bodies.map((body) => body.name.en)).toEqual(['International Coordination Council']);
    expect(club.members.length).toBe(12);
    const inNetwork = await agreements({ network: club.id, limit: 50 });
    expect(inNetwork.items).toHaveLength(10);
  });

  it('has the Council’s rules, seats by category and mandates, and one held meeting with its resolution', async () => {
    const networks = await expectData(ctx.api.GET('/api/networks'), 200);
    const club = await expectData(
      ctx.api.GET('/api/networks/{id}', { params: { path: { id: networks.items[0]!.id } } }),
      200,
    );
    const councilId = club.bodies[0]!.id;
    const governance = await expectData(
      ctx.api.GET('/api/bodies/{id}/governance', { params: { path: { id: councilId } } }),
      200,
    );
    expect(governance.rules).toEqual({
      quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
      ordinaryMajority: 'simple',
      specialMajority: 'two_thirds',
      proxiesAllowed: true,
      maxProxiesPerMember: 1,
    });
    expect(governance.seatCount).toBe(11);
    const byCategory = Object.fromEntries(
      governance.seats.map((seat) => [seat.category, { count: seat.count, vacant: seat.vacant }]),
    );
    expect(byCategory).toEqual({
      elected_officials: { count: 7, vacant: 1 },
      experts: { count: 2, vacant: 2 },
      partner_institutions: { count: 2, vacant: 2 },
    });
    const holders = governance.seats.flatMap((seat) => seat.holders);
    expect(holders.find((holder) => holder.post === 'chair')?.personName).toBe('Moulay Brahim Chrif');
    expect(holders.find((holder) => holder.post === 'vice_chair')?.personName).toBe('Fatima Sida');
    expect(holders.map((holder) => holder.personName).sort()).toEqual([
      'Fatima Sida',
      'Mostafa Asarid',
      'Moulay Brahim Chrif',
      'Pankaj Choudhary',
      'Rohi Malik Loi',
      'Yahia Tindina',
    ]);
    expect(holders.every((holder) => holder.startDate === '2025-10-30')).toBe(true);
    expect(governance.vacantPosts).toEqual(['secretary', 'treasurer']);

    const meetings = await expectData(
      ctx.api.GET('/api/bodies/{id}/meetings', { params: { path: { id: councilId } } }),
      200,
    );
    expect(meetings.items.map((meeting) => meeting.status)).toEqual(['held']);
    const meeting = await expectData(
      ctx.api.GET('/api/meetings/{id}', { params: { path: { id: meetings.items[0]!.id } } }),
      200,
    );
    expect(meeting.title.ar).toBe('الاجتماع الأول لمجلس التنسيق الدولي');
    expect(meeting.timezone).toBe('Africa/Casablanca');
    expect(meeting.place).toBe('Smara');
    expect(meeting.agenda).toHaveLength(2);
    expect(meeting.quorum).toMatchObject({
      seats: 11,
      required: 6,
      present: 5,
      represented: 1,
      reached: true,
    });
    const [motion] = meeting.motions;
    expect(motion?.text.en).toBe('The Council adopts its rules of procedure');
    const [vote] = motion!.votes;
    expect(vote).toMatchObject({ method: 'show_of_hands', status: 'closed' });
    expect(vote!.result).toMatchObject({ yes: 5, no: 0, abstain: 1, outcome: 'adopted' });
    expect(meeting.decisions).toEqual([
      expect.objectContaining({ voteEventId: vote!.id, entityType: 'organization', entityId: club.id }),
    ]);
    expect(meeting.minutes?.text.fr).toContain('5 pour, aucun contre, 1 abstention');
  });

  it('has the Dakar symposium with AMPCC’s president and Morocco as guest of honour', async () => {
    const data = await expectData(ctx.api.GET('/api/events', { params: { query: { limit: 50 } } }), 200);
    const symposium = data.items.find((event) => event.kind === 'symposium');
    expect(symposium).toMatchObject({ startDate: '2023-07-20', endDate: '2023-07-21' });
    const detail = await expectData(
      ctx.api.GET('/api/events/{id}', { params: { path: { id: symposium!.id } } }),
      200,
    );
    expect(detail.participants.map((participant) => participant.role)).toContain('guest_of_honour');
    expect(detail.timezone).toBe('Africa/Dakar');
    expect(detail.place?.countryCode).toBe('SN');
    expect(detail.purpose.fr).toContain('fonds de solidarité');
    const speaker = detail.participants.find((participant) => participant.role === 'speaker');
    expect(speaker?.person?.name).toBe('Mounir Lymouri');
    expect(
      detail.participants.filter((participant) => participant.role === 'delegation_member'),
    ).toHaveLength(6);
    expect(detail.sources.map((citation) => citation.quote).join(' ')).toContain(
      'inter-communal solidarity fund',
    );
    const lymouri = await peopleNamed('Lymouri');
    const found = await person(lymouri.items[0]!.id);
    expect(found.memberships.map((membership) => membership.label?.en).sort()).toEqual([
      'President of AMPCC',
      'President of the Tangier Communal Council',
    ]);
  });

  it('cites a seed article for every agreement, event and membership', async () => {
    // Raw: the OpenAPI document does not describe the export's body.
    const { data } = await ctx.request({ method: 'GET', url: '/api/export' });
    const cited = new Set(
      arrayAt(data, 'citations').map(
        (citation) => `${jsonAt(citation, 'entityType')}:${jsonAt(citation, 'entityId')}`,
      ),
    );
    for (const agreement of arrayAt(data, 'agreements'))
      expect(cited.has(`agreement:${jsonAt(agreement, 'id')}`)).toBe(true);
    for (const event of arrayAt(data, 'events')) expect(cited.has(`event:${jsonAt(event, 'id')}`)).toBe(true);
    for (const membership of arrayAt(data, 'memberships'))
      expect(cited.has(`membership:${jsonAt(membership, 'id')}`)).toBe(true);
    expect(arrayAt(data, 'sources')).toHaveLength(5);
  });

  it('tells the two Smaras apart', async () => {
    const data = await expectData(ctx.api.GET('/api/places', { params: { query: { q: 'Smara' } } }), 200);
    const countries = data.items.map((place) => place.countryCode);
    expect(countries).toContain('MA');
    expect(countries).toContain('DZ');
    expect(data.items[0]?.geonamesId).toBe(2461874);
  });

  it('loads only once', async () => {
    expect((await loadDemo(ctx.database)).loaded).toBe(false);
  });
});
