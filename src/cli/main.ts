import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { Command, Option } from 'commander';
import { createUser } from '../accounts/accounts.ts';
import { prepareAccounts, rotateKeys } from '../accounts/maintenance.ts';
import { loadKeyring } from '../accounts/secret-keys.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import { describeDatabase, readConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { folderFootprint, memoryFootprint } from '../db/footprint.ts';
import { migrateAsOwner, servingRoleWarnings } from '../db/roles.ts';
import { inTransaction } from '../db/transaction.ts';
import { afterBulkLoad, scheduleUpkeep } from '../db/upkeep.ts';
import { loadDemo } from '../demo/load.ts';
import { exportRegistry } from '../export/export.ts';
import { buildApp } from '../http/app.ts';
import { stopGracefully } from '../http/shutdown.ts';
import { IMPORT_ACTOR, ImportColumnsError } from '../imports/agreements-import.ts';
import { mapColumns, parseMappingOption } from '../imports/columns.ts';
import {
  AGREEMENTS_IMPORT_JOB,
  type AgreementsImportResult,
  agreementsImportHandler,
  runAgreementsImport,
  storeImportFile,
} from '../imports/import-job.ts';
import { readTable } from '../imports/read-table.ts';
import { formatImportReport } from '../imports/report.ts';
import { ingestFolder } from '../ingestion/folder.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { runJobHere } from '../jobs/worker.ts';
import { createMailer } from '../mail/mailer.ts';
import { fillElevations, fillPhoneticKeys, importPlaces } from '../places/import.ts';
import { loggableError } from '../shared/loggable-error.ts';
import { getFact, setFact } from '../system/facts.ts';
import { registerBackupCommands } from './backup-commands.ts';
import { createProgressReporter } from './progress.ts';

const VERSION = '0.1.0';

/** The command being run, without its options, to name who holds a PGlite folder ("jumelage admin create"). */
function commandName(): string {
  const words = process.argv.slice(2);
  const end = words.findIndex((word) => word.startsWith('-'));
  return ['jumelage', ...(end < 0 ? words : words.slice(0, end))].join(' ');
}

async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = readConfig();
  const handle = await openDatabase(config.database, { holder: commandName() });
  try {
    await migrateAsOwner(handle, config.migrationDatabaseUrl);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function importGazetteer(handle: DatabaseHandle, options: { countries?: string[]; ids?: number[] }) {
  const started = performance.now();
  const progress = createProgressReporter('GeoNames places');
  try {
    const result = await importPlaces(handle, {
      countries: options.countries,
      geonamesIds: options.ids,
      onProgress: ({ linesRead }) => progress.update(linesRead),
    });
    progress.finish();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `Imported ${result.placesImported} places and ${result.namesImported} names in ${seconds} s.`,
    );
    if (!options.countries && !options.ids) {
      await setFact(handle.db, 'gazetteer_imported', { at: new Date().toISOString(), ...result });
      await setFact(handle.db, 'elevations_filled', { at: new Date().toISOString(), places: 0 });
    }
    return result;
  } catch (error) {
    progress.finish();
    throw error;
  }
}

/** What `serve` loads into a new database: the gazetteer, the demo data. */
interface Loads {
  gazetteer: boolean;
  demo: boolean;
}

/** What of `wanted` this database lacks. */
async function loadsPending(handle: DatabaseHandle, wanted: Loads): Promise<Loads> {
  return {
    gazetteer: wanted.gazetteer && !(await getFact(handle.db, 'gazetteer_imported')),
    demo: wanted.demo && !(await getFact(handle.db, 'demo_loaded')),
  };
}

async function loadInto(handle: DatabaseHandle, pending: Loads): Promise<void> {
  if (pending.gazetteer) {
    console.error('First start: importing the GeoNames gazetteer (once; about a minute).');
    await importGazetteer(handle, {});
  }
  if (pending.demo) {
    const demo = await loadDemo(handle);
    if (demo.loaded) {
      await afterBulkLoad(handle);
      console.error(
        `Loaded the demo data: ${demo.agreements} agreements, ${demo.organizations} organizations, ${demo.people} people.`,
      );
    }
  }
}

/**
 * A PGlite folder is made and loaded by a child process (this command with --prepare-only), whose
 * memory goes when it ends: PostgreSQL's initdb and the gazetteer import leave behind them, in the
 * process that ran them, a few hundred MB that a server would hold for as long as it runs.
 */
