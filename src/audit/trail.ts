import { auditAccess, type Principal } from '../accounts/policy.ts';
import type { Reader } from '../accounts/visibility.ts';
import { getAgreement } from '../agreements/reading.ts';
import type { Database } from '../db/client.ts';
import { ForbiddenError, NotFoundError } from '../shared/errors.ts';
import { getSource } from '../sources/sources.ts';
import { listChanges, listChangesByActor } from './audit.ts';
import type { AuditChange, AuditQuery } from './schemas.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The audit trail a signed-in caller asked for: one actor's changes (platform admins), or one
 * record's history as the caller may read it. A record the caller may not read is not found, as
 * the record itself is; `reader` is asked only then.
 */
export async function auditTrail(
  db: Database,
  principal: Principal,
  query: AuditQuery,
  reader: () => Promise<Reader>,
): Promise<AuditChange[]> {
  if ('actor' in query) {
    if (!principal.isPlatformAdmin) throw new ForbiddenError('access.forbidden');
    return listChangesByActor(db, query.actor);
  }
  const access = auditAccess(principal, query.entity, query.id);
  if (access === 'forbidden') throw new ForbiddenError('access.forbidden');
  if (access === 'if_readable') {
    // Not readable reads as not found, as the record itself does.
    if (!UUID.test(query.id)) {
      throw new NotFoundError(query.entity === 'source' ? 'source.not_found' : 'agreement.not_found', {
        id: query.id,
      });
    }
    if (query.entity === 'source') await getSource(db, query.id, await reader());
    else {
      // The history shows the agreement's documents as its page does: those this reader may read.
      const readable = new Set((await getAgreement(db, query.id, await reader())).documents.map((d) => d.id));
      const changes = await listChanges(db, query.entity, query.id);
      return changes.map((change) => withoutDocumentsBeyond(readable, withoutContactDetails(change)));
    }
  }
  const changes = await listChanges(db, query.entity, query.id);
  // People's contact details in a record's history are for platform admins only.
  return principal.isPlatformAdmin ? changes : changes.map(withoutContactDetails);
}

function withoutContactDetails<T extends { before: unknown; after: unknown }>(change: T): T {
  const strip = (value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const { email: _email, phone: _phone, ...rest } = value as Record<string, unknown>;
    return rest;
  };
  return { ...change, before: strip(change.before), after: strip(change.after) };
}

/** An agreement's snapshot in its history, keeping only the documents in `readable`. */
function withoutDocumentsBeyond<T extends { before: unknown; after: unknown }>(
  readable: ReadonlySet<string>,
  change: T,
): T {
  const keep = (value: unknown) => {
    if (!value || typeof value !== 'object' || !Array.isArray((value as { documents?: unknown }).documents))
      return value;
    const snapshot = value as { documents: Array<{ id?: unknown }> };
    return {
      ...snapshot,
      documents: snapshot.documents.filter((document) => readable.has(String(document.id))),
    };
  };
  return { ...change, before: keep(change.before), after: keep(change.after) };
}
