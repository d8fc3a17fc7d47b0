import { type Static, Type } from 'typebox';
import { named } from '../shared/schemas.ts';

/** The server and its database answer. */
export const Health = named(
  'Health',
  Type.Object({ status: Type.Literal('ok'), engine: Type.String(), version: Type.String() }),
);

/** The process answers (the database is not asked). */
export const Liveness = named(
  'Liveness',
  Type.Object({ status: Type.Literal('ok'), version: Type.String() }),
);

export type Health = Static<typeof Health>;
export type Liveness = Static<typeof Liveness>;
