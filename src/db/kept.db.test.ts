import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase } from '../../test/helpers/database.ts';
import { type DatabaseHandle, selectRows } from './client.ts';
import { keptWhileUnchanged, STATEMENT_SNAPSHOT } from './kept.ts';
import { inTransaction } from './transaction.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createEmptyTestDatabase();
  await handle.db.execute(sql`CREATE TABLE counted (id int PRIMARY KEY)`);
});

afterAll(async () => {
  await handle.close();
});

describe('an answer kept while the database is unchanged', () => {
  it('is given again until a transaction commits, then read anew; never kept inside a transaction', async () => {
    let reads = 0;
    const count = (db = handle.db) =>
      keptWhileUnchanged(db, 'counted', async () => {
        reads++;
        const [row] = await selectRows<{ count: number; snapshot: string }>(
          db,
          sql`SELECT count(*)::int AS count, ${STATEMENT_SNAPSHOT} AS snapshot FROM counted`,
        );
        return { value: row!.count, snapshot: row!.snapshot };
      });
    expect(await count()).toBe(0);
    expect(await count()).toBe(0);
    expect(reads).toBe(1);
    await handle.db.execute(sql`INSERT INTO counted VALUES (1)`);
    expect(await count()).toBe(1);
    expect(reads).toBe(2);
    // Inside a transaction its own writes count, and nothing read there is kept.
    await inTransaction(handle.db, async (tx) => {
      await tx.execute(sql`INSERT INTO counted VALUES (2)`);
      expect(await count(tx)).toBe(2);
      await tx.execute(sql`INSERT INTO counted VALUES (3)`);
      expect(await count(tx)).toBe(3);
    });
    expect(reads).toBe(4);
    expect(await count()).toBe(3);
    expect(reads).toBe(5);
    expect(await count()).toBe(3);
    expect(reads).toBe(5);
  });
});
