import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { installationFacts } from './tables.ts';

export type FactKey = 'gazetteer_imported' | 'demo_loaded' | 'phonetic_keys_filled' | 'elevations_filled';

export async function getFact(db: Database, key: FactKey): Promise<unknown | null> {
  const [row] = await db.select().from(installationFacts).where(eq(installationFacts.key, key));
  return row?.value ?? null;
}

export async function setFact(db: Database, key: FactKey, value: unknown): Promise<void> {
  await db
    .insert(installationFacts)
    .values({ key, value })
    .onConflictDoUpdate({ target: installationFacts.key, set: { value, recordedAt: new Date() } });
}
