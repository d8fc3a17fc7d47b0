import { fillAgreementTitleSearch } from '../agreements/search.ts';
import type { Database } from './database.ts';

/**
 * Data changes a migration cannot make in SQL because they need the app's own code (such as
 * name normalization), run after every migration. Each is idempotent and finds nothing to do
 * once done, so running them at every start costs one query each.
 */
export async function runDataSteps(db: Database): Promise<void> {
  await fillAgreementTitleSearch(db);
}
