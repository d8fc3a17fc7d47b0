import type { DatabaseHandle } from '../db/client.ts';
import type { Health } from './schemas.ts';

/** Whether the database answers: throws (503 while it is away) when it does not. */
export async function health(database: DatabaseHandle, version: string): Promise<Health> {
  await database.db.execute('select 1');
  return { status: 'ok', engine: database.engine, version };
}
