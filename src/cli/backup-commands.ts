import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../audit/verify.ts';
import { writeBackup } from '../backup/backup.ts';
import { restoreBackup } from '../backup/restore.ts';
import { readConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase, selectRows } from '../db/client.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { migrateAsOwner } from '../db/roles.ts';
import { afterBulkLoad } from '../db/upkeep.ts';
import { createProgressReporter } from './progress.ts';

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;

/** A progress bar of rows, started when the total is known (the backup counts them first). */
function rowProgress(label: string) {
  let reporter: ReturnType<typeof createProgressReporter> | null = null;
  return {
    update: (rows: number, total: number) => {
      if (total <= 0) return;
      reporter ??= createProgressReporter(label, total);
      reporter.update(rows);
    },
    finish: () => {
      reporter?.finish();
      reporter = null;
    },
  };
}

/**
 * The database a backup or restore works on directly: on PostgreSQL as the tables' owner when
 * MIGRATION_DATABASE_URL is set (restore sets sequences; both read the migration history).
 */
async function openDirect(holder: string): Promise<DatabaseHandle> {
  const config = readConfig();
  if ('databaseUrl' in config.database && config.migrationDatabaseUrl)
    return openDatabase({ databaseUrl: config.migrationDatabaseUrl });
  try {
    return await openDatabase(config.database, { holder });
  } catch (error) {
    if (error instanceof DataDirLockedError && holder === 'jumelage backup')
      throw new Error(
        `${error.message}\nOr take the backup through the running server: jumelage backup --server http://127.0.0.1:3000 ` +
          '(the server’s address), with JUMELAGE_TOKEN set to an API token of a platform administrator.',
      );
    throw error;
  }
}

/** Writes to the file when it is whole, never a half backup under its name; else to standard output. */
async function withOutput<T>(file: string | undefined, work: (output: Writable) => Promise<T>): Promise<T> {
  if (!file) {
    if (process.stdout.isTTY)
      throw new Error('a backup is binary (gzip): write it to a file with -o FILE, or pipe it elsewhere');
    return work(process.stdout);
  }
  const partial = `${file}.partial`;
  try {
    const result = await work(createWriteStream(partial, { mode: 0o600 }));
    await rename(partial, file);
    return result;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function backupThroughServer(server: string, output: Writable): Promise<void> {
  const token = process.env.JUMELAGE_TOKEN;
  if (!token) throw new Error('--server needs JUMELAGE_TOKEN: an API token of a platform administrator');
  const url = new URL('/api/admin/backup', server);
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new Error(`cannot reach ${url.origin}: ${(error as Error).cause ?? (error as Error).message}`);
  }
  if (!response.ok || !response.body) {
    const problem = (await response.json().catch(() => ({}))) as { title?: string; detail?: string };
    throw new Error(
      `the server answered ${response.status}: ${problem.detail ?? problem.title ?? response.statusText}`,
    );
  }
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), output);
}

