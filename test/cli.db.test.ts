import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from './helpers/database.ts';

const run = promisify(execFile);
const environment: NodeJS.ProcessEnv = { ...process.env };
let folder: string;
let databaseName: string | null = null;

async function jumelage(...args: string[]) {
  return run(process.execPath, ['bin/jumelage.js', ...args], {
    env: environment,
    maxBuffer: 64 * 1024 * 1024,
  });
}

// The CLI runs against a PGlite folder of its own, or a PostgreSQL database of its own.
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'jumelage-cli-'));
  delete environment.DATABASE_URL;
  environment.JUMELAGE_DATA = join(folder, 'data');
  if (testEngine() === 'postgres') {
    databaseName = `jumelage_cli_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${databaseName}`;
    environment.DATABASE_URL = url.toString();
  }
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  if (databaseName) {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  }
});

describe('the jumelage command', () => {
  it.each([
    '',
    'serve',
    'migrate',
    'places import',
    'demo load',
    'admin create',
    'export',
    'keys rotate',
    'backup',
    'restore',
  ])('explains itself: jumelage %s --help', async (command) => {
    const { stdout } = await jumelage(...command.split(' ').filter(Boolean), '--help');
    expect(stdout).toMatch(/^Usage: jumelage/);
  });

  it('migrates, loads the demo, imports places of one country and exports the registry', async () => {
    await jumelage('migrate');
    const demo = await jumelage('demo', 'load');
    expect(demo.stderr).toContain('Loaded the demo data: 13 agreements');
    const again = await jumelage('demo', 'load');
    expect(again.stderr).toContain('already loaded');
    const places = await jumelage('places', 'import', '--countries', 'GM');
    expect(places.stderr).toMatch(/Imported \d+ places/);
    const output = join(folder, 'registry.json');
    await jumelage('export', '--output', output);
    const registry = JSON.parse(await readFile(output, 'utf8'));
    expect(registry.agreements).toHaveLength(13);
    expect(registry.sources).toHaveLength(5);
  });

  it('creates the first platform administrator, refusing weak passwords and a second account', async () => {
    const create = (password: string) => {
      const child = execFile(
        process.execPath,
        [
          'bin/jumelage.js',
          'admin',
          'create',
          '--email',
          'admin@smara.example',
          '--name',
          'Admin',
          '--password-stdin',
        ],
        {
          env: environment,
        },
      );
      child.stdin?.end(`${password}\n`);
      return new Promise<{ code: number | null; stderr: string }>((resolve) => {
        let stderr = '';
        child.stderr?.on('data', (chunk) => {
          stderr += chunk;
        });
        child.on('close', (code) => resolve({ code, stderr }));
      });
    };
    const weak = await create('admin123456789');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('too easy to guess');
    const created = await create('granite willow saffron echo');
    expect(created).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('Created platform administrator admin@smara.example'),
    });
    const again = await create('granite willow saffron echo');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already');
  });

  it('rotates the key of two-factor secrets into a key file its user alone reads', async () => {
    environment.JUMELAGE_KEY_FILE = join(folder, 'keys', 'secret-keys.json');
    const first = await jumelage('keys', 'rotate');
    expect(first.stderr).toMatch(/two-factor secrets now use key k\d{8}-\w+/);
    const { keys } = JSON.parse(await readFile(environment.JUMELAGE_KEY_FILE, 'utf8'));
    expect(keys).toHaveLength(1);
    expect((await stat(environment.JUMELAGE_KEY_FILE)).mode & 0o777).toBe(0o600);
    const second = await jumelage('keys', 'rotate');
    expect(second.stderr).toContain(`Retired keys: ${keys[0].id}`);
    environment.JUMELAGE_SECRET_KEYS = 'k1:too-short';
    await expect(jumelage('keys', 'rotate')).rejects.toMatchObject({
      stderr: expect.stringContaining('32 random bytes'),
    });
    delete environment.JUMELAGE_SECRET_KEYS;
  });

  it('refuses bad arguments with a clear message', async () => {
    await expect(jumelage('places', 'import', '--countries', 'Gambia')).rejects.toMatchObject({
      stderr: expect.stringContaining('--countries takes ISO 3166-1 alpha-2 codes'),
    });
  });

  it('imports a twinning list as a job, previews it without one, and changes nothing the second time', async () => {
    const sample = new URL('./fixtures/twinnings-sample.csv', import.meta.url).pathname;
    await jumelage('places', 'import', '--countries', 'LU,MT,SI');
    const preview = JSON.parse(
      (await jumelage('import', 'agreements', sample, '--dry-run', '--json')).stdout,
    );
    expect(preview).toMatchObject({ dryRun: true, pairs: 8, agreements: { created: 8, matched: 0 } });
    expect(preview.review).toEqual([expect.objectContaining({ name: 'Coimbra', country: 'Portugal' })]);
    const first = JSON.parse((await jumelage('import', 'agreements', sample, '--json')).stdout);
    expect(first).toMatchObject({ dryRun: false, agreements: { created: 8, matched: 0 } });
    const again = await jumelage('import', 'agreements', sample);
    expect(again.stdout).toContain('Agreements: 8 already recorded, 0 were created.');
    await expect(jumelage('import', 'agreements', sample, '--map', 'city1=Town')).rejects.toMatchObject({
      stderr: expect.stringMatching(/no column for city1 .*--map/),
    });
  });
});