async function prepareInChild(wanted: Loads): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      process.argv[1]!,
      'serve',
      '--prepare-only',
      ...(wanted.gazetteer ? [] : ['--no-gazetteer']),
      ...(wanted.demo ? [] : ['--no-demo']),
    ],
    { stdio: 'inherit' },
  );
  // Stopping the server stops the preparation too, not only the process that waits for it.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  try {
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    if (code !== 0) throw new Error(`preparing the database failed (${signal ?? `exit code ${code}`})`);
  } finally {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
  }
}

/**
 * The seconds a start spends on each step, the first being Node loading the modules (from the
 * process's start, which `performance.now()` counts from).
 */
function startClock() {
  const round = (milliseconds: number) => Math.round(milliseconds / 10) / 100;
  let last = performance.now();
  const phases: Record<string, number> = { modules: round(last) };
  return {
    phases,
    lap(phase: string) {
      const now = performance.now();
      phases[phase] = round(now - last);
      last = now;
    },
    seconds: () => Math.round(performance.now() / 100) / 10,
  };
}

const program = new Command()
  .name('jumelage')
  .description('Jumelage: the registry of town twinning, networks of cities and decentralized cooperation.')
  .version(VERSION)
  .addHelpText(
    'after',
    `
Environment:
  DATABASE_URL     PostgreSQL connection string (production). Without it, the embedded PGlite is used.
  MIGRATION_DATABASE_URL  PostgreSQL connection as the role that owns the tables: migrations run as it,
                   and it grants DATABASE_URL's role what serving needs (README: Database roles).
  JUMELAGE_DATA    PGlite data folder (default ./data).
  PORT, HOST       Where \`serve\` listens (default 3000 on 127.0.0.1).
  SHUTDOWN_TIMEOUT seconds \`serve\` gives requests in flight to finish on SIGTERM or SIGINT (default 10).
  DEFAULT_LANGUAGE ar, fr or en (default): the language of answers when a request names none of them.
  LOG_LEVEL        fatal, error, warn, info (default), debug, trace.
  SMTP_URL         SMTP server for account emails (smtp://user:password@host:587); without it they go to the log.
  MAIL_FROM        sender of those emails (default Jumelage <no-reply@localhost>).
  PUBLIC_URL       the address people reach Jumelage at, for links in emails.
  TRUST_PROXY      true, or the addresses of the reverse proxy whose X-Forwarded-* headers to trust.
  JUMELAGE_SECRET_KEYS  keys for two-factor secrets at rest: id:base64 of 32 random bytes, comma-separated,
                   the current one first (e.g. k1:$(openssl rand -base64 32)). Wins over the key file.
  JUMELAGE_KEY_FILE     key file used without JUMELAGE_SECRET_KEYS (default: beside the PGlite folder,
                   ./data-keys/secret-keys.json; with DATABASE_URL ./jumelage-keys/secret-keys.json). Made on
                   first start, readable by its user only; keep it apart from the database and its backups.`,
  );

