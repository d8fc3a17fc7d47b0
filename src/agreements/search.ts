import { eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { normalizeName } from '../shared/names.ts';
import { agreements } from './tables.ts';

/**
 * What title search matches against: the title in every language, normalized as names are
 * (case, Latin accents, Arabic harakat and hamza forms…), distinct, joined by " | " — a
 * separator no normalized query can contain, so a query never matches across two languages,
 * and the JSON keys ("fr", "en") are not in it at all.
 */
export function agreementTitleSearch(title: LocalizedText): string {
  const keys = Object.values(title)
    .map((text) => normalizeName(text ?? ''))
    .filter(Boolean);
  return [...new Set(keys)].join(' | ');
}

/**
 * Fills the search column of agreements that have none: those recorded before the column existed.
 * SQL alone cannot normalize as `normalizeName` does, so this runs after every migration
 * (db/data-steps.ts); once done it finds nothing to do.
 */
export async function fillAgreementTitleSearch(db: Database, batchSize = 500): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .select({ id: agreements.id, title: agreements.title })
      .from(agreements)
      .where(isNull(agreements.titleSearch))
      .limit(batchSize);
    if (rows.length === 0) return filled;
    await inTransaction(db, async (tx) => {
      for (const row of rows) {
        await tx
          .update(agreements)
          .set({ titleSearch: agreementTitleSearch(row.title) })
          .where(eq(agreements.id, row.id));
      }
    });
    filled += rows.length;
  }
}
