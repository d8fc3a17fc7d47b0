import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { loadDemo } from './load.ts';

const ctx = setUpTestApp(async ({ database }) => {
  await loadDemo(database);
});

async function organizationNamed(name: string) {
  const { data } = await ctx.request({
    method: 'GET',
    url: `/api/organizations?q=${encodeURIComponent(name)}`,
  });
  expect(data.items.length, `an organization named ${name}`).toBeGreaterThan(0);
  return data.items[0];
}

describe('demo data from the seed articles', () => {
  it('has the 7 twinning agreements Smara signed in Smara on 2025-10-31', async () => {
    const smara = await organizationNamed('Commune de Smara');
    const { data } = await ctx.request({
      method: 'GET',
      url: `/api/agreements?party=${smara.id}&type=twinning&status=signed&signedFrom=2025-10-31&signedTo=2025-10-31`,
    });
    expect(data.items).toHaveLength(7);
    const partners = data.items.map(
      (agreement: any) =>
        agreement.parties.find((party: any) => party.organization.id !== smara.id).organization.countryCode,
    );
    expect(partners.sort()).toEqual(['BJ', 'GM', 'IN', 'ML', 'NE', 'NE', 'TD']);
    const detail = await ctx.request({ method: 'GET', url: `/api/agreements/${data.items[0].id}` });
    const [part] = detail.data.parts;
    expect(part.signedOn).toBe('2025-10-31');
    expect(part.signingPlace.name).toBe('Smara');
    expect(part.signatories).toEqual([
      expect.objectContaining({
        role: 'witness',
        person: expect.objectContaining({ name: 'Ibrahim Boutomilat' }),
      }),
    ]);
    expect(new Set(detail.data.sources.map((citation: any) => citation.source.language))).toEqual(
      new Set(['ar', 'fr']),
    );
  });

  it('has the 3 agreements Amkala signed: Keur Massar, Parakou, Brikama', async () => {
    const amkala = await organizationNamed('Amgala');
    const { data } = await ctx.request({
      method: 'GET',
      url: `/api/agreements?party=${amkala.id}&status=signed`,
    });
    const partners = data.items.map((agreement: any) => agreement.parties[1].organization.name.en).sort();
    expect(partners).toEqual(['Brikama', 'Commune of Keur Massar', 'Commune of Parakou']);
  });

  it('finds the same ten agreements by their date alone', async () => {
    const { data } = await ctx.request({
      method: 'GET',
      url: '/api/agreements?signedFrom=2025-10-31&signedTo=2025-10-31&limit=50',
    });
    expect(data.items).toHaveLength(10);
  });

  it('records the pending agreements with American and Senegalese cities without inventing parties', async () => {
    const { data } = await ctx.request({ method: 'GET', url: '/api/agreements?status=awaiting_approval' });
    expect(data.items).toHaveLength(2);
    for (const agreement of data.items) {
      expect(agreement.parties.every((party: any) => party.organization === null && party.description)).toBe(
        true,
      );
    }
    expect(data.items.map((agreement: any) => agreement.parties[1].countryCode).sort()).toEqual(['SN', null]);
  });

  it('records the Ivry-sur-Seine – Mejik protocol as partially signed, part 2 planned for the delegation', async () => {
    const ivry = await organizationNamed('Ivry-sur-Seine');
    const { data } = await ctx.request({ method: 'GET', url: `/api/agreements?party=${ivry.id}` });
    expect(data.items).toHaveLength(1);
    const { data: protocol } = await ctx.request({
      method: 'GET',
      url: `/api/agreements/${data.items[0].id}`,
    });
    expect(protocol.type).toBe('friendship_cooperation_protocol');
    expect(protocol.status).toBe('partially_signed');
    expect(protocol.signedOn).toBe('2022-11-25');
    const [first, second] = protocol.parts;
    expect(first.signedOn).toBe('2022-11-25');
    expect(first.signatories.map((signatory: any) => signatory.person.name).sort()).toEqual([
      'Mohamed Sheikh Amghizlet',
      'Philippe Bouyssou',
    ]);
    expect(second).toMatchObject({ signedOn: null, plannedFrom: '2023-02-20', plannedTo: '2023-03-01' });
    const { data: delegation } = await ctx.request({
      method: 'GET',
      url: `/api/events/${second.signingEventId}`,
    });
    expect(delegation).toMatchObject({
      kind: 'delegation_visit',
      status: 'planned',
      startDate: '2023-02-20',
      endDate: '2023-03-01',
    });
    expect(protocol.sources[0].source).toMatchObject({
      publisher: 'SPS',
      publishedOn: '2022-11-26',
      language: 'en',
    });
  });

  it('records Naama Asfari as honorary citizen of Ivry', async () => {
    const { data } = await ctx.request({ method: 'GET', url: '/api/people?q=Naama%20Asfari' });
    const { data: asfari } = await ctx.request({ method: 'GET', url: `/api/people/${data.items[0].id}` });
    expect(asfari.memberships).toEqual([expect.objectContaining({ role: 'honorary_citizen' })]);
    expect(asfari.memberships[0].sources[0].quote).toContain('honorary citizen');
  });

  it('knows the governor of Smara under both spellings', async () => {
    for (const spelling of ['Boutomilat', 'Boutmilat', 'بوتوميلات']) {
      const { data } = await ctx.request({
        method: 'GET',
        url: `/api/people?q=${encodeURIComponent(spelling)}`,
      });
      expect(data.items[0]?.name, spelling).toBe('Ibrahim Boutomilat');
    }
  });

  it('has the Club with its International Coordination Council and members', async () => {
    const { data: networks } = await ctx.request({ method: 'GET', url: '/api/networks' });
    expect(networks.items).toHaveLength(1);
    const { data: club } = await ctx.request({ method: 'GET', url: `/api/networks/${networks.items[0].id}` });
    expect(club.name.fr).toBe('Club international de Smara des villes jumelées');
    expect(club.foundedOn).toBe('2025-10-30');
    expect(club.bodies.map((body: any) => body.name.en)).toEqual(['International Coordination Council']);
    expect(club.members.length).toBe(12);
    const { data: inNetwork } = await ctx.request({
      method: 'GET',
      url: `/api/agreements?network=${club.id}&limit=50`,
    });
    expect(inNetwork.items).toHaveLength(10);
  });

  it('has the Dakar symposium with AMPCC’s president and Morocco as guest of honour', async () => {
    const { data } = await ctx.request({ method: 'GET', url: '/api/events?limit=50' });
    const symposium = data.items.find((event: any) => event.kind === 'symposium');
    expect(symposium).toMatchObject({ startDate: '2023-07-20', endDate: '2023-07-21' });
    const { data: detail } = await ctx.request({ method: 'GET', url: `/api/events/${symposium.id}` });
    expect(detail.participants.map((participant: any) => participant.role)).toContain('guest_of_honour');
    const lymouri = await ctx.request({ method: 'GET', url: '/api/people?q=Lymouri' });
    const { data: person } = await ctx.request({
      method: 'GET',
      url: `/api/people/${lymouri.data.items[0].id}`,
    });
    expect(person.memberships.map((membership: any) => membership.label.en).sort()).toEqual([
      'President of AMPCC',
      'President of the Tangier Communal Council',
    ]);
  });

  it('cites a seed article for every agreement, event and membership', async () => {
    const { data } = await ctx.request({ method: 'GET', url: '/api/export' });
    const cited = new Set(
      data.citations.map((citation: any) => `${citation.entityType}:${citation.entityId}`),
    );
    for (const agreement of data.agreements) expect(cited.has(`agreement:${agreement.id}`)).toBe(true);
    for (const event of data.events) expect(cited.has(`event:${event.id}`)).toBe(true);
    for (const membership of data.memberships) expect(cited.has(`membership:${membership.id}`)).toBe(true);
    expect(data.sources).toHaveLength(5);
  });

  it('tells the two Smaras apart', async () => {
    const { data } = await ctx.request({ method: 'GET', url: '/api/places?q=Smara' });
    const countries = data.items.map((place: any) => place.countryCode);
    expect(countries).toContain('MA');
    expect(countries).toContain('DZ');
    expect(data.items[0].geonamesId).toBe(2461874);
  });

  it('loads only once', async () => {
    expect((await loadDemo(ctx.database)).loaded).toBe(false);
  });
});
