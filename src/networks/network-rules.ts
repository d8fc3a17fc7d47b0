/**
 * A network's rules on its members, as stored: who admits, suspends, reinstates and excludes them
 * (its secretariat, or one of its bodies by a resolution). The rule itself is admission-rules.ts's.
 */
import { and, eq } from 'drizzle-orm';
import { type Principal, speaksFor } from '../accounts/policy.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ForbiddenError, NotFoundError } from '../shared/errors.ts';
import { assertVersion, type ExpectedVersion } from '../shared/versions.ts';
import { DEFAULT_NETWORK_RULES, type NetworkRules, validateNetworkRules } from './admission-rules.ts';
import { networkRules } from './tables.ts';

export interface StoredNetworkRules extends NetworkRules {
  networkId: string;
  version: number;
}

async function assertNetwork(db: Database, networkId: string): Promise<void> {
  const [network] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, networkId), eq(organizations.kind, 'network')));
  if (!network) throw new NotFoundError('organization.not_found', { id: networkId });
}

/** A network's rules; those of a network that wrote none are its secretariat's (version 0). */
export async function networkRulesOf(
  db: Database,
  networkId: string,
  lock = false,
): Promise<StoredNetworkRules> {
  const query = db.select().from(networkRules).where(eq(networkRules.networkId, networkId));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return { networkId, ...DEFAULT_NETWORK_RULES, version: 0 };
  return {
    networkId,
    admissionBy: row.admissionBy,
    admissionBodyId: row.admissionBodyId,
    version: row.version,
  };
}

/** The network a body belongs to, walking up its parents (a committee of a council of a network). */
export async function networkOfBody(db: Database, bodyId: string): Promise<string | null> {
  let id: string | null = bodyId;
  for (let depth = 0; id && depth < 10; depth += 1) {
    const [row] = await db
      .select({ kind: organizations.kind, parentId: organizations.parentId })
      .from(organizations)
      .where(eq(organizations.id, id));
    if (!row) return null;
    if (row.kind === 'network') return id;
    id = row.parentId;
  }
  return null;
}

/** Who may read and change a network's rules: whoever speaks for the network (its secretariat), or an admin. */
function assertSpeaksForNetwork(principal: Principal | null | undefined, networkId: string): void {
  if (principal === undefined) return;
  if (!principal || !speaksFor(principal, networkId)) throw new ForbiddenError('access.forbidden');
}

export async function getNetworkRules(
  db: Database,
  principal: Principal | null | undefined,
  networkId: string,
): Promise<StoredNetworkRules> {
  assertSpeaksForNetwork(principal, networkId);
  await assertNetwork(db, networkId);
  return networkRulesOf(db, networkId);
}

export async function setNetworkRules(
  tx: Database,
  actingAs: ActingAs,
  networkId: string,
  input: { admissionBy: NetworkRules['admissionBy']; admissionBodyId?: string | null },
  expected?: ExpectedVersion,
): Promise<StoredNetworkRules> {
  assertSpeaksForNetwork(actingAs.principal, networkId);
  await assertNetwork(tx, networkId);
  const before = await networkRulesOf(tx, networkId, true);
  if (expected !== undefined) assertVersion(expected, before.version);
  const rules: NetworkRules = {
    admissionBy: input.admissionBy,
    admissionBodyId: input.admissionBodyId ?? null,
  };
  let bodyOfNetwork: boolean | null = null;
  if (rules.admissionBodyId) {
    const [body] = await tx
      .select({ kind: organizations.kind })
      .from(organizations)
      .where(eq(organizations.id, rules.admissionBodyId));
    bodyOfNetwork = body?.kind === 'body' && (await networkOfBody(tx, rules.admissionBodyId)) === networkId;
  }
  validateNetworkRules(rules, bodyOfNetwork);
  const version = before.version + 1;
  await tx
    .insert(networkRules)
    .values({ networkId, ...rules, version })
    .onConflictDoUpdate({
      target: networkRules.networkId,
      set: { ...rules, version, updatedAt: new Date() },
    });
  const after = { networkId, ...rules, version };
  await recordChange(tx, actingAs, {
    action: before.version === 0 ? 'create' : 'update',
    entityType: 'network_rules',
    entityId: networkId,
    before: before.version === 0 ? undefined : before,
    after,
  });
  return after;
}