program
  .command('serve')
  .description(
    'Serve the web application (when built: npm run build) and the HTTP API. On a new database, imports the gazetteer and the demo data first.',
  )
  .option('--no-demo', 'do not load the demo data into a new database')
  .option('--no-gazetteer', 'do not import the GeoNames gazetteer into a new database')
  // The child process that makes and loads a PGlite folder for the server (prepareInChild).
  .addOption(new Option('--prepare-only').hideHelp())
  .action(async (options: Loads & { prepareOnly?: boolean }) => {
    const clock = startClock();
    const config = readConfig();
    const wanted: Loads = { gazetteer: options.gazetteer, demo: options.demo };
    if (options.prepareOnly) {
      const handle = await openDatabase(config.database, { holder: 'the server' });
      try {
        await migrateAsOwner(handle, config.migrationDatabaseUrl);
        await loadInto(handle, await loadsPending(handle, wanted));
      } finally {
        await handle.close();
      }
      return;
    }
    console.error(`Jumelage ${VERSION} on ${describeDatabase(config.database)}`);
    const secretKeys = await loadKeyring(config, { create: true, log: (text) => console.error(text) });
    clock.lap('keys');
    const embedded = 'dataDir' in config.database;
    if (
      'dataDir' in config.database &&
      (wanted.gazetteer || wanted.demo) &&
      !existsSync(join(config.database.dataDir, 'PG_VERSION'))
    ) {
      await prepareInChild(wanted);
      clock.lap('prepare');
    }
    let handle = await openDatabase(config.database, { holder: 'the server' });
    clock.lap('open');
    await migrateAsOwner(handle, config.migrationDatabaseUrl);
    clock.lap('migrate');
    // Place names stored before their phonetic keys existed get them once (a minute or so); names
    // stored since get theirs when written, so later starts do not look through every name again.
    if (!(await getFact(handle.db, 'phonetic_keys_filled'))) {
      const keyed = await fillPhoneticKeys(handle);
      await setFact(handle.db, 'phonetic_keys_filled', { at: new Date().toISOString(), names: keyed });
      if (keyed > 0) {
        console.error(`Computed the phonetic keys of ${keyed} place names.`);
        clock.lap('phonetic keys');
      }
    }
    // Places imported before their elevations were kept get them once, read again from GeoNames'
    // file; a gazetteer imported since came with them, and so does any place imported later.
    if (!(await getFact(handle.db, 'elevations_filled'))) {
      const places = (await getFact(handle.db, 'gazetteer_imported')) ? await fillElevations(handle) : 0;
      await setFact(handle.db, 'elevations_filled', { at: new Date().toISOString(), places });
      if (places > 0) {
        console.error(`Read the elevations of ${places} places.`);
        clock.lap('elevations');
      }
    }
    const pending = await loadsPending(handle, wanted);
    if (pending.gazetteer || pending.demo) {
      if (embedded) {
        await handle.close();
        await prepareInChild(wanted);
        handle = await openDatabase(config.database, { holder: 'the server' });
      } else {
        await loadInto(handle, pending);
      }
      clock.lap('prepare');
    }
    const prepared = await prepareAccounts(handle.db, secretKeys);
    if (prepared.secretsSealed > 0)
      console.error(
        `Encrypted the two-factor secrets of ${prepared.secretsSealed} accounts with key ${secretKeys.current.id}.`,
      );
    clock.lap('accounts');
    const database = handle;
    const app = await buildApp({
      database,
      version: VERSION,
      logger: { level: process.env.LOG_LEVEL ?? 'info' },
      trustProxy: config.trustProxy,
      publicUrl: config.publicUrl,
      defaultLanguage: config.defaultLanguage,
      // Without SMTP_URL, the app logs each mail as structured fields in its own log.
      mailer: config.smtpUrl ? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }) : undefined,
      secretKeys,
      // Imports queued from the workspace run here, or on any other instance on the same database.
      jobWorker: true,
    });
    clock.lap('app');
    // A server that may set the audit log's protections aside is told so at every start.
    for (const warning of await servingRoleWarnings(database))
      app.log.warn({ event: 'database role' }, warning);
    // PGlite has no autovacuum and no checkpointer: the server does their work from time to time.
    const upkeep = scheduleUpkeep(database, {
      done: (report) => app.log.info({ event: 'database upkeep', ...report }, 'database upkeep'),
      failed: (error) => app.log.error({ event: 'database upkeep', err: error }, 'database upkeep failed'),
    });
    // SIGTERM (orchestrators) or SIGINT (Ctrl-C): stop accepting, let the requests in flight finish,
    // then close the database and exit 0. Requests still running after SHUTDOWN_TIMEOUT seconds are
    // cut and the exit code is 1; a second signal stops at once.
    let stopping = false;
    const shutdown = async (signal: NodeJS.Signals) => {
      if (stopping) {
        app.log.warn({ event: 'shutdown', signal }, 'second signal: stopping now');
        process.exit(1);
      }
      stopping = true;
      app.log.info({ event: 'shutdown', signal, timeoutSeconds: config.shutdownTimeoutSeconds }, 'stopping');
      let inTime = false;
      try {
        inTime = await stopGracefully(app, config.shutdownTimeoutSeconds * 1000);
      } finally {
        await upkeep.stop().catch(() => undefined);
        await database
          .close()
          .catch((error: Error) => console.error(`closing the database: ${error.message}`));
      }
      console.error('Stopped.');
      process.exit(inTime ? 0 : 1);
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    const address = await app.listen({ port: config.port, host: config.host });
    clock.lap('listen');
    console.error(
      `Ready in ${clock.seconds().toFixed(1)} s: ${address}/ (API at ${address}/api, reference at ${address}/api/docs)`,
    );
    // What operators size a machine by: how long the start took, step by step, and what it holds.
    app.log.info(
      {
        event: 'ready',
        seconds: clock.seconds(),
        phases: clock.phases,
        memory: memoryFootprint(database),
        ...('dataDir' in config.database ? { dataFolder: folderFootprint(config.database.dataDir) } : {}),
      },
      'ready',
    );
  });

