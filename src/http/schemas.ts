import { Type } from 'typebox';
import { Id, named, refTo } from '../shared/schemas.ts';

export * from '../shared/schemas.ts';

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const Problem = named(
  'Problem',
  Type.Object(
    {
      type: Type.String(),
      title: Type.String(),
      status: Type.Integer(),
      code: Type.Optional(
        Type.String({
          description:
            'Stable code of what was wrong, the same in every language: a domain rule (e.g. agreement.transition_not_allowed, person.contact_details_forbidden, date.invalid) or a schema check (e.g. validation.required). detail and errors[].message say it in the language asked for with Accept-Language (ar, fr or en).',
        }),
      ),
      detail: Type.Optional(Type.String({ description: 'What was wrong, in the reader’s language' })),
      field: Type.Optional(Type.String({ description: 'JSON pointer to the offending input field' })),
      errors: Type.Optional(
        Type.Array(
          Type.Object({
            field: Type.String(),
            code: Type.Optional(Type.String({ description: 'Stable code, as the problem’s own code' })),
            message: Type.String(),
          }),
        ),
      ),
      requestId: Type.Optional(Type.String()),
      currentVersion: Type.Optional(
        Type.Integer({
          description: 'With a 412: the version of the record now (its ETag), to load it again',
        }),
      ),
    },
    { description: 'RFC 9457 problem details' },
  ),
);

/** Error responses of a route, as problem+json, for the OpenAPI document and serialization. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'Problem details', content: { 'application/problem+json': { schema: refTo(Problem) } } },
    ]),
  );
}
