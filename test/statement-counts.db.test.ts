import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { AgreementPage, AgreementSummary } from '../src/agreements/schemas.ts';
import { namedSchemaList } from '../src/shared/schemas.ts';
import { expectData } from './helpers/api-client.ts';
import { type As, setUpTestApp } from './helpers/app.ts';
import { testEngine } from './helpers/database.ts';
import {
  createCity,
  createNetworkWithCouncil,
  createPerson,
  MINIMAL_PDF,
  multipartBody,
} from './helpers/fixtures.ts';

/*
 * What one page costs the database: the statements a request runs and the connections it holds.
 * A record page reads the record with all it holds and decides who may see it in one statement;
 * a signed-in caller costs one more, which learns who they are, their roles and their networks.
 * A regression (a loop of queries, a second read of the same rows) fails here on both engines.
 */

const ctx = setUpTestApp();
const ids = {
  ivry: '',
  mejik: '',
  network: '',
  council: '',
  person: '',
  agreement: '',
  restricted: '',
  event: '',
};
const as: Record<'officer' | 'member' | 'stranger', As> = {
  officer: 'public',
  member: 'public',
  stranger: 'public',
};

interface Cost {
  status: number;
  statements: string[];
  connections: number;
  /** The most connections the request held at once (PostgreSQL; 0 on PGlite, which has none). */
  heldAtOnce: number;
}

async function costOf(url: string, who: As): Promise<Cost> {
  const statements: string[] = [];
  let connections = 0;
  let held = 0;
  let heldAtOnce = 0;
  const stop = ctx.database.observe({
    statement: (text) => statements.push(text),
    connection: () => {
      connections++;
      held++;
      heldAtOnce = Math.max(heldAtOnce, held);
    },
    released: () => {
      held--;
    },
  });
  try {
    const response = await ctx.request({ method: 'GET', url, as: who });
    return { status: response.statusCode, statements, connections, heldAtOnce };
  } finally {
    stop();
  }
}

/** At most `limit` statements, each on a connection of its own taken and given back in turn. */
function expectCost(cost: Cost, status: number, limit: number) {
  expect(cost.status).toBe(status);
  expect(cost.statements.length, cost.statements.join('\n---\n')).toBeLessThanOrEqual(limit);
  if (ctx.database.engine === 'postgres') {
    expect(cost.connections).toBe(cost.statements.length);
    expect(cost.heldAtOnce).toBe(1);
  }
}

beforeAll(async () => {
  ids.ivry = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  ids.mejik = (await createCity(ctx, 'Mejik', 'EH')).id;
  const club = await createNetworkWithCouncil(ctx, [ids.ivry, ids.mejik], 'Club of twinned cities');
  ids.network = club.network;
  ids.council = club.council;
  ids.person = (await createPerson(ctx, 'Philippe Bouyssou')).id;
  await expectData(
    ctx.api.POST('/api/memberships', {
      body: { organizationId: ids.council, personId: ids.person, role: 'member' },
    }),
    201,
  );
  const source = {
    source: { kind: 'press_article' as const, title: 'Twinning of Ivry and Mejik', language: 'en' },
    quote: 'A protocol was signed on Friday.',
  };
  const agreement = await expectData(
    ctx.api.POST('/api/agreements', {
      body: {
        type: 'twinning',
        status: 'signed',
        title: { en: 'Ivry–Mejik', fr: 'Ivry–Mijek' },
        themes: ['culture', 'solidarity'],
        parties: [{ organizationId: ids.ivry }, { organizationId: ids.mejik }],
        parts: [
          {
            signedOn: '2022-11-25',
            signatories: [{ personId: ids.person, partyOrganizationId: ids.ivry, role: 'signatory' }],
          },
        ],
        sources: [source],
      },
    }),
    201,
  );
  ids.agreement = agreement.id;
  const event = await expectData(
    ctx.api.POST('/api/events', {
      body: {
        kind: 'signing_ceremony',
        title: { en: 'Signing in Ivry' },
        organizerId: ids.ivry,
        participants: [
          { personId: ids.person, role: 'signatory' },
          { organizationId: ids.mejik, role: 'host' },
        ],
      },
    }),
    201,
  );
  ids.event = event.id;
  const upload = await ctx.request({
    method: 'POST',
    url: `/api/agreements/${ids.agreement}/documents`,
    ...multipartBody(
      { language: 'fr', visibility: 'members' },
      { name: 'protocole.pdf', content: MINIMAL_PDF },
    ),
  });
  expect(upload.statusCode).toBe(201);
  ids.restricted = (
    await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'cooperation_agreement',
          visibility: 'restricted',
          readers: { bodyIds: [ids.council] },
          title: { en: 'Confidential protocol' },
          parties: [{ organizationId: ids.ivry }, { organizationId: ids.mejik }],
          sources: [source],
        },
      }),
      201,
    )
  ).id;
  as.officer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.ivry }]);
  as.member = await ctx.signInAs([{ role: 'council_member', scopeId: ids.council }]);
  as.stranger = await ctx.signInAs();
});

