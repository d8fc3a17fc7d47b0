import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { events } from '../events/tables.ts';
import type { organizations } from '../organizations/tables.ts';
import type { people } from '../people/tables.ts';
import type { places } from '../places/tables.ts';

/** Which of the records a write cites (a place, an event, a person, an organization) exist. */
export async function existingIds(
  db: Database,
  table: typeof organizations | typeof people | typeof places | typeof events,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(inArray(table.id, [...new Set(ids)]));
  return new Set(rows.map((row) => row.id));
}
