import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Reader } from '../accounts/visibility.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships } from '../people/tables.ts';
import { agreementParties, agreementReaders, agreements } from './tables.ts';

/** The agreements a reader may see, as SQL: the same rule as canRead, for lists. */
export function visibleTo(db: Database, reader: Reader): SQL | undefined {
  if (reader.isPlatformAdmin) return undefined;
  const open = eq(agreements.visibility, 'public');
  if (reader.userId === null) return open;
  const agreementsOfParties = (organizationIds: readonly string[]) =>
    inArray(
      agreements.id,
      db
        .select({ id: agreementParties.agreementId })
        .from(agreementParties)
        .where(inArray(agreementParties.organizationId, [...organizationIds])),
    );
  const conditions: SQL[] = [open];
  if (reader.organizations.length) conditions.push(agreementsOfParties(reader.organizations));
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
    conditions.push(
      and(
        eq(agreements.visibility, 'members'),
        inArray(
          agreements.id,
          db
            .select({ id: agreementParties.agreementId })
            .from(agreementParties)
            .where(
              or(
                inArray(agreementParties.organizationId, networks),
                inArray(agreementParties.organizationId, inNetworks),
                inArray(agreementParties.organizationId, bodiesOfNetworks),
              ),
            ),
        ),
      )!,
    );
  }
  conditions.push(
    and(
      eq(agreements.visibility, 'restricted'),
      inArray(
        agreements.id,
        db
          .select({ id: agreementReaders.agreementId })
          .from(agreementReaders)
          .where(
            or(
              eq(agreementReaders.userId, reader.userId),
              reader.bodies.length ? inArray(agreementReaders.bodyId, [...reader.bodies]) : undefined,
            ),
          ),
      ),
    )!,
  );
  return or(...conditions);
}
