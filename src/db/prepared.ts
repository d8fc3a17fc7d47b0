import { createHash } from 'node:crypto';

interface Preparable<Result> {
  toSQL(): { sql: string };
  prepare(name: string): { execute(): Promise<Result> };
}

/**
 * Runs a query as a named prepared statement, named after its text: on PostgreSQL each connection
 * parses and plans it once, and later requests of the same shape skip the planning, which costs
 * more than the execution for the statements that read a page (an agreement is one statement of
 * a dozen aggregated subqueries). The same text always gets the same name, which is what the
 * driver requires of a name; PGlite runs it as any other statement.
 *
 * Only for statements of few shapes whose plan does not depend on the values (a record by id, a
 * page in the order of an index): PostgreSQL may settle on one generic plan for all values, which
 * would be a poor one for a filter whose selectivity depends on the value searched for.
 */
export function executePrepared<Result>(purpose: string, query: Preparable<Result>): Promise<Result> {
  const digest = createHash('sha1').update(query.toSQL().sql).digest('base64url').slice(0, 20);
  return query.prepare(`${purpose}_${digest}`).execute();
}