program
  .command('migrate')
  .description('Apply the database migrations that are not applied yet.')
  .action(() => withDatabase(async () => console.error('The database schema is up to date.')));

const places = program
  .command('places')
  .description('The gazetteer of places (GeoNames cities ≥ 500 inhabitants, CC BY 4.0).');
places
  .command('import')
  .description('Import GeoNames places and their alternate names. Idempotent: rerun it to resume or refresh.')
  .addOption(
    new Option('--countries <codes>', 'only these ISO 3166-1 countries, comma-separated (e.g. ML,NE,EH)'),
  )
  .addOption(new Option('--ids <ids>', 'only these GeoNames ids, comma-separated'))
  .action((options: { countries?: string; ids?: string }) =>
    withDatabase(async (handle) => {
      const countries = options.countries
        ?.split(',')
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean);
      const ids = options.ids?.split(',').map((id) => Number(id.trim()));
      if (ids?.some((id) => !Number.isInteger(id) || id <= 0))
        throw new Error('--ids takes GeoNames ids, e.g. 2449067,2461874');
      if (countries?.some((code) => !/^[A-Z]{2}$/.test(code)))
        throw new Error('--countries takes ISO 3166-1 alpha-2 codes, e.g. ML,NE');
      await importGazetteer(handle, { countries, ids });
    }),
  );

program
  .command('import')
  .description('Import records from files.')
  .command('agreements')
  .description(
    'Import twinned places from a CSV or XLSX file (one pair a row): each name is resolved to a gazetteer place with ' +
      'its country, a local authority found or created there, and one twinning in force recorded per unordered pair, ' +
      'citing the source. Names not resolved with confidence go to the review list. Running it again changes nothing.',
  )
  .argument('<file>', 'CSV (comma, semicolon or tab separated, UTF-8) or XLSX file with a header line')
  .option(
    '--map <columns>',
    'headers of the columns when their names are not recognized: city1=<header>,country1=<header>,city2=<header>,country2=<header>',
  )
  .option('--dry-run', 'only report what would be created, matched or left for review; change nothing')
  .option('--source-url <url>', "the source cited for every pair (default: Wikipedia's lists of twin towns)")
  .option('--source-title <title>', 'the title of that source')
  .option('--json', 'print the report as JSON')
  .addHelpText(
    'after',
    '\nColumns are recognized by their headers in English, French or Arabic (city1, country1, city2, country2;\n' +
      'ville 1, pays 1…; المدينة 1, البلد 1…). Countries may be written as Wikipedia does ("England", "Georgia (country)").',
  )
  .action(
    (
      file: string,
      options: { map?: string; dryRun?: boolean; sourceUrl?: string; sourceTitle?: string; json?: boolean },
    ) =>
      withDatabase(async (handle) => {
        const mapping = options.map ? parseMappingOption(options.map) : undefined;
        if (options.sourceTitle && !options.sourceUrl)
          throw new Error('--source-title goes with --source-url');
        const source = options.sourceUrl
          ? { url: options.sourceUrl, title: options.sourceTitle ?? options.sourceUrl, language: 'en' }
          : undefined;
        let bar: ReturnType<typeof createProgressReporter> | null = null;
        let phase = '';
        const onProgress = (progress: { phase: string; done: number; total: number }) => {
          if (progress.phase !== phase) {
            bar?.finish();
            phase = progress.phase;
            bar = createProgressReporter(
              IMPORT_PHASE_LABELS[progress.phase as keyof typeof IMPORT_PHASE_LABELS] ?? progress.phase,
              Math.max(progress.total, 1),
            );
          }
          bar?.update(progress.done);
        };
        const content = await readFile(file);
        const table = await readTable(content);
        // Columns the file does not name, said the command line's way (--map).
        const mapped = mapColumns(table.headers, mapping);
        if (!mapped.ok) throw new ImportColumnsError(mapped.missing, mapped.ambiguous, table.headers);
        const payload = {
          mapping: mapped.mapping,
          dryRun: Boolean(options.dryRun),
          source,
          wholeReport: true,
        };
        let result: AgreementsImportResult;
        if (options.dryRun) {
          // A dry run changes nothing, not even the queue: the same code as the job's, run here.
          result = await runAgreementsImport(
            handle.db,
            { ...payload, fileId: '' },
            table,
            basename(file),
            onProgress,
          );
        } else {
          // The import is a job like the workspace's, recorded in the queue and run here at once.
          const workerId = `cli:${hostname()}:${process.pid}`;
          const leaseMs = 60_000;
          const stored = await inTransaction(handle.db, (tx) =>
            storeImportFile(tx, {
              fileName: basename(file),
              content,
              userId: null,
              createdBy: IMPORT_ACTOR,
              maxBytes: Number.POSITIVE_INFINITY,
            }),
          );
          const job = await enqueueJob(handle.db, {
            kind: AGREEMENTS_IMPORT_JOB,
            payload: { ...payload, fileId: stored.id },
            createdBy: IMPORT_ACTOR,
            runningUnder: { workerId, leaseMs },
          });
          const ended = await runJobHere(handle.db, job, agreementsImportHandler(), {
            workerId,
            leaseMs,
            observe: onProgress,
          });
          if (ended.status !== 'succeeded')
            throw new Error(`the import stopped (job ${ended.id}): ${ended.error?.message ?? ended.status}`);
          result = ended.result as AgreementsImportResult;
        }
        (bar as ReturnType<typeof createProgressReporter> | null)?.finish();
        const { reviewTotal: _total, ...report } = result.report;
        if (!options.dryRun) await afterBulkLoad(handle);
        if (options.json) console.log(JSON.stringify(report, null, 2));
        else console.log(formatImportReport(report));
      }),
  );

