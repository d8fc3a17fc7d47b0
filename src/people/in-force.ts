import { and, eq, gte, isNull, or, type SQL, sql } from 'drizzle-orm';
import { memberships } from './tables.ts';

/**
 * The memberships that give their rights now, as SQL: the same rule as `isMembershipInForce`
 * (membership-lifecycle.ts) — active, and not past its end date.
 */
export function membershipInForce(): SQL {
  return and(
    eq(memberships.status, 'active'),
    or(isNull(memberships.endDate), gte(memberships.endDate, sql`current_date`)),
  )!;
}
