import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from './helpers/database.ts';

interface Started {
  child: ChildProcess;
  output: string;
  ready: {
    phases: Record<string, number>;
    memory: Record<string, number>;
    dataFolder: Record<string, number>;
  };
}

/** `jumelage serve --no-gazetteer` (the demo loads its few places itself) until its ready log line. */
async function serve(environment: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, ['bin/jumelage.js', 'serve', '--no-gazetteer'], {
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = once(child, 'exit');
  const ready = await new Promise<Started['ready']>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 240_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((text) => text.includes('"event":"ready"'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it was ready:\n${output}`));
    });
  });
  return { child, output, ready };
}

async function stop({ child }: Started) {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = await exited;
  expect(code).toBe(0);
}

describe.runIf(testEngine() === 'pglite')('the embedded start', () => {
  let folder: string;
  let environment: NodeJS.ProcessEnv;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jumelage-embedded-start-'));
    environment = {
      ...process.env,
      JUMELAGE_DATA: join(folder, 'data'),
      JUMELAGE_KEY_FILE: join(folder, 'keys', 'secret-keys.json'),
      PORT: '0',
      LOG_LEVEL: 'info',
    };
    delete environment.DATABASE_URL;
    delete environment.MIGRATION_DATABASE_URL;
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('makes and loads a new folder in a child process, then serves it, telling its steps, memory and size', {
    timeout: 300_000,
  }, async () => {
    const first = await serve(environment);
    try {
      expect(first.output).toContain('Loaded the demo data: 13 agreements');
      expect(Object.keys(first.ready.phases)).toEqual(
        expect.arrayContaining(['modules', 'prepare', 'open', 'migrate', 'app', 'listen']),
      );
      expect(Object.keys(first.ready.memory)).toEqual(
        expect.arrayContaining(['residentMB', 'heapMB', 'heapUsedMB', 'pgliteMB', 'otherExternalMB']),
      );
      // The write-ahead log the load wrote is gone: the folder holds the data and little more.
      expect(first.ready.dataFolder.walMB).toBeLessThanOrEqual(32);
    } finally {
      await stop(first);
    }
  });

  it('restarts on that folder without loading anything again', { timeout: 300_000 }, async () => {
    const again = await serve(environment);
    try {
      expect(again.output).not.toContain('Loaded the demo data');
      expect(again.ready.phases).not.toHaveProperty('prepare');
    } finally {
      await stop(again);
    }
  });
});
