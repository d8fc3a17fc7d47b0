import { Column, getTableColumns, getTableName, is, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/*
 * Rows read inside a JSON aggregate (a record with all it holds, in one statement) come back with
 * the database's column names and timestamps as text. These give them the shape Drizzle gives a
 * row read alone, so a use case answers the same whichever way it read.
 */

/**
 * A column named with its table, for a subquery that refers to the statement around it: Drizzle
 * leaves a column of a one-table select unqualified, which inside the subquery would name the
 * subquery's own column of that name.
 */
export function outer(value: SQLWrapper): SQLWrapper {
  if (!is(value, Column)) return value;
  return sql`${sql.identifier(getTableName(value.table))}.${sql.identifier(value.name)}`;
}

/** A row as JSON, or null when an outer join found none (a null-extended row is not null in SQL). */
export function rowJson(alias: string, key = 'id'): SQL {
  return sql.raw(`CASE WHEN ${alias}.${key} IS NULL THEN NULL ELSE to_jsonb(${alias}) END`);
}

/** A row of `table` read as JSON (`to_jsonb`), named and typed as Drizzle reads it. */
export function rowFromJson<Table extends PgTable>(
  table: Table,
  json: Record<string, unknown>,
): Table['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [property, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[property] =
      value !== null && value !== undefined && column.columnType === 'PgTimestamp'
        ? new Date(value as string)
        : (value ?? null);
  }
  return row as Table['$inferSelect'];
}
