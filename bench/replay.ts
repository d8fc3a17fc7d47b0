/**
 * The floor: what running our route's SQL costs with nothing else around it. One request to our
 * endpoint is made with its statements recorded; a bare Fastify route (no schema, no validation,
 * no serializer of ours) then replays exactly those statements, with their parameters, through
 * the raw driver, one after another on one connection, each as a named prepared statement (as the
 * route runs its most read ones, src/db/prepared.ts), and answers the rows as JSON.
 *
 * Statements are recorded through `handle.observe` when the database handle has it; on code
 * older than that, by wrapping the driver's query function (pg's Client, or the PGlite instance),
 * which needs nothing from the query builder. When neither sees anything, the caller falls back
 * to fixed SQL equivalent to the route's (see `fixedStatements`) and reports no statement count.
 */
import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import type { DatabaseHandle } from '../src/db/client.ts';
import { type Query, rawQuery } from './seed.ts';

export interface Statement {
  text: string;
  params: unknown[];
}

export interface RequestCost {
  statements: Statement[];
  /** Connections taken from the pool (PostgreSQL), null where nothing counts them. */
  connections: number | null;
}

interface Observable {
  observe?: (observer: {
    statement?(text: string, params: unknown[]): void;
    connection?(): void;
  }) => () => void;
}

/** Runs `work` (one request) and returns the statements it made the database run. */
export async function recordStatements<T>(
  handle: DatabaseHandle,
  work: () => Promise<T>,
): Promise<{ result: T; cost: RequestCost }> {
  const statements: Statement[] = [];
  let connections = 0;
  const observe = (handle as Observable).observe;
  let stop: () => void;
  if (typeof observe === 'function') {
    stop = observe.call(handle, {
      statement: (text, params) => statements.push({ text, params: [...params] }),
      connection: () => connections++,
    });
  } else {
    stop = wrapDriver(handle, statements, () => connections++);
  }
  try {
    const result = await work();
    return { result, cost: { statements, connections: handle.pool ? connections : null } };
  } finally {
    stop();
  }
}

/** For code without `observe`: the driver's own query function, wrapped while one request runs. */
function wrapDriver(handle: DatabaseHandle, statements: Statement[], connection: () => void): () => void {
  if (handle.pglite) {
    const client = handle.pglite;
    const original = client.query;
    client.query = function (this: typeof client, text: string, params?: unknown[], options?: unknown) {
      statements.push({ text, params: [...(params ?? [])] });
      return original.call(this, text, params as never, options as never);
    } as typeof client.query;
    return () => {
      client.query = original;
    };
  }
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args;
    if (typeof config === 'string') {
      statements.push({ text: config, params: Array.isArray(values) ? [...values] : [] });
    } else if (config && typeof config === 'object' && 'text' in config) {
      const { text, values: configValues } = config as { text: string; values?: unknown[] };
      statements.push({ text, params: [...(configValues ?? (Array.isArray(values) ? values : []))] });
    }
    return original.apply(this, args);
  };
  const pool = handle.pool!;
  pool.on('acquire', connection);
  return () => {
    prototype.query = original;
    pool.off('acquire', connection);
  };
}

/** Runs a request's statements in order on one connection, each with its recorded parameters. */
function replayer(handle: DatabaseHandle): (statements: Statement[]) => Promise<unknown[][]> {
  if (handle.pglite) {
    const client = handle.pglite;
    return async (statements) => {
      const results: unknown[][] = [];
      for (const { text, params } of statements) {
        results.push((await client.query(text, params, { rowMode: 'array' })).rows as unknown[]);
      }
      return results;
    };
  }
  const pool = handle.pool!;
  return async (statements) => {
    const client = await pool.connect();
    try {
      const results: unknown[][] = [];
      for (const { text, params } of statements) {
        // Prepared, named after its text, as the route prepares its hottest statements
        // (src/db/prepared.ts): the floor plans no more often than the route does.
        const name = `floor_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
        results.push((await client.query({ name, text, values: params, rowMode: 'array' })).rows);
      }
      return results;
    } finally {
      client.release();
    }
  };
}

export interface Floor {
  url: string;
  /** The statements of each request of a workload, served at /<workload>/<index>. */
  load(workload: string, requests: Statement[][]): void;
  close(): Promise<void>;
}

export async function startFloor(handle: DatabaseHandle): Promise<Floor> {
  const scripts = new Map<string, Statement[][]>();
  const replay = replayer(handle);
  const floor = Fastify();
  floor.get<{ Params: { workload: string; index: string } }>('/:workload/:index', async (request) => {
    const statements = scripts.get(request.params.workload)?.[Number(request.params.index)];
    if (!statements) throw new Error(`no statements for ${request.url}`);
    return replay(statements);
  });
  const url = await floor.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    load: (workload, requests) => scripts.set(workload, requests),
    close: () => floor.close(),
  };
}

/*
 * Fixed SQL equivalent to what the routes ran before statements could be recorded: for a list
 * page, the page of public agreements by date of signature and the parties of its agreements with
 * their organizations; for one agreement, its row and its parties with their organizations.
 */

const PARTIES = `SELECT ap.*, o.* FROM agreement_parties ap LEFT JOIN organizations o ON o.id = ap.organization_id
                 WHERE ap.agreement_id = ANY($1::uuid[]) ORDER BY ap.position`;

const SEARCH = `(a.id IN (SELECT ap.agreement_id FROM agreement_parties ap JOIN organizations o ON o.id = ap.organization_id
                          WHERE o.search_text LIKE $1) OR a.title_search LIKE $1)`;

/** The pages of a list in order, as fixed SQL: one entry per page, up to `pages`. */
export async function fixedListPages(
  handle: DatabaseHandle,
  pages: number,
  pattern?: string,
): Promise<Statement[][]> {
  const query: Query = rawQuery(handle);
  const result: Statement[][] = [];
  let after: [string, string] | null = null;
  for (let page = 0; page < pages; page++) {
    const params: unknown[] = pattern === undefined ? [] : [pattern];
    const conditions = ["a.visibility = 'public'"];
    if (pattern !== undefined) conditions.push(SEARCH);
    if (after) {
      params.push(after[0], after[1]);
      conditions.push(
        `(coalesce(a.signed_on, '0001-01-01'::date), a.id) < ($${params.length - 1}::date, $${params.length}::uuid)`,
      );
    }
    const text = `SELECT a.*, coalesce(a.signed_on, '0001-01-01'::date)::text AS sort_date FROM agreements a
                   WHERE ${conditions.join(' AND ')} ORDER BY coalesce(a.signed_on, '0001-01-01'::date) DESC, a.id DESC LIMIT 51`;
    const rows = await query(text, params);
    const ids = rows.slice(0, 50).map((row) => String(row.id));
    result.push([
      { text, params },
      { text: PARTIES, params: [ids] },
    ]);
    const last = rows[49];
    if (!last) break;
    after = [String(last.sort_date), String(last.id)];
  }
  return result;
}

export function fixedDetail(id: string): Statement[] {
  return [
    { text: 'SELECT * FROM agreements WHERE id = $1', params: [id] },
    { text: PARTIES, params: [[id]] },
  ];
}
