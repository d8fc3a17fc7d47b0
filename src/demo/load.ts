import { createAgreement } from '../agreements/recording.ts';
import type { AgreementInput } from '../agreements/schemas.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { createEvent } from '../events/events.ts';
import type { EventInput } from '../events/schemas.ts';
import { createOrganization } from '../organizations/organizations.ts';
import type { OrganizationInput } from '../organizations/schemas.ts';
import { createMembership, createPerson, createPost } from '../people/people.ts';
import type { MembershipInput, PersonInput, PostInput } from '../people/schemas.ts';
import { importPlaces } from '../places/import.ts';
import { addPlaceNames, createPlace, getPlaceByGeonamesId } from '../places/places.ts';
import type { PlaceInput } from '../places/schemas.ts';
import type { ActingAs } from '../shared/actor.ts';
import type { LocalizedText } from '../shared/localized.ts';
import type { CitationInput, SourceInput } from '../shared/schemas.ts';
import { createSource } from '../sources/sources.ts';
import { getFact, setFact } from '../system/facts.ts';
import { type ArticleFile, DemoDataError, readArticles } from './article.ts';
import { loadGovernanceDemo } from './governance.ts';

/*
 * The demo registry is data: src/demo/articles/ holds one file per seed article (its source, the
 * passages its facts cite, and the facts), described in src/demo/articles/README.md. This loader
 * reads the files in the order of their names and hands each fact to the use case that records it,
 * turning the keys facts refer to each other by into ids. A fact may refer to facts of its own
 * file (written before it, or in an earlier section) or of an earlier file, and cite a passage of
 * any article.
 */

const ACTOR: ActingAs = { actor: 'demo-loader' };

export interface DemoLoadResult {
  loaded: boolean;
  agreements: number;
  organizations: number;
  people: number;
}

type DemoCounts = Omit<DemoLoadResult, 'loaded'>;

/**
 * Loads the demo registry: every fact of the seed articles, each citing its article. The data is
 * checked whole before anything is written; GeoNames places it needs are imported first if the
 * gazetteer lacks them. Runs once per database.
 */
export async function loadDemo(handle: DatabaseHandle): Promise<DemoLoadResult> {
  if (await getFact(handle.db, 'demo_loaded'))
    return { loaded: false, agreements: 0, organizations: 0, people: 0 };
  const articles = await readArticles();
  await checkArticles(articles);
  const missing: number[] = [];
  for (const { data } of articles) {
    for (const { geonamesId } of data.gazetteer ?? []) {
      if (!(await getPlaceByGeonamesId(handle.db, geonamesId))) missing.push(geonamesId);
    }
  }
  if (missing.length > 0) await importPlaces(handle, { geonamesIds: missing });
  return inTransaction(handle.db, async (tx) => {
    const result = await buildDemo(articles, registryIn(tx));
    // The Club's council at work: its seats, mandates and first meeting (src/demo/governance.ts).
    await loadGovernanceDemo(tx, ACTOR);
    await setFact(tx, 'demo_loaded', { at: new Date().toISOString(), ...result });
    return { loaded: true, ...result };
  });
}

/** Resolves every reference and citation of the articles without writing anything: throws a DemoDataError. */
export function checkArticles(articles: ArticleFile[]): Promise<DemoCounts> {
  return buildDemo(articles, dryRun());
}

/** What the loader asks of the registry: the use cases, or, in a dry run, made-up ids. */
interface Registry {
  source(input: SourceInput): Promise<string>;
  gazetteerPlace(geonamesId: number, names: LocalizedText): Promise<string>;
  place(input: PlaceInput): Promise<string>;
  organization(input: OrganizationInput): Promise<string>;
  person(input: PersonInput): Promise<string>;
  post(input: PostInput): Promise<string>;
  membership(input: MembershipInput): Promise<unknown>;
  event(input: EventInput): Promise<string>;
  agreement(input: AgreementInput): Promise<string>;
}

function registryIn(tx: Database): Registry {
  const idOf = async (record: Promise<{ id: string }>) => (await record).id;
  return {
    source: (input) => idOf(createSource(tx, ACTOR, input)),
    gazetteerPlace: async (geonamesId, names) => {
      const place = await getPlaceByGeonamesId(tx, geonamesId);
      if (!place) throw new Error(`GeoNames place ${geonamesId} is missing from the gazetteer`);
      await addPlaceNames(tx, ACTOR, place.id, names);
      return place.id;
    },
    place: (input) => idOf(createPlace(tx, ACTOR, input)),
    organization: (input) => idOf(createOrganization(tx, ACTOR, input)),
    person: (input) => idOf(createPerson(tx, ACTOR, input)),
    post: (input) => idOf(createPost(tx, ACTOR, input)),
    membership: (input) => createMembership(tx, ACTOR, input),
    event: (input) => idOf(createEvent(tx, ACTOR, input)),
    agreement: (input) => idOf(createAgreement(tx, ACTOR, input)),
  };
}