program
  .command('ingest')
  .description(
    'Submit a folder of press articles for review: each file (an HTML page saved from the web, a PDF with a text ' +
      'layer, plain text, or an article as JSON with text, published, url and lang) is kept once, whatever the number ' +
      'of times it is submitted, and read by the extractor; the agreements it reports wait in the review queue ' +
      '(/workspace/press). Nothing enters the registry before a reviewer accepts it.',
  )
  .argument('<dir>', 'the folder of articles')
  .option('--language <code>', 'the articles’ language (ar, fr, en or es) when it is not to be detected')
  .option('--published <date>', 'the publication date (YYYY-MM-DD) when the pages do not say it')
  .option('--json', 'print the report as JSON')
  .action((dir: string, options: { language?: string; published?: string; json?: boolean }) =>
    withDatabase(async (handle) => {
      let bar: ReturnType<typeof createProgressReporter> | null = null;
      let phase = '';
      const report = await ingestFolder(handle, dir, {
        given: { language: options.language ?? null, published: options.published ?? null },
        observe: (progress) => {
          if (options.json) return;
          if (progress.phase !== phase) {
            bar?.finish();
            phase = progress.phase;
            bar = createProgressReporter(
              progress.phase === 'files' ? 'Files' : 'Articles read',
              Math.max(progress.total, 1),
            );
          }
          bar?.update(progress.done);
        },
      });
      (bar as ReturnType<typeof createProgressReporter> | null)?.finish();
      if (options.json) {
        console.log(JSON.stringify(report, null, 2));
        return;
      }
      console.log(
        `${report.files} files: ${report.submitted} new articles read, ${report.alreadyKnown} submitted before, ` +
          `${report.refused.length} refused; ${report.proposals} proposals wait for review.`,
      );
      for (const refused of report.refused)
        console.log(`  ${refused.file}: ${refused.message}${refused.field ? ` (${refused.field})` : ''}`);
    }),
  );

const IMPORT_PHASE_LABELS = {
  sample: 'Example rows',
  resolving: 'Names',
  organizations: 'Local authorities',
  agreements: 'Agreements',
  review: 'Review list',
} as const;

program
  .command('demo')
  .description('Demo data from the seed articles.')
  .command('load')
  .description('Load the demo data (once per database; imports the GeoNames places it needs).')
  .action(() =>
    withDatabase(async (handle) => {
      const demo = await loadDemo(handle);
      if (demo.loaded) await afterBulkLoad(handle);
      console.error(
        demo.loaded
          ? `Loaded the demo data: ${demo.agreements} agreements, ${demo.organizations} organizations, ${demo.people} people.`
          : 'The demo data is already loaded in this database.',
      );
    }),
  );

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

