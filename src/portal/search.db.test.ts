import { describe, expect, it } from 'vitest';
import { expectData } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { loadDemo } from '../demo/load.ts';

const ctx = setUpTestApp(async ({ database }) => {
  await loadDemo(database);
});

const search = (q: string) =>
  expectData(ctx.apiAs('public').GET('/api/search', { params: { query: { q } } }), 200);

describe('the search’s suggestions', () => {
  it('put the person named as typed first, before places that only look alike', async () => {
    const results = await search('Bouyssou');
    const [first] = results.suggestions;
    expect(first).toMatchObject({ kind: 'person', match: 'prefix' });
    expect(first?.name.fr).toBe('Philippe Bouyssou');
    expect(results.people.map((person) => person.name)).toContain('Philippe Bouyssou');
  });

  it('say why a place matched, in another script or spelling, and the suggestions found through it too', async () => {
    const results = await search('بورطو نوفو');
    expect(results.places[0]).toMatchObject({ name: 'Porto-Novo' });
    // The demo names the place in Arabic itself: a name given in Jumelage counts as its own.
    expect(results.places[0]?.matchReason).toBe('exact');
    const located = results.suggestions.filter((suggestion) => suggestion.place !== null);
    expect(located.length).toBeGreaterThan(0);
    expect(located[0]?.place).toEqual({
      matchedName: results.places[0]?.matchedName,
      matchReason: results.places[0]?.matchReason,
    });
    // A misspelling (one consonant off) of a long name still finds it, and says so.
    const typo = await search('Porto-Nofo');
    expect(typo.places[0]).toMatchObject({ name: 'Porto-Novo' });
    expect(['transliteration', 'fuzzy']).toContain(typo.places[0]?.matchReason);
    const dakar = await search('Dakar');
    expect(dakar.places[0]).toMatchObject({ name: 'Dakar', matchReason: 'exact' });
  });

  it('find an event by the place it was held at, and by its title, in either script', async () => {
    const dakar = await search('Dakar');
    const symposium = dakar.suggestions.find((suggestion) => suggestion.kind === 'event');
    expect(symposium?.name.en).toMatch(/^International symposium on solidarity/);
    expect(symposium).toMatchObject({ match: 'exact', date: '2023-07-20' });
    expect(dakar.events.map((event) => event.id)).toContain(symposium?.id);
    const byTitle = await search('symposium');
    expect(byTitle.suggestions.some((suggestion) => suggestion.id === symposium?.id)).toBe(true);
  });

  it('match an event’s title in its languages, not the names of the languages', async () => {
    const forum = await expectData(
      ctx.api.POST('/api/events', {
        body: { kind: 'signing_ceremony', title: { en: 'Mayors’ forum of Oued' }, startDate: '2031-05-04' },
      }),
      201,
    );
    expect((await search('Oued')).events.map((event) => event.id)).toContain(forum.id);
    expect((await search('en')).events.map((event) => event.id)).not.toContain(forum.id);
  });

  it('offer a place as the organization located there, once, exact matches first', async () => {
    const ivry = await search('Ivry-sur-Seine');
    const organizations = ivry.suggestions.filter((suggestion) => suggestion.kind === 'organization');
    expect(
      organizations.filter((suggestion) => suggestion.name.fr === 'Ville d’Ivry-sur-Seine'),
    ).toHaveLength(1);
    expect(ivry.suggestions[0]?.match).toBe('exact');
    expect(ivry.suggestions.map((suggestion) => suggestion.kind as string)).not.toContain('place');
    const ranks = ivry.suggestions.map((suggestion) =>
      ['exact', 'prefix', 'contains', 'fuzzy'].indexOf(suggestion.match),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('suggest a network as a network', async () => {
    const club = await search('Club international de Smara');
    expect(club.suggestions[0]).toMatchObject({ kind: 'network' });
  });
});

describe('a person’s and an event’s pages', () => {
  it('give a person the organizations of their posts, the events attended and the agreements signed', async () => {
    const anyone = ctx.apiAs('public');
    const [found] = (await search('Bouyssou')).people;
    const person = await expectData(
      anyone.GET('/api/people/{id}', { params: { path: { id: found!.id } } }),
      200,
    );
    const ivry = person.organizations.find(
      (organization) => organization.name.fr === 'Ville d’Ivry-sur-Seine',
    );
    expect(ivry).toMatchObject({ kind: 'local_authority', countryCode: 'FR' });
    expect(person.memberships.map((membership) => membership.organizationId)).toContain(ivry?.id);
    expect(person.events.map((event) => [event.startDate, event.role])).toEqual([
      ['2023-02-20', 'delegation_head'],
      ['2022-11-25', 'signatory'],
    ]);
    const signed = await expectData(
      anyone.GET('/api/agreements', { params: { query: { signatory: found!.id } } }),
      200,
    );
    expect(signed.items.map((agreement) => agreement.title.en)).toEqual([
      'Protocol of friendship and cooperation between Ivry-sur-Seine and Mejik',
    ]);
  });

  it('give an event its place, organizer, named participants and the agreements signed at it', async () => {
    const anyone = ctx.apiAs('public');
    const bouyssou = (await search('Bouyssou')).people[0]!;
    const person = await expectData(
      anyone.GET('/api/people/{id}', { params: { path: { id: bouyssou.id } } }),
      200,
    );
    const signing = person.events.find((event) => event.role === 'signatory')!;
    const event = await expectData(
      anyone.GET('/api/events/{id}', { params: { path: { id: signing.id } } }),
      200,
    );
    expect(event.organizer?.name.fr).toBe('Ville d’Ivry-sur-Seine');
    expect(event.place).toBeNull();
    expect(event.participants.find((participant) => participant.personId === bouyssou.id)?.person?.name).toBe(
      'Philippe Bouyssou',
    );
    expect(event.sources.length).toBeGreaterThan(0);
    const atIt = await expectData(
      anyone.GET('/api/agreements', { params: { query: { event: event.id } } }),
      200,
    );
    expect(atIt.items.map((agreement) => agreement.type)).toEqual(['friendship_cooperation_protocol']);

    const dakar = (await search('Dakar')).events[0]!;
    const symposium = await expectData(
      anyone.GET('/api/events/{id}', { params: { path: { id: dakar.id } } }),
      200,
    );
    expect(symposium.place).toMatchObject({ name: 'Dakar', countryCode: 'SN' });
    expect(
      symposium.participants.find((participant) => participant.role === 'guest_of_honour')?.organization,
    ).not.toBeNull();
    const none = await expectData(
      anyone.GET('/api/agreements', { params: { query: { event: dakar.id } } }),
      200,
    );
    expect(none.items).toEqual([]);
  });

  it('list by signatory or by event only the agreements the reader may see', async () => {
    const anyone = ctx.apiAs('public');
    const bouyssou = (await search('Bouyssou')).people[0]!;
    const person = await expectData(
      anyone.GET('/api/people/{id}', { params: { path: { id: bouyssou.id } } }),
      200,
    );
    const ivry = person.organizations[0]!;
    const mejik = (
      await expectData(anyone.GET('/api/organizations', { params: { query: { q: 'Mejik' } } }), 200)
    ).items[0]!;
    const signing = person.events.find((event) => event.role === 'signatory')!;
    const restricted = await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'cooperation_agreement',
          status: 'signed',
          visibility: 'restricted',
          title: { en: 'A restricted annex' },
          parties: [{ organizationId: ivry.id }, { organizationId: mejik.id }],
          parts: [
            {
              signedOn: '2022-11-25',
              signingEventId: signing.id,
              signatories: [{ personId: bouyssou.id, partyOrganizationId: ivry.id, role: 'signatory' }],
            },
          ],
        },
      }),
      201,
    );
    for (const query of [{ signatory: bouyssou.id }, { event: signing.id }]) {
      const seen = await expectData(anyone.GET('/api/agreements', { params: { query } }), 200);
      expect(seen.items.map((agreement) => agreement.id)).not.toContain(restricted.id);
      const all = await expectData(ctx.api.GET('/api/agreements', { params: { query } }), 200);
      expect(all.items.map((agreement) => agreement.id)).toContain(restricted.id);
    }
  });
});
