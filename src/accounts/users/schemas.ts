import { type Static, Type } from 'typebox';
import { Id, Nullable, named, refTo, Timestamp } from '../../shared/schemas.ts';
import { SCOPED_ROLES } from '../policy.ts';
import { userFields } from '../schemas.ts';

/** A role an account holds, with the id to take it away by. */
export const HeldRole = named(
  'HeldRole',
  Type.Object({ id: Id, role: Type.Enum([...SCOPED_ROLES]), scopeId: Id }),
);

/** An account as platform admins manage it: whether it is disabled, and its roles. */
export const ManagedUser = named(
  'ManagedUser',
  Type.Object({
    ...userFields,
    disabledAt: Type.Union([Timestamp, Type.Null()]),
    grants: Type.Array(refTo(HeldRole)),
  }),
);
export type ManagedUser = Static<typeof ManagedUser>;

export const ManagedUserList = named(
  'ManagedUserList',
  Type.Object({ items: Type.Array(refTo(ManagedUser)) }),
);

export const PersonLink = named(
  'PersonLink',
  Type.Object({ personId: Nullable(Id) }, { additionalProperties: false }),
);