program
  .command('admin')
  .description('Platform administrators.')
  .command('create')
  .description(
    'Create a platform administrator. There is no default account: this is how the first one is made.',
  )
  .requiredOption('--email <address>', 'their email address (the sign-in name)')
  .requiredOption('--name <name>', 'their name as shown to others')
  .option(
    '--password-stdin',
    'read the password from standard input (e.g. printf %s "$PASSWORD" | jumelage admin create …)',
  )
  .addHelpText(
    'after',
    '\nThe password comes from standard input with --password-stdin, or from JUMELAGE_ADMIN_PASSWORD.',
  )
  .action((options: { email: string; name: string; passwordStdin?: boolean }) =>
    withDatabase(async (handle) => {
      const password = options.passwordStdin
        ? await readStandardInput()
        : process.env.JUMELAGE_ADMIN_PASSWORD;
      if (!password) throw new Error('give the password with --password-stdin or JUMELAGE_ADMIN_PASSWORD');
      const user = await inTransaction(handle.db, (tx) =>
        createUser(
          tx,
          { actor: 'cli' },
          {
            email: options.email,
            displayName: options.name,
            password,
            isPlatformAdmin: true,
          },
        ),
      );
      console.error(
        `Created platform administrator ${user.email}. Sign in and turn on two-factor sign-in ` +
          '(POST /api/auth/two-factor/setup, then /enable): admin rights wait until it is on.',
      );
    }),
  );

program
  .command('audit')
  .description('The audit log.')
  .command('verify')
  .description(
    'Walk the audit log’s hash chain and recompute every record’s hash; name the first broken link (exit code 1).',
  )
  .addHelpText(
    'after',
    '\nA record changed or deleted after it was written breaks the chain at that record or the next one.\n' +
      'Deleting the newest records leaves a shorter chain that still holds: keep the head hash printed\n' +
      'here somewhere else, and compare it later.',
  )
  .action(() =>
    withDatabase(async (handle) => {
      const report = await verifyAuditChain(handle.db);
      if (report.broken) {
        console.error(
          `The audit log's chain is broken after ${report.checked} intact records: ${report.broken.message}.`,
        );
        process.exitCode = 1;
        return;
      }
      console.log(
        report.head
          ? `The audit log's chain holds: ${report.checked} records; the head is record ${report.head.id}, hash ${report.head.hash}.`
          : 'The audit log is empty.',
      );
    }),
  );

program
  .command('keys')
  .description('The keys two-factor secrets are encrypted with at rest.')
  .command('rotate')
  .description(
    'Re-encrypt every two-factor secret with a new key. With the key file, a new key is made in it and the old ones ' +
      'are dropped once nothing uses them; with JUMELAGE_SECRET_KEYS, put the new key first there, run this, then ' +
      'remove the keys it names as retired. Stop the server first (PGlite) and start it again after (PostgreSQL).',
  )
  .action(() =>
    withDatabase(async (handle) => {
      const rotation = await rotateKeys(handle.db, readConfig());
      console.error(
        `${rotation.accounts} accounts' two-factor secrets now use key ${rotation.keyId} (${rotation.source}).` +
          (rotation.retired.length > 0 ? ` Retired keys: ${rotation.retired.join(', ')}.` : ''),
      );
    }),
  );

program
  .command('export')
  .description('Write the whole registry as one JSON document (gazetteer places only where referenced).')
  .option('-o, --output <file>', 'file to write instead of standard output')
  .action((options: { output?: string }) =>
    withDatabase(async (handle) => {
      const json = `${JSON.stringify(await exportRegistry(handle.db), null, 2)}\n`;
      if (options.output) {
        await writeFile(options.output, json);
        console.error(`Wrote ${options.output}.`);
      } else {
        process.stdout.write(json);
      }
    }),
  );

registerBackupCommands(program, VERSION);

program.parseAsync().catch((error: unknown) => {
  // A failed query's message carries its parameters: the scrubbed message shows its shape only.
  console.error(`jumelage: ${error instanceof Error ? loggableError(error).message : String(error)}`);
  process.exit(1);
});
