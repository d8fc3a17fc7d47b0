import { type Static, Type } from 'typebox';
import { Id, Nullable, named, refTo, Timestamp } from '../../shared/schemas.ts';

const Access = Type.Enum(['read', 'read_write']);

/** An API token as its owner sees it: never its secret, which only the answer creating it holds. */
export const ApiToken = named(
  'ApiToken',
  Type.Object({
    id: Id,
    name: Type.String(),
    prefix: Type.String(),
    access: Access,
    scopeId: Nullable(Id),
    createdAt: Timestamp,
    expiresAt: Type.Union([Timestamp, Type.Null()]),
    lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  }),
);
export type ApiToken = Static<typeof ApiToken>;

export const ApiTokenInput = named(
  'ApiTokenInput',
  Type.Object(
    {
      name: Type.String({ minLength: 1, maxLength: 100 }),
      access: Access,
      scopeId: Type.Optional(Nullable(Id)),
      expiresInDays: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 3650 }))),
    },
    { additionalProperties: false },
  ),
);
export type ApiTokenInput = Static<typeof ApiTokenInput>;

export const CreatedApiToken = named(
  'CreatedApiToken',
  Type.Object({ token: refTo(ApiToken), secret: Type.String() }),
);

export const ApiTokenList = named('ApiTokenList', Type.Object({ items: Type.Array(refTo(ApiToken)) }));