describe('one record page', () => {
  it('reads an agreement with everything it holds in one statement for the public', async () => {
    const cost = await costOf(`/api/agreements/${ids.agreement}`, 'public');
    expectCost(cost, 200, 1);
  });

  it('answers an agreement the public may not read, and one that does not exist, in one statement', async () => {
    expectCost(await costOf(`/api/agreements/${ids.restricted}`, 'public'), 404, 1);
    expectCost(await costOf('/api/agreements/00000000-0000-4000-8000-000000000000', 'public'), 404, 1);
  });

  it('costs a signed-in reader one statement more, whatever their roles and networks', async () => {
    for (const who of [as.officer, as.member, as.stranger]) {
      expectCost(await costOf(`/api/agreements/${ids.agreement}`, who), 200, 2);
    }
    expectCost(await costOf(`/api/agreements/${ids.restricted}`, as.member), 200, 2);
    expectCost(await costOf(`/api/agreements/${ids.restricted}`, as.stranger), 404, 2);
  });

  it('still answers what each reader may see: the members-only document to members alone', async () => {
    const documentsSeenBy = async (who: As) =>
      (
        await expectData(
          ctx.apiAs(who).GET('/api/agreements/{id}', { params: { path: { id: ids.agreement } } }),
          200,
        )
      ).documents.length;
    expect(await documentsSeenBy('public')).toBe(0);
    expect(await documentsSeenBy(as.stranger)).toBe(0);
    expect(await documentsSeenBy(as.member)).toBe(1);
    expect(await documentsSeenBy(as.officer)).toBe(1);
  });

  it('reads a page of agreements with their parties in one statement, a search too', async () => {
    expectCost(await costOf('/api/agreements?limit=50', 'public'), 200, 1);
    expectCost(await costOf('/api/agreements?q=ivry', 'public'), 200, 1);
    expectCost(await costOf('/api/agreements?limit=50', as.member), 200, 2);
    const page = await expectData(ctx.apiAs('public').GET('/api/agreements'), 200);
    expect(page.items.map((item) => item.parties.map((party) => party.organization?.id))).toEqual([
      [ids.ivry, ids.mejik],
    ]);
  });

  it('answers a page written by the database that is exactly an AgreementPage, cursor included', async () => {
    // The page is sent as the database wrote it, not through the response schema: check it here.
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats.default(ajv);
    for (const schema of namedSchemaList()) ajv.addSchema(schema);
    const isPage = ajv.compile({ ...AgreementPage, $id: undefined });
    for (const url of [
      '/api/agreements',
      '/api/agreements?limit=1',
      '/api/agreements?q=zzzz',
      '/api/agreements?q=%20',
    ]) {
      const response = await ctx.request({ method: 'GET', url, as: 'public' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(isPage(response.data), JSON.stringify(isPage.errors)).toBe(true);
      // Nothing beyond the schema's fields either (the serializer would have dropped them).
      for (const item of (response.data as { items: object[] }).items) {
        expect(Object.keys(item).sort()).toEqual(Object.keys(AgreementSummary.properties).sort());
      }
    }
    const first = await expectData(ctx.api.GET('/api/agreements', { params: { query: { limit: 1 } } }), 200);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await expectData(
      ctx.api.GET('/api/agreements', { params: { query: { limit: 1, cursor: first.nextCursor! } } }),
      200,
    );
    expect(second.items.map((item) => item.id)).not.toContain(first.items[0]!.id);
  });

  it('reads an organization, a network, a person and an event in one statement each', async () => {
    expectCost(await costOf(`/api/organizations/${ids.ivry}`, 'public'), 200, 1);
    expectCost(await costOf(`/api/networks/${ids.network}`, 'public'), 200, 1);
    expectCost(await costOf(`/api/people/${ids.person}`, 'public'), 200, 1);
    expectCost(await costOf(`/api/events/${ids.event}`, 'public'), 200, 1);
  });

  it('reads a network with its bodies, their members and its sources, as before', async () => {
    const network = await expectData(
      ctx.api.GET('/api/networks/{id}', { params: { path: { id: ids.network } } }),
      200,
    );
    expect(network.members.map((member) => member.organization?.id).sort()).toEqual(
      [ids.ivry, ids.mejik].sort(),
    );
    expect(network.bodies).toHaveLength(1);
    expect(network.bodies[0]!.members.map((member) => member.person?.id)).toEqual([ids.person]);
    const person = await expectData(
      ctx.api.GET('/api/people/{id}', { params: { path: { id: ids.person } } }),
      200,
    );
    expect(person.memberships.map((membership) => membership.organizationId)).toEqual([ids.council]);
  });

  it('costs a signed-in reader of those pages one statement more at most', async () => {
    for (const who of [as.officer, as.member]) {
      expectCost(await costOf(`/api/organizations/${ids.ivry}`, who), 200, 2);
      expectCost(await costOf(`/api/networks/${ids.network}`, who), 200, 2);
      expectCost(await costOf(`/api/people/${ids.person}`, who), 200, 2);
    }
  });
});

describe('statements planned once', () => {
  /** The names of the statements prepared on every connection of the pool (PostgreSQL). */
  async function preparedStatementNames(): Promise<string[]> {
    const pool = ctx.database.pool!;
    const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
    try {
      const names = await Promise.all(
        clients.map(
          async (client) =>
            (await client.query<{ name: string }>('SELECT name FROM pg_prepared_statements')).rows,
        ),
      );
      return [...new Set(names.flat().map(({ name }) => name))];
    } finally {
      for (const client of clients) client.release();
    }
  }

  it.runIf(testEngine() === 'postgres')(
    'are the record pages, who is signed in and the unfiltered list; never a filtered list',
    async () => {
      for (const url of [
        `/api/agreements/${ids.agreement}`,
        `/api/organizations/${ids.ivry}`,
        `/api/networks/${ids.network}`,
        `/api/people/${ids.person}`,
        '/api/agreements',
      ]) {
        expect((await ctx.request({ method: 'GET', url, as: as.member })).statusCode).toBe(200);
      }
      const prepared = await preparedStatementNames();
      for (const purpose of ['agreement', 'organization', 'network', 'person', 'session', 'agreement_page']) {
        expect(
          prepared.some((name) => new RegExp(`^${purpose}_[\\w-]{20}$`).test(name)),
          purpose,
        ).toBe(true);
      }
      const afterBrowsing = prepared.filter((name) => name.startsWith('agreement_page_'));
      for (const query of ['q=ivry', 'theme=culture', 'status=signed', `country=FR`, `party=${ids.ivry}`]) {
        expect(
          (await ctx.request({ method: 'GET', url: `/api/agreements?${query}`, as: 'public' })).statusCode,
        ).toBe(200);
      }
      // A filter's plan depends on its value: each is planned for the value asked for.
      expect((await preparedStatementNames()).filter((name) => name.startsWith('agreement_page_'))).toEqual(
        afterBrowsing,
      );
    },
  );
});
