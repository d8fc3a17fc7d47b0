import { and, eq, exists, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { ScopeFacts } from '../accounts/policy.ts';
import { readerOf, scopeFacts } from '../accounts/scopes.ts';
import type { ReadableRecord, Reader } from '../accounts/visibility.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships } from '../people/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { partyOrganizationsOf } from './scope.ts';
import { agreementParties, agreementReaders, agreements } from './tables.ts';

/*
 * What a reader may see of agreements: which agreements (as SQL, for lists), and each agreement
 * as the visibility rules of accounts/visibility.ts see it (its parties, their networks, its named
 * readers), which decides whether it and each of its documents may be read.
 */

/**
 * The agreements a reader may see, as SQL: the same rule as canRead, for lists. Each way in asks
 * about the agreement at hand (EXISTS … WHERE agreement_id = agreements.id): a page checks only the
 * agreements it shows, an index reads one agreement's parties, and the planner may still hash a
 * way in when a query reads every agreement. (As `id IN (…)` sets, every page built the reader's
 * whole set first, reading every party, and the planner would not look an agreement up by its id.)
 */
export function visibleTo(db: Database, reader: Reader): SQL | undefined {
  if (reader.isPlatformAdmin) return undefined;
  // A constant of the domain, written into the statement: a prepared page's plan is then the same
  // for every execution (prepared.ts).
  const open = sql`${agreements.visibility} = 'public'`;
  if (reader.userId === null) return open;
  const aParty = (condition: SQL) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(agreementParties)
        .where(and(eq(agreementParties.agreementId, agreements.id), condition)),
    );
  const conditions: SQL[] = [open];
  if (reader.organizations.length) {
    conditions.push(aParty(inArray(agreementParties.organizationId, [...reader.organizations])));
  }
  if (reader.networks.length) {
    const networks = [...reader.networks];
    const inNetworks = db
      .select({ id: memberships.memberOrganizationId })
      .from(memberships)
      .where(and(inArray(memberships.organizationId, networks), membershipInForce()));
    const bodiesOfNetworks = db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(inArray(organizations.parentId, networks), eq(organizations.kind, 'body')));
    const ofNetworks = or(
      inArray(agreementParties.organizationId, networks),
      inArray(agreementParties.organizationId, inNetworks),
      inArray(agreementParties.organizationId, bodiesOfNetworks),
    );
    // Each agreement read asks about its own parties; the members and bodies of the reader's
    // networks are gathered once. OFFSET 0 keeps it so: PostgreSQL would otherwise gather every
    // agreement of every member first, reading every party, not knowing that a page stops early.
    conditions.push(
      and(
        eq(agreements.visibility, 'members'),
        sql`EXISTS (SELECT 1 FROM ${agreementParties}
                    WHERE ${agreementParties.agreementId} = ${agreements.id} AND ${ofNetworks} OFFSET 0)`,
      )!,
    );
  }
  conditions.push(
    and(
      eq(agreements.visibility, 'restricted'),
      exists(
        db
          .select({ one: sql`1` })
          .from(agreementReaders)
          .where(
            and(
              eq(agreementReaders.agreementId, agreements.id),
              or(
                eq(agreementReaders.userId, reader.userId),
                reader.bodies.length ? inArray(agreementReaders.bodyId, [...reader.bodies]) : undefined,
              ),
            ),
          ),
      ),
    )!,
  );
  return or(...conditions);
}

/** The record as visibility sees it, with the networks of each party (what acting for it needs too). */
export async function readableFactsOf(
  db: Database,
  row: typeof agreements.$inferSelect,
): Promise<{ readable: ReadableRecord; facts: ScopeFacts }> {
  const partyIds = [...new Set(await partyOrganizationsOf(db, row.id))];
  const facts = await scopeFacts(db, partyIds);
  const readers = await db.select().from(agreementReaders).where(eq(agreementReaders.agreementId, row.id));
  const readable: ReadableRecord = {
    visibility: row.visibility,
    organizations: partyIds,
    // A party that is a network counts as one of the agreement's networks.
    networks: [...new Set([...partyIds, ...[...facts.networksOf.values()].flat()])],
    readerUserIds: readers.flatMap((reader) => (reader.userId ? [reader.userId] : [])),
    readerBodyIds: readers.flatMap((reader) => (reader.bodyId ? [reader.bodyId] : [])),
  };
  return { readable, facts };
}

/** What visibility needs to know of an agreement: its parties, their networks, its named readers. */
export async function readableRecordOf(
  db: Database,
  row: typeof agreements.$inferSelect,
): Promise<ReadableRecord> {
  return (await readableFactsOf(db, row)).readable;
}

// A write to an agreement never changes its author's own networks: who they are as a reader is
// looked up once per transaction, not at each check.
const readersOfWrites = new WeakMap<Database, { actingAs: ActingAs; reader: Promise<Reader> }>();

/** The one writing, as a reader: what they may see of the agreement they write to. */
export function writerAsReader(tx: Database, actingAs: ActingAs): Promise<Reader> {
  const known = readersOfWrites.get(tx);
  if (known?.actingAs === actingAs) return known.reader;
  const reader = readerOf(tx, actingAs);
  readersOfWrites.set(tx, { actingAs, reader });
  return reader;
}