function dryRun(): Registry {
  let made = 0;
  const id = async () => `dry-run-${++made}`;
  return {
    source: id,
    gazetteerPlace: id,
    place: id,
    organization: id,
    person: id,
    post: id,
    membership: id,
    event: id,
    agreement: id,
  };
}

type Kind = 'place' | 'organization' | 'person' | 'event' | 'agreement';

/** The ids of the facts recorded so far, by kind and key. */
class Keys {
  private readonly ids = new Map<string, string>();

  define(kind: Kind, key: string, id: string, where: string): void {
    if (this.ids.has(`${kind}:${key}`)) {
      throw new DemoDataError(`${where}: another ${kind} is already named "${key}" (a key names one fact)`);
    }
    this.ids.set(`${kind}:${key}`, id);
  }

  id(kind: Kind, key: string, where: string): string {
    const id = this.ids.get(`${kind}:${key}`);
    if (!id) throw new DemoDataError(`${where}: no ${kind} "${key}" in this file or an earlier one`);
    return id;
  }

  /** An optional reference: absent and null stay so. */
  optional<T extends string | null | undefined>(
    kind: Kind,
    key: T,
    where: string,
  ): string | Exclude<T, string> {
    return typeof key === 'string' ? this.id(kind, key, where) : (key as Exclude<T, string>);
  }
}

