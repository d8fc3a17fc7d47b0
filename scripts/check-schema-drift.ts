/**
 * Fails when the schema in code (src/db/tables.ts and friends) has changes no migration holds, i.e.
 * when `npm run db:generate` would write a new migration. drizzle-kit generates into a copy of the
 * migrations folder, so the real one is never touched; drizzle-kit exits 0 even when it fails, so
 * success is its "No schema changes" line and a copy that is byte for byte the original.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../drizzle.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const migrations = resolve(root, config.out ?? 'drizzle');
const schema = Array.isArray(config.schema)
  ? config.schema.map((path) => resolve(root, path))
  : resolve(root, config.schema ?? '');

function filesUnder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path, 'utf8'));
    }
  };
  walk(folder);
  return files;
}

const work = mkdtempSync(join(tmpdir(), 'schema-drift-'));
try {
  cpSync(migrations, join(work, 'migrations'), { recursive: true });
  // drizzle-kit reads `out` relative to where it runs: it runs in the scratch folder.
  writeFileSync(join(work, 'drizzle.config.json'), JSON.stringify({ ...config, schema, out: 'migrations' }));
  const generate = spawnSync(
    join(root, 'node_modules', '.bin', 'drizzle-kit'),
    ['generate', '--config', 'drizzle.config.json'],
    // No terminal: a question (was this column renamed?) fails instead of waiting for an answer.
    { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
  const output = `${generate.stdout ?? ''}${generate.stderr ?? ''}`;
  const before = filesUnder(migrations);
  const after = filesUnder(join(work, 'migrations'));
  const changed = [...after.keys()].filter((path) => before.get(path) !== after.get(path));
  const removed = [...before.keys()].filter((path) => !after.has(path));

  if (
    generate.status === 0 &&
    output.includes('No schema changes') &&
    changed.length + removed.length === 0
  ) {
    console.log('No schema drift: the migrations hold every change to the schema.');
  } else if (changed.length > 0) {
    console.error(
      'Schema drift: the schema has changes no migration holds. `npm run db:generate` would write:',
    );
    for (const path of changed.filter((path) => path.endsWith('.sql'))) {
      console.error(`\n--- ${path}\n${after.get(path)}`);
    }
    console.error('\nRun `npm run db:generate`, review the migration and commit it with the schema change.');
    process.exitCode = 1;
  } else {
    console.error(`drizzle-kit generate did not confirm the schema is unchanged:\n${output}`);
    if (generate.error) console.error(generate.error.message);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
