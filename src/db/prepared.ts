import { createHash } from 'node:crypto';

interface Preparable<Prepared> {
  toSQL(): { sql: string };
  prepare(name: string): Prepared;
}

/**
 * A query as a named prepared statement, named after its text: on PostgreSQL each connection
 * parses and plans it once, and later requests of the same shape skip the planning, which costs
 * more than the execution for the statements that read a page (an agreement is one statement of
 * a dozen aggregated subqueries). The same text always gets the same name, which is what the
 * driver requires of a name; PGlite runs it as any other statement.
 *
 * Only for statements of few shapes whose plan does not depend on the values (a record by id, a
 * page in the order of an index): PostgreSQL may settle on one generic plan for all values, which
 * would be a poor one for a filter whose selectivity depends on the value searched for.
 */
export function prepareNamed<Prepared>(purpose: string, query: Preparable<Prepared>): Prepared {
  const digest = createHash('sha1').update(query.toSQL().sql).digest('base64url').slice(0, 20);
  return query.prepare(`${purpose}_${digest}`);
}

/** Runs a query as `prepareNamed` prepares it. */
export function executePrepared<Result>(
  purpose: string,
  query: Preparable<{ execute(): Promise<Result> }>,
): Promise<Result> {
  return prepareNamed(purpose, query).execute();
}

const preparedByDatabase = new WeakMap<object, Map<string, unknown>>();

/**
 * A prepared query of one shape (its values as placeholders), made the first time this database
 * handle asks for it and kept with the handle: the pages everyone reads (the public's) are then
 * read with no query built at all, which was most of the time a request spent outside the database.
 */
export function preparedOnce<Prepared>(database: object, shape: string, prepare: () => Prepared): Prepared {
  let prepared = preparedByDatabase.get(database);
  if (!prepared) {
    prepared = new Map();
    preparedByDatabase.set(database, prepared);
  }
  let query = prepared.get(shape) as Prepared | undefined;
  if (query === undefined) {
    query = prepare();
    prepared.set(shape, query);
  }
  return query;
}
