import { type DatabaseHandle, inRawTransaction } from '../../src/db/client.ts';

/**
 * Every row of every table of the app's schema, and every sequence, in a canonical order: two
 * databases holding the same records give equal dumps, whichever engine each runs on. Written
 * apart from the backup code (row_to_json of whole rows, sorted here) so it checks it rather than
 * repeats it.
 */
export async function fullDump(handle: DatabaseHandle): Promise<Record<string, string[]>> {
  return inRawTransaction(handle, async (query) => {
    await query("SET LOCAL TimeZone = 'UTC'");
    const { rows: tables } = await query(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const dump: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await query(`SELECT to_jsonb(t)::text AS row FROM "${String(name)}" t`);
      // Sorted here, not in SQL: the two engines' collations may differ.
      dump[String(name)] = rows.map((row) => String(row.row)).sort();
    }
    const { rows: sequences } = await query(
      "SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'",
    );
    dump['(sequences)'] = sequences.map((row) => `${String(row.name)}=${String(row.value)}`).sort();
    return dump;
  });
}

/** How many rows each table holds. */
export function rowCounts(dump: Record<string, string[]>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(dump)
      .filter(([name]) => !name.startsWith('('))
      .map(([name, rows]) => [name, rows.length]),
  );
}
