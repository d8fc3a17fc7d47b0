import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

/**
 * One process at a time on a PGlite data folder. PGlite keeps the database in the memory of the
 * process that opened it and writes the folder back as it goes: a second process on the same
 * folder works on a copy of its own, and its writes are lost or overwrite the first's. So whoever
 * opens a folder first writes a lock file beside it, and any other process is refused until the
 * holder closes the folder or is gone.
 */

/** Who holds a data folder, as written in its lock file. */
export interface DataDirHolder {
  pid: number;
  hostname: string;
  /** When the holder took the lock (ISO 8601). */
  startedAt: string;
  /** What holds it, in words: "the server", "jumelage admin create". */
  holder: string;
}

export interface DataDirLock {
  path: string;
  /** Removes the lock file, if it is still this process's. Safe to call more than once. */
  release(): void;
}

export class DataDirLockedError extends Error {
  readonly dataDir: string;
  readonly holder: DataDirHolder;
  readonly lockPath: string;
  constructor(dataDir: string, holder: DataDirHolder, lockPath: string) {
    super(lockedMessage(dataDir, holder, lockPath));
    this.name = 'DataDirLockedError';
    this.dataDir = dataDir;
    this.holder = holder;
    this.lockPath = lockPath;
  }
}

/** The lock file of a data folder: beside it, so a copy of the folder never carries a lock. */
export function lockPathOf(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}.lock`);
}

// Locks this process holds, by lock path: a second open in the same process is refused too.
const held = new Map<string, string>();
let exitHookInstalled = false;

function releaseAllOnExit() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Only synchronous work runs at exit: unlink each lock still ours.
  process.on('exit', () => {
    for (const [path, content] of held) removeIfOurs(path, content);
  });
}

function removeIfOurs(path: string, content: string) {
  try {
    if (readFileSync(path, 'utf8') === content) unlinkSync(path);
  } catch {
    // Already gone.
  }
  held.delete(path);
}

function parse(text: string): DataDirHolder | null {
  try {
    const value = JSON.parse(text) as Partial<DataDirHolder>;
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string') return null;
    return {
      pid: value.pid,
      hostname: value.hostname,
      startedAt: String(value.startedAt ?? ''),
      holder: String(value.holder ?? 'another process'),
    };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a holder is still there. A holder on another host cannot be checked from here and counts
 * as alive; a lock naming this very process but not held by it is left from an earlier life of a
 * process with the same PID (a container restarted), so it is stale.
 */
function holderAlive(holder: DataDirHolder, path: string): boolean {
  if (holder.hostname !== hostname()) return true;
  if (holder.pid === process.pid) return held.has(path);
  return isAlive(holder.pid);
}

/** Who holds `dataDir` now (null when nobody does, or the lock is stale), without taking it. */
export function readDataDirHolder(dataDir: string): DataDirHolder | null {
  const path = lockPathOf(dataDir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const holder = parse(text);
  // An unreadable lock (a crash while it was written) holds nothing.
  if (!holder) return null;
  return holderAlive(holder, path) ? holder : null;
}

function lockedMessage(dataDir: string, holder: DataDirHolder, lockPath: string): string {
  const shown = relative(process.cwd(), dataDir);
  const where = shown && !shown.startsWith('..') ? `./${shown}` : dataDir;
  const host = holder.hostname === hostname() ? '' : ` on ${holder.hostname}`;
  const since = holder.startedAt ? ` since ${holder.startedAt}` : '';
  return (
    `${holder.holder} (PID ${holder.pid}${host}${since}) holds the data folder ${where}: ` +
    'stop it first, then run this again (PGlite serves one process at a time; with DATABASE_URL, ' +
    `PostgreSQL serves several). If no such process runs any more, remove ${lockPath}.`
  );
}

/**
 * Takes the lock of `dataDir` for this process, or throws DataDirLockedError naming its holder.
 * A lock whose holder is gone (its PID is dead on this host) is taken over.
 */
export function lockDataDir(dataDir: string, holder: string): DataDirLock {
  const path = lockPathOf(dataDir);
  const content = JSON.stringify({
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    holder,
  } satisfies DataDirHolder);
  for (let attempt = 0; attempt < 5; attempt++) {
    // The lock appears whole or not at all: written beside it, then linked into place, which fails
    // when it exists (of two processes creating it at once, one fails). Created empty and written
    // after, another process could read it empty in between, take it for stale, and both hold it.
    const draft = `${path}.${process.pid}.draft`;
    writeFileSync(draft, content, { mode: 0o644 });
    try {
      linkSync(draft, path);
      held.set(path, content);
      releaseAllOnExit();
      return { path, release: () => removeIfOurs(path, content) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
    let existing: string;
    try {
      existing = readFileSync(path, 'utf8');
    } catch {
      continue; // Removed meanwhile: try again.
    }
    const current = parse(existing);
    if (current && holderAlive(current, path)) throw new DataDirLockedError(dataDir, current, path);
    takeOverStale(path, existing);
  }
  throw new Error(`could not take the lock ${path}: other processes keep taking it`);
}

/**
 * Moves a stale lock out of the way, unless someone replaced it meanwhile: the lock is renamed
 * aside first (atomic), and put back if what was renamed is not the stale one that was read.
 */
function takeOverStale(path: string, staleContent: string) {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Someone else moved it: try again.
  }
  let moved = '';
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    // Nothing to compare: treat as stale.
  }
  if (moved !== staleContent) {
    try {
      // link fails when a new lock exists already: then the one moved aside is simply dropped.
      linkSync(aside, path);
    } catch {
      // Keep whichever lock is in place.
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // Already gone.
  }
}
