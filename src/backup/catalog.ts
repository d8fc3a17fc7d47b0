import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type DatabaseHandle, MIGRATIONS_FOLDER, type RawQuery } from '../db/client.ts';
import { quoteIdentifier } from '../db/roles.ts';
import { type ColumnSpec, dependencyOrder, type ForeignKey, type MigrationStamp } from './format.ts';

/**
 * What a backup reads from the database's own catalog rather than from a list kept by hand: the
 * app's tables (every table of the public schema; Drizzle keeps its migrations in its own schema),
 * their columns, keys and sequences. A table added by a migration is backed up without a change here.
 */

export interface TableInfo {
  name: string;
  columns: ColumnSpec[];
  primaryKey: string[];
  /** A column referencing this table's own primary key (organizations.parent_id): parents come first. */
  selfReference: { column: string; key: string } | null;
}

export interface SequenceInfo {
  name: string;
  /** The column whose default draws from it, when there is one. */
  owner: { table: string; column: string } | null;
}

/**
 * Text forms that read back exactly and alike on both engines: UTC timestamps, ISO dates, hex
 * bytes, the shortest float text that reads back to the same number.
 */
export const TEXT_SETTINGS = [
  "SET LOCAL TimeZone = 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  'SET LOCAL extra_float_digits = 1',
  "SET LOCAL bytea_output = 'hex'",
];

export async function readTables(query: RawQuery): Promise<TableInfo[]> {
  const { rows: tables } = await query(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname`,
  );
  const { rows: columns } = await query(
    `SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const { rows: keys } = await query(
    `SELECT c.relname AS "table", a.attname AS name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
       JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE i.indisprimary AND c.relnamespace = 'public'::regnamespace
      ORDER BY c.relname, k.position`,
  );
  const foreignKeys = await readForeignKeys(query);
  return tables.map(({ name }) => {
    const table = String(name);
    const primaryKey = keys.filter((key) => key.table === table).map((key) => String(key.name));
    const self = foreignKeys.find(
      (key) => key.table === table && key.references === table && key.columns.length === 1,
    );
    return {
      name: table,
      columns: columns
        .filter((column) => column.table === table)
        .map((column) => ({ name: String(column.name), type: String(column.type) })),
      primaryKey,
      selfReference:
        self && primaryKey.length === 1
          ? { column: self.columns[0]!, key: self.referencedColumns[0]! }
          : null,
    };
  });
}

interface ForeignKeyInfo extends ForeignKey {
  columns: string[];
  referencedColumns: string[];
}

async function readForeignKeys(query: RawQuery): Promise<ForeignKeyInfo[]> {
  const { rows } = await query(
    `SELECT c.relname AS "table", r.relname AS "references",
            ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(n, p)
                  JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.p) AS columns,
            ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY AS u(n, p)
                  JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.p) AS referenced
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
      WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace`,
  );
  return rows.map((row) => ({
    table: String(row.table),
    references: String(row.references),
    columns: row.columns as string[],
    referencedColumns: row.referenced as string[],
  }));
}

/** The app's tables, each after the tables it references. */
export async function tablesInDependencyOrder(query: RawQuery): Promise<TableInfo[]> {
  const tables = await readTables(query);
  const order = dependencyOrder(
    tables.map((table) => table.name),
    await readForeignKeys(query),
  );
  const byName = new Map(tables.map((table) => [table.name, table]));
  return order.map((name) => byName.get(name)!);
}

export async function readSequences(query: RawQuery): Promise<SequenceInfo[]> {
  const { rows } = await query(
    `SELECT s.relname AS name, t.relname AS "table", a.attname AS "column"
       FROM pg_class s
       LEFT JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class t ON t.oid = d.refobjid
       LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace
      ORDER BY s.relname`,
  );
  return rows.map((row) => ({
    name: String(row.name),
    owner: row.table && row.column ? { table: String(row.table), column: String(row.column) } : null,
  }));
}

/** The SQL reading a table's rows, each as the JSON array of its values' text, in a stable order. */
export function rowsQuery(table: TableInfo): string {
  const name = quoteIdentifier(table.name);
  const values = table.columns.map((column) => `t.${quoteIdentifier(column.name)}::text`).join(', ');
  const order = (table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((column) => column.name))
    .map((column) => `t.${quoteIdentifier(column)}`)
    .join(', ');
  const select = `SELECT to_json(ARRAY[${values}]::text[])::text AS line FROM ${name} t`;
  if (!table.selfReference) return `${select} ORDER BY ${order}`;
  // Rows referencing another row of the same table come after it: by depth from the roots.
  const key = quoteIdentifier(table.selfReference.key);
  const column = quoteIdentifier(table.selfReference.column);
  return `WITH RECURSIVE tree(key, depth) AS (
      SELECT ${key}, 0 FROM ${name} WHERE ${column} IS NULL
      UNION ALL SELECT c.${key}, tree.depth + 1 FROM ${name} c JOIN tree ON c.${column} = tree.key
    ) ${select} LEFT JOIN tree ON tree.key = t.${key} ORDER BY tree.depth NULLS LAST, ${order}`;
}

interface JournalEntry {
  when: number;
  tag: string;
}

/** This version's migrations, as the database records them once applied. */
export function codeMigrations(): MigrationStamp[] {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const tags = new Map(journal.entries.map((entry) => [entry.when, entry.tag]));
  return readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((migration) => ({
    tag: tags.get(migration.folderMillis) ?? null,
    createdAt: migration.folderMillis,
    hash: migration.hash,
  }));
}

/** The migrations applied to a database (none when it was never migrated). */
export async function appliedMigrations(query: RawQuery): Promise<MigrationStamp[]> {
  const { rows: exists } = await query(
    `SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`,
  );
  if (!exists[0]?.present) return [];
  const { rows } = await query(
    'SELECT hash, created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY created_at',
  );
  const tags = new Map(codeMigrations().map((stamp) => [stamp.createdAt, stamp.tag]));
  return rows.map((row) => {
    const createdAt = Number(row.created_at);
    return { tag: tags.get(createdAt) ?? null, createdAt, hash: String(row.hash) };
  });
}

/**
 * Runs `work` in one transaction that sees one snapshot of the database, however long it reads
 * (REPEATABLE READ, read only): writers go on meanwhile, on PostgreSQL, and the backup sees none of
 * their changes. PGlite has one connection: its other work waits until the backup is read.
 */
export async function inSnapshot<T>(
  handle: DatabaseHandle,
  work: (query: RawQuery) => Promise<T>,
): Promise<T> {
  if (handle.pglite) {
    return handle.pglite.transaction(async (tx) => {
      const query: RawQuery = async (text, params) => ({
        rows: (await tx.query<Record<string, unknown>>(text, params)).rows,
      });
      await query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return work(query);
    });
  }
  const client = await handle.pool!.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await work(async (text, params) => ({ rows: (await client.query(text, params)).rows }));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