async function buildDemo(articles: ArticleFile[], registry: Registry): Promise<DemoCounts> {
  const counts: DemoCounts = { agreements: 0, organizations: 0, people: 0 };
  // Every source first, so that a fact may cite any article, even one whose file comes later.
  const articleById = new Map<string, { sourceId: string; passages: Record<string, string> }>();
  for (const { file, id, data } of articles) {
    if (articleById.has(id)) throw new DemoDataError(`${file}: another file is the article "${id}"`);
    articleById.set(id, { sourceId: await registry.source(data.source), passages: data.passages });
  }
  const keys = new Keys();

  for (const { file, id: articleId, data } of articles) {
    const at = (section: string, index: number, key?: string) =>
      `${file}, ${section}[${index}]${key ? ` "${key}"` : ''}`;
    const passage = (ref: string, where: string): CitationInput => {
      const [otherArticle, passageKey] = ref.includes('/') ? ref.split('/') : [articleId, ref];
      const article = articleById.get(otherArticle!);
      if (!article) {
        throw new DemoDataError(`${where}: cites "${ref}", but there is no article "${otherArticle}"`);
      }
      const quote = article.passages[passageKey!];
      if (quote === undefined) {
        throw new DemoDataError(
          `${where}: cites "${ref}", but article "${otherArticle}" has no passage "${passageKey}"`,
        );
      }
      return { sourceId: article.sourceId, quote };
    };
    const cite = (fact: { sources?: string[]; unsourced?: string }, where: string) => {
      if (Boolean(fact.sources) === Boolean(fact.unsourced)) {
        throw new DemoDataError(
          `${where}: give either sources (the passages it rests on) or unsourced (why no article says it)`,
        );
      }
      return fact.sources?.map((ref) => passage(ref, where));
    };

    for (const [index, { key, geonamesId, names }] of (data.gazetteer ?? []).entries()) {
      keys.define(
        'place',
        key,
        await registry.gazetteerPlace(geonamesId, names),
        at('gazetteer', index, key),
      );
    }

    for (const [index, fact] of (data.places ?? []).entries()) {
      const where = at('places', index, fact.key);
      const { key, sources: _s, unsourced: _u, ...fields } = fact;
      keys.define('place', key, await registry.place({ ...fields, sources: cite(fact, where) }), where);
    }

    for (const [index, fact] of (data.organizations ?? []).entries()) {
      const where = at('organizations', index, fact.key);
      const { key, place, parent, sources: _s, unsourced: _u, ...fields } = fact;
      const id = await registry.organization({
        ...fields,
        placeId: keys.optional('place', place, `${where}, place`),
        parentId: keys.optional('organization', parent, `${where}, parent`),
        sources: cite(fact, where),
      });
      keys.define('organization', key, id, where);
      counts.organizations++;
    }

    for (const [index, fact] of (data.people ?? []).entries()) {
      const where = at('people', index, fact.key);
      const { key, posts = [], memberships = [], sources, ...fields } = fact;
      if (!sources && posts.length === 0 && memberships.length === 0) {
        throw new DemoDataError(`${where}: a person rests on sources, posts or memberships; it has none`);
      }
      const personId = await registry.person({
        ...fields,
        names: fields.names ?? {},
        alternateNames: fields.alternateNames ?? [],
        ...(sources && { sources: sources.map((ref) => passage(ref, where)) }),
      });
      keys.define('person', key, personId, where);
      counts.people++;
      // A post is the organization's (a mayor's office outlives its mayor); holding it is a membership.
      for (const [holdingIndex, holding] of posts.entries()) {
        const holdingWhere = `${where}, posts[${holdingIndex}]`;
        const organizationId = keys.id('organization', holding.organization, holdingWhere);
        const postId = await registry.post({ organizationId, role: holding.role, label: holding.label });
        await registry.membership({
          personId,
          organizationId,
          postId,
          role: holding.role,
          label: holding.label,
          startDate: holding.startDate ?? null,
          endDate: holding.endDate ?? null,
          sources: cite(holding, holdingWhere),
        });
      }
      for (const [holdingIndex, holding] of memberships.entries()) {
        const holdingWhere = `${where}, memberships[${holdingIndex}]`;
        await registry.membership({
          personId,
          organizationId: keys.id('organization', holding.organization, holdingWhere),
          role: holding.role,
          label: holding.label,
          startDate: holding.startDate,
          endDate: holding.endDate,
          sources: cite(holding, holdingWhere),
        });
      }
    }

    for (const [index, fact] of (data.organizationMemberships ?? []).entries()) {
      const where = at('organizationMemberships', index);
      const { organization, members, sources: _s, unsourced: _u, ...fields } = fact;
      const organizationId = keys.id('organization', organization, `${where}, organization`);
      const sources = cite(fact, where);
      for (const member of members) {
        await registry.membership({
          ...fields,
          organizationId,
          memberOrganizationId: keys.id('organization', member, `${where}, members`),
          sources,
        });
      }
    }

    for (const [index, fact] of (data.events ?? []).entries()) {
      const where = at('events', index, fact.key);
      const { key, place, organizer, participants, sources: _s, unsourced: _u, ...fields } = fact;
      const id = await registry.event({
        ...fields,
        placeId: keys.optional('place', place, `${where}, place`),
        organizerId: keys.optional('organization', organizer, `${where}, organizer`),
        participants: participants?.map(({ person, organization, role }, participantIndex) => ({
          personId: keys.optional('person', person, `${where}, participants[${participantIndex}]`),
          organizationId: keys.optional(
            'organization',
            organization,
            `${where}, participants[${participantIndex}]`,
          ),
          role,
        })),
        sources: cite(fact, where),
      });
      keys.define('event', key, id, where);
    }

    for (const [index, fact] of (data.agreements ?? []).entries()) {
      const where = at('agreements', index, fact.key);
      const { key, parties, parts, sources: _s, unsourced: _u, ...fields } = fact;
      const id = await registry.agreement({
        ...fields,
        parties: parties.map(({ organization, ...party }, partyIndex) => ({
          ...party,
          organizationId: keys.optional('organization', organization, `${where}, parties[${partyIndex}]`),
        })),
        parts: parts?.map(({ signingPlace, signingEvent, signatories, ...part }, partIndex) => {
          const partWhere = `${where}, parts[${partIndex}]`;
          return {
            ...part,
            signingPlaceId: keys.optional('place', signingPlace, `${partWhere}, signingPlace`),
            signingEventId: keys.optional('event', signingEvent, `${partWhere}, signingEvent`),
            signatories: signatories?.map(({ person, partyOrganization, ...signatory }, signatoryIndex) => {
              const signatoryWhere = `${partWhere}, signatories[${signatoryIndex}]`;
              return {
                ...signatory,
                personId: keys.id('person', person, signatoryWhere),
                partyOrganizationId: keys.optional('organization', partyOrganization, signatoryWhere),
              };
            }),
          };
        }),
        sources: cite(fact, where),
      });
      keys.define('agreement', key, id, where);
      counts.agreements++;
    }
  }
  return counts;
}