export function registerBackupCommands(program: Command, version: string): void {
  program
    .command('backup')
    .description(
      'Write a backup of the whole database — every record, private ones too — as one consistent snapshot ' +
        '(gzip’d NDJSON, README: Backup and restore). Unlike `export`, it is for `restore`, not for publishing.',
    )
    .option('-o, --output <file>', 'file to write instead of standard output')
    .option(
      '--server <url>',
      'take it through the running server (its address, e.g. http://127.0.0.1:3000), with JUMELAGE_TOKEN ' +
        'set to an API token of a platform administrator: how to back up a PGlite folder the server holds',
    )
    .addHelpText(
      'after',
      '\nWith PostgreSQL (DATABASE_URL), the backup reads the database directly while the server runs, as\n' +
        'MIGRATION_DATABASE_URL’s role when set. With PGlite, it opens the data folder itself when the server\n' +
        'is stopped, and goes through the server with --server when it runs. Keep the key file of two-factor\n' +
        'secrets (JUMELAGE_KEY_FILE) apart from backups: they hold those secrets only encrypted.',
    )
    .action(async (options: { output?: string; server?: string }) => {
      const started = performance.now();
      if (options.server) {
        await withOutput(options.output, (output) => backupThroughServer(options.server!, output));
        const bytes = options.output ? (await stat(options.output)).size : 0;
        console.error(
          `Backed up the database through ${options.server} in ${seconds(started)} s` +
            (options.output ? `: ${options.output} (${size(bytes)}).` : '.'),
        );
        return;
      }
      const handle = await openDirect('jumelage backup');
      const progress = rowProgress('Backup');
      try {
        const summary = await withOutput(options.output, (output) =>
          writeBackup(handle, output, {
            app: version,
            onProgress: ({ rows, totalRows }) => progress.update(rows, totalRows),
          }),
        );
        progress.finish();
        const bytes = options.output ? (await stat(options.output)).size : 0;
        console.error(
          `Backed up ${summary.totalRows} rows of ${summary.tables} tables in ${seconds(started)} s` +
            (options.output ? `: ${options.output} (${size(bytes)}).` : '.'),
        );
      } finally {
        progress.finish();
        await handle.close();
      }
    });

  program
    .command('restore')
    .description(
      'Restore a backup (from `jumelage backup`) into an empty database: a new PGlite folder (JUMELAGE_DATA) ' +
        'or a new PostgreSQL database (DATABASE_URL). All or nothing: a damaged file or a database in use is refused.',
    )
    .argument('<file>', 'the backup file, or - for standard input')
    .addHelpText(
      'after',
      '\nThe database is migrated first (as MIGRATION_DATABASE_URL’s role when set), then every table is\n' +
        'filled in one transaction; the backup must come from this version of Jumelage (older ones: restore\n' +
        'with the version that took it, then run this one’s migrate). A PGlite backup restores into\n' +
        'PostgreSQL and the other way round. Two-factor secrets need the key file they were encrypted with.',
    )
    .action(async (file: string) => {
      const started = performance.now();
      // A mistyped name must not leave a new, empty database behind it.
      if (file !== '-') await stat(file);
      const config = readConfig();
      const handle = await openDatabase(config.database, { holder: 'jumelage restore' });
      const progress = rowProgress('Restore');
      try {
        await migrateAsOwner(handle, config.migrationDatabaseUrl);
        const owner =
          'databaseUrl' in config.database && config.migrationDatabaseUrl
            ? await openDatabase({ databaseUrl: config.migrationDatabaseUrl })
            : handle;
        try {
          const input = file === '-' ? process.stdin : createReadStream(file);
          const summary = await restoreBackup(owner, input, {
            app: version,
            onProgress: ({ rows, totalRows }) => progress.update(rows, totalRows),
          });
          progress.finish();
          // The planner's statistics for what was just filled (and, on PGlite, a checkpoint).
          await afterBulkLoad(owner);
          const tables = Object.keys(summary.rows).length;
          console.error(
            `Restored ${summary.totalRows} rows of ${tables} tables in ${seconds(started)} s ` +
              `(backup taken ${summary.header.takenAt} by Jumelage ${summary.header.app} on ${summary.header.engine}).`,
          );
        } finally {
          if (owner !== handle) await owner.close();
        }
        const chain = await verifyAuditChain(handle.db);
        if (chain.broken)
          throw new Error(`the restored audit log's chain is broken: ${chain.broken.message}`);
        console.error(`The audit log's chain holds: ${chain.checked} records.`);
        const [secrets] = await selectRows<{ count: string }>(
          handle.db,
          sql`SELECT count(*)::text AS count FROM users WHERE totp_secret IS NOT NULL`,
        );
        if (Number(secrets?.count) > 0)
          console.error(
            `${secrets!.count} accounts have two-factor sign-in: give this installation the keys their secrets ` +
              'were encrypted with (the key file, or JUMELAGE_SECRET_KEYS).',
          );
      } finally {
        progress.finish();
        await handle.close();
      }
    });
}
