import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, lockPathOf, readDataDirHolder } from './data-dir-lock.ts';

let folder: string;
let dataDir: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'jumelage-lock-'));
  dataDir = join(folder, 'data');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A PID that was alive a moment ago and is no more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

describe('the data folder lock', () => {
  it('is taken beside the folder, naming its holder, and released', () => {
    const lock = lockDataDir(dataDir, 'the server');
    expect(lock.path).toBe(lockPathOf(dataDir));
    expect(lock.path).toBe(join(folder, 'data.lock'));
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
      holder: 'the server',
    });
    expect(readDataDirHolder(dataDir)).toMatchObject({ pid: process.pid, holder: 'the server' });
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    expect(readDataDirHolder(dataDir)).toBeNull();
    lock.release();
  });

  it('refuses a second holder with a message saying who holds it and what to do', () => {
    const lock = lockDataDir(dataDir, 'the server');
    try {
      expect(() => lockDataDir(dataDir, 'jumelage admin create')).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dataDir, 'jumelage admin create')).toThrow(
        new RegExp(
          `^the server \\(PID ${process.pid} since .+\\) holds the data folder .*data: stop it first`,
        ),
      );
    } finally {
      lock.release();
    }
  });

  it('takes over a lock whose holder is gone', () => {
    const pid = deadPid();
    writeFileSync(
      lockPathOf(dataDir),
      JSON.stringify({ pid, hostname: hostname(), startedAt: '2020-01-01T00:00:00Z', holder: 'the server' }),
    );
    expect(readDataDirHolder(dataDir)).toBeNull();
    const lock = lockDataDir(dataDir, 'jumelage migrate');
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({
      pid: process.pid,
      holder: 'jumelage migrate',
    });
    lock.release();
  });

  it('takes over an unreadable lock (a crash while it was written)', () => {
    writeFileSync(lockPathOf(dataDir), '{"pi');
    const lock = lockDataDir(dataDir, 'the server');
    expect(readDataDirHolder(dataDir)?.pid).toBe(process.pid);
    lock.release();
  });

  it('counts a holder on another host as present', () => {
    writeFileSync(
      lockPathOf(dataDir),
      JSON.stringify({ pid: 1, hostname: `not-${hostname()}`, startedAt: '', holder: 'the server' }),
    );
    expect(readDataDirHolder(dataDir)?.hostname).toBe(`not-${hostname()}`);
    expect(() => lockDataDir(dataDir, 'jumelage migrate')).toThrow(/the server \(PID 1 on not-/);
  });
});
