import { type Static, Type } from 'typebox';
import { Nullable, named, Timestamp } from '../shared/schemas.ts';

/** One change in the audit trail: who changed what, when, from where, before and after. */
export const AuditChange = named(
  'AuditChange',
  Type.Object({
    id: Type.Integer(),
    at: Timestamp,
    actor: Type.String(),
    action: Type.String(),
    entityType: Type.String(),
    entityId: Type.String(),
    before: Type.Unknown(),
    after: Type.Unknown(),
    requestId: Nullable(Type.String({ description: 'The server’s id of the request that made the change' })),
    ip: Nullable(Type.String()),
    correlationId: Nullable(
      Type.String({
        description:
          'The client’s X-Request-Id, when it sent a well-formed one (≤ 128 of A-Z a-z 0-9 . _ : -)',
      }),
    ),
  }),
);

/** Whose trail: one record (entity and id), or one actor (`user:<id>`). */
export const AuditQuery = Type.Union([
  Type.Object(
    {
      entity: Type.String({ minLength: 1, maxLength: 50 }),
      id: Type.String({ minLength: 1, maxLength: 100 }),
    },
    { additionalProperties: false },
  ),
  Type.Object({ actor: Type.String({ pattern: '^user:[0-9a-f-]{36}$' }) }, { additionalProperties: false }),
]);

export type AuditChange = Static<typeof AuditChange>;
export type AuditQuery = Static<typeof AuditQuery>;
