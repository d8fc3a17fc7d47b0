import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifySchemaCompiler, FastifyServerOptions } from 'fastify';

/*
 * Fastify compiles every route's request validators and response serializers when it starts: for
 * Jumelage's routes, half of what a restart of the server costs. Each is compiled instead when its
 * route first needs it (a few milliseconds, once), and a route never asked for costs nothing. A
 * schema that does not compile fails that route's first request rather than the start; the
 * suites send requests to every route.
 */

/** A validator as Fastify calls it: false with `errors` set when the data is refused. */
type Validator = ReturnType<FastifySchemaCompiler<unknown>>;

/** `compile()`'s validator, compiled on the first call. */
export function compiledWhenFirstUsed(compile: () => Validator): Validator {
  let compiled: Validator | undefined;
  const validate: Validator = (data: unknown) => {
    compiled ??= compile();
    const result = compiled(data);
    validate.errors = compiled.errors;
    return result;
  };
  return validate;
}

/** Fastify's own serializers (fast-json-stringify, with the shared schemas), each compiled on its first answer. */
export const serializersCompiledWhenFirstUsed: NonNullable<FastifyServerOptions['schemaController']> = {
  compilersFactory: {
    buildSerializer: (externalSchemas, options) => {
      const compile = SerializerSelector()(externalSchemas, options);
      return (route) => {
        let serialize: ((data: unknown) => string) | undefined;
        return (data: unknown) => {
          serialize ??= compile(route);
          return serialize(data);
        };
      };
    },
  },
};
