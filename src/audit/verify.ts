import { sql } from 'drizzle-orm';
import { type Database, selectRows } from '../db/client.ts';
import { type ChainBreak, type ChainedRecord, checkRecords, describeBreak, startChain } from './chain.ts';

export interface ChainReport {
  /** Records checked before the first break (all of them when the chain holds). */
  checked: number;
  /** The last record of an unbroken chain and its hash: note it elsewhere to detect a cut-off tail later. */
  head: { id: string; hash: string } | null;
  broken: (ChainBreak & { message: string }) | null;
}

/**
 * Walks the audit log in id order and recomputes each record's hash in TypeScript, independently of
 * the trigger that wrote it; stops at the first broken link.
 */
export async function verifyAuditChain(db: Database, batchSize = 1000): Promise<ChainReport> {
  const state = startChain();
  let after = '0';
  for (;;) {
    const rows = await selectRows<ChainedRecord>(
      db,
      sql`SELECT id::text AS "id",
                 to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "at",
                 actor, action, entity_type AS "entityType", entity_id AS "entityId",
                 before::text AS "before", after::text AS "after", request_id AS "requestId", ip,
                 correlation_id AS "correlationId", previous_hash AS "previousHash", hash
            FROM audit_log WHERE audit_log.id > ${after}::bigint ORDER BY audit_log.id LIMIT ${batchSize}`,
    );
    const broken = checkRecords(state, rows);
    if (broken)
      return { checked: state.checked, head: null, broken: { ...broken, message: describeBreak(broken) } };
    if (rows.length < batchSize) break;
    after = rows.at(-1)!.id;
  }
  return {
    checked: state.checked,
    head: state.lastId === null ? null : { id: state.lastId, hash: state.head },
    broken: null,
  };
}
