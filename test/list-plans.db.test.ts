import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Reader } from '../src/accounts/visibility.ts';
import { listAgreements } from '../src/agreements/reading.ts';
import type { AgreementListQuery } from '../src/agreements/schemas.ts';
import { type DatabaseHandle, inRawTransaction } from '../src/db/client.ts';
import { listNetworks } from '../src/networks/networks.ts';
import { listOrganizations } from '../src/organizations/organizations.ts';
import type { OrganizationQuery } from '../src/organizations/schemas.ts';
import { listPeople } from '../src/people/people.ts';
import { listSources } from '../src/sources/sources.ts';
import { createTestDatabase } from './helpers/database.ts';
import { idOf, NETWORKS, seedLists } from './helpers/list-seed.ts';

/*
 * The lists as the planner sees them at a size where its choices matter: every statement a list
 * runs, for each filter and their usual combinations, is explained against a seeded and analyzed
 * database, and none may read its whole table (a sequential scan) to answer one page.
 */

let handle: DatabaseHandle;

async function raw(text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  if (handle.pglite) return (await handle.pglite.query<Record<string, unknown>>(text, params)).rows;
  return (await handle.pool!.query(text, params)).rows;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Parent Relationship'?: string;
  Plans?: PlanNode[];
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

function describePlan(plan: PlanNode, depth = 0): string {
  const on = plan['Relation Name'] ? ` on ${plan['Relation Name']}` : '';
  const using = plan['Index Name'] ? ` using ${plan['Index Name']}` : '';
  const role = plan['Parent Relationship'] ? ` (${plan['Parent Relationship']})` : '';
  return [
    `${'  '.repeat(depth)}${plan['Node Type']}${on}${using}${role}`,
    ...(plan.Plans ?? []).map((child) => describePlan(child, depth + 1)),
  ].join('\n');
}

interface Statement {
  text: string;
  params: unknown[];
}

/** The statements a list runs, as the database receives them. */
async function statementsOf(list: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const stop = handle.observe({ statement: (text, params) => statements.push({ text, params }) });
  try {
    await list();
  } finally {
    stop();
  }
  // Settings and transaction control have no plan.
  return statements.filter(({ text }) => /^\s*(select|with)\b/i.test(text));
}

async function planOf({ text, params }: Statement): Promise<PlanNode> {
  const [row] = await raw(`EXPLAIN (FORMAT JSON) ${text}`, params);
  const explained = row!['QUERY PLAN'];
  const document = (typeof explained === 'string' ? JSON.parse(explained) : explained) as [
    { Plan: PlanNode },
  ];
  return document[0].Plan;
}

/** Fails, with the plan, when a statement of the list reads one of `tables` from end to end. */
async function expectNoFullScan(list: () => Promise<unknown>, tables: readonly string[]): Promise<void> {
  const statements = await statementsOf(list);
  expect(statements.length).toBeGreaterThan(0);
  for (const statement of statements) {
    const plan = await planOf(statement);
    const scanned = nodesOf(plan)
      .filter((node) => node['Node Type'] === 'Seq Scan' && tables.includes(node['Relation Name'] ?? ''))
      .map((node) => node['Relation Name']);
    expect(
      scanned,
      `sequential scan of ${scanned.join(', ')} in\n${statement.text}\nwith ${JSON.stringify(statement.params)}\n${describePlan(plan)}`,
    ).toEqual([]);
  }
}

const signedIn: Reader = {
  userId: '00000000-0000-4000-8000-999999999999',
  isPlatformAdmin: false,
  organizations: [idOf('org', 100), idOf('org', 200)],
  networks: [idOf('org', 1), idOf('org', 4)],
  bodies: [idOf('org', NETWORKS + 1)],
};

beforeAll(async () => {
  handle = await createTestDatabase();
  await inRawTransaction(handle, async (query) =>
    seedLists(async (text, params) => (await query(text, params)).rows),
  );
});

afterAll(async () => {
  await handle?.close();
});

describe('the agreements list never reads the whole agreements table', () => {
  const cases: [string, AgreementListQuery][] = [
    ['no filter', {}],
    ['status', { status: 'in_force' }],
    ['type', { type: 'twinning' }],
    ['theme', { theme: 'culture' }],
    ['signed from', { signedFrom: '2010-01-01' }],
    ['signed to', { signedTo: '1965-01-01' }],
    ['signed between', { signedFrom: '1990-01-01', signedTo: '1991-01-01' }],
    ['party', { party: idOf('org', 500) }],
    ['country', { country: 'MR' }],
    ['a country with few agreements', { country: 'CV' }],
    ['network', { network: idOf('org', 1) }],
    ['signatory', { signatory: idOf('person', 10) }],
    // The seed signs no part at an event: any id will do, the plan is what is checked.
    ['event', { event: idOf('agr', 10) }],
    ['a Latin name', { q: 'Rabat' }],
    ['an Arabic name', { q: 'الرباط' }],
    ['status, type and theme', { status: 'signed', type: 'twinning', theme: 'education' }],
    ['oldest first', { sort: 'oldest' }],
    ['status, oldest first', { status: 'in_force', sort: 'oldest' }],
    ['type, oldest first', { type: 'twinning', sort: 'oldest' }],
    ['signed from, oldest first', { signedFrom: '2010-01-01', sort: 'oldest' }],
  ];
  for (const [reader, as] of [
    ['anonymous', ANONYMOUS],
    ['signed in', signedIn],
  ] as const) {
    for (const [name, query] of cases) {
      it(`${name}, ${reader}`, async () => {
        await expectNoFullScan(() => listAgreements(handle.db, query, as), ['agreements']);
      });
    }
    for (const sort of ['newest', 'oldest'] as const) {
      it(`the second page, ${sort} first, ${reader}`, async () => {
        const first = await listAgreements(handle.db, { sort }, as);
        expect(first.nextCursor).not.toBeNull();
        await expectNoFullScan(
          () => listAgreements(handle.db, { sort, cursor: first.nextCursor! }, as),
          ['agreements'],
        );
      });
    }
  }

  it('finds what it is asked for (the seed is what the plans were made for)', async () => {
    expect((await listAgreements(handle.db, { q: 'Rabat' })).items.length).toBeGreaterThan(0);
    expect((await listAgreements(handle.db, { q: 'الرباط' })).items.length).toBeGreaterThan(0);
    expect((await listAgreements(handle.db, { party: idOf('org', 500) })).items.length).toBeGreaterThan(0);
    expect((await listAgreements(handle.db, { network: idOf('org', 1) })).items.length).toBeGreaterThan(0);
    expect((await listAgreements(handle.db, { country: 'CV' })).items.length).toBeGreaterThan(0);
    expect((await listAgreements(handle.db, {}, signedIn)).items.length).toBe(50);
  });
});

describe('the organizations and people lists never read their whole table', () => {
  const organizationCases: [string, OrganizationQuery][] = [
    ['no filter', {}],
    ['kind', { kind: 'partner_institution' }],
    ['country', { country: 'MR' }],
    ['parent', { parent: idOf('org', 5) }],
    ['network', { network: idOf('org', 1) }],
    ['kind and country', { kind: 'local_authority', country: 'SN' }],
    ['a Latin name', { q: 'Rabat' }],
    ['an Arabic name', { q: 'الرباط' }],
    ['a misspelt name', { q: 'Rabbat' }],
  ];
  for (const [name, query] of organizationCases) {
    it(`organizations: ${name}`, async () => {
      await expectNoFullScan(() => listOrganizations(handle.db, query), ['organizations']);
    });
  }

  it('organizations: the second page', async () => {
    const first = await listOrganizations(handle.db, {});
    await expectNoFullScan(
      () => listOrganizations(handle.db, { cursor: first.nextCursor! }),
      ['organizations'],
    );
  });

  it('networks', async () => {
    await expectNoFullScan(() => listNetworks(handle.db), ['organizations']);
  });

  const peopleCases: [string, Parameters<typeof listPeople>[1]][] = [
    ['no filter', {}],
    ['organization', { organization: idOf('org', 1_000) }],
    ['a Latin name', { q: 'Rabat' }],
    ['an Arabic name', { q: 'الرباط' }],
  ];
  for (const [name, query] of peopleCases) {
    it(`people: ${name}`, async () => {
      await expectNoFullScan(() => listPeople(handle.db, query), ['people']);
    });
  }

  it('people: the second page', async () => {
    const first = await listPeople(handle.db, {});
    await expectNoFullScan(() => listPeople(handle.db, { cursor: first.nextCursor! }), ['people']);
  });

  it('finds what it is asked for', async () => {
    expect((await listOrganizations(handle.db, { q: 'Rabat' })).items).toHaveLength(3);
    expect((await listOrganizations(handle.db, { q: 'الرباط' })).items).toHaveLength(3);
    expect((await listOrganizations(handle.db, { q: 'Rabbat' })).items.length).toBeGreaterThanOrEqual(3);
    expect((await listPeople(handle.db, { q: 'Rabat' })).items).toHaveLength(2);
    expect((await listPeople(handle.db, { q: 'الرباط' })).items).toHaveLength(2);
  });
});

describe('the sources list never reads the whole sources table', () => {
  for (const [name, reader] of [
    ['the public', ANONYMOUS],
    ['signed in', signedIn],
  ] as const) {
    it(`the first page and the next, ${name}`, async () => {
      await expectNoFullScan(() => listSources(handle.db, {}, reader), ['sources', 'citations']);
      const first = await listSources(handle.db, {}, reader);
      expect(first.items).toHaveLength(50);
      await expectNoFullScan(
        () => listSources(handle.db, { cursor: first.nextCursor! }, reader),
        ['sources', 'citations'],
      );
    });
  }
});
