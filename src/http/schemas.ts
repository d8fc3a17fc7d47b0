import { Type } from 'typebox';
import { Id } from '../shared/schemas.ts';

export * from '../shared/schemas.ts';

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    field: Type.Optional(Type.String({ description: 'JSON pointer to the offending input field' })),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    requestId: Type.Optional(Type.String()),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

/** Error responses of a route, as problem+json, for the OpenAPI document and serialization. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'Problem details', content: { 'application/problem+json': { schema: Problem } } },
    ]),
  );
}
