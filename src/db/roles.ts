import { sql } from 'drizzle-orm';
import { type Database, type DatabaseHandle, openDatabase, selectRows } from './client.ts';
import { inTransaction } from './transaction.ts';

/**
 * On PostgreSQL, Jumelage runs as two roles: the owner, which migrations run as (it owns every
 * table, the audit log's triggers and functions), and the serving role, which owns nothing and may
 * only read and write rows — on the audit log, only read and append. So a server that is taken
 * over still cannot set the audit log's triggers aside, alter its functions or rewrite its rows.
 * PGlite (embedded) has a single user: it is for one machine, not for this separation.
 */

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The grants the serving role needs, and nothing more; applied after every migration. */
export function servingRoleGrants(role: string): string[] {
  const to = quoteIdentifier(role);
  return [
    `GRANT USAGE ON SCHEMA public TO ${to}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${to}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${to}`,
    // The audit log is append-only for the server.
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ${to}`,
    // Backups taken through the server name the migrations applied (GET /api/admin/backup).
    `GRANT USAGE ON SCHEMA drizzle TO ${to}`,
    `GRANT SELECT ON drizzle.__drizzle_migrations TO ${to}`,
  ];
}

export async function grantServingRole(db: Database, role: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    for (const statement of servingRoleGrants(role)) await tx.execute(sql.raw(statement));
  });
}

/**
 * Brings the schema up to date. With a migration connection (MIGRATION_DATABASE_URL, the owner),
 * migrates through it and grants the serving connection's role what it needs; otherwise migrates
 * through the serving connection itself.
 */
export async function migrateAsOwner(serving: DatabaseHandle, migrationDatabaseUrl?: string): Promise<void> {
  if (!migrationDatabaseUrl || serving.engine !== 'postgres') {
    await serving.migrate();
    return;
  }
  const owner = await openDatabase({ databaseUrl: migrationDatabaseUrl });
  try {
    await owner.migrate();
    const [servingRole] = await selectRows<{ name: string }>(serving.db, sql`SELECT current_user AS name`);
    const [ownerRole] = await selectRows<{ name: string }>(owner.db, sql`SELECT current_user AS name`);
    if (servingRole && servingRole.name !== ownerRole?.name)
      await grantServingRole(owner.db, servingRole.name);
  } finally {
    await owner.close();
  }
}

/**
 * What is wrong with the role the server runs as: a superuser, or the owner of the tables (or a
 * member of the owner role), can set the audit log's protections aside. Nothing on PGlite.
 */
export async function servingRoleWarnings(handle: DatabaseHandle): Promise<string[]> {
  if (handle.engine !== 'postgres') return [];
  const [role] = await selectRows<{ name: string; superuser: boolean; owner: string | null; owns: boolean }>(
    handle.db,
    sql`SELECT current_user AS name,
               (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
               pg_get_userbyid(c.relowner) AS owner,
               coalesce(pg_has_role(current_user, c.relowner, 'MEMBER'), false) AS owns
          FROM (SELECT 1) AS one LEFT JOIN pg_class c ON c.oid = to_regclass('public.audit_log')`,
  );
  if (!role) return [];
  const warnings: string[] = [];
  if (role.superuser) {
    warnings.push(
      `the server runs as the PostgreSQL superuser "${role.name}": it could set the audit log's protections aside. ` +
        'Serve as a role that owns nothing (see README, Database roles).',
    );
  } else if (role.owns) {
    warnings.push(
      `the server runs as "${role.name}", which owns the tables (as "${role.owner}"): it could set the audit log's protections aside. ` +
        'Run migrations as the owner (MIGRATION_DATABASE_URL) and serve as a role that owns nothing (see README, Database roles).',
    );
  }
  return warnings;
}
