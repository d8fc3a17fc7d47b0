import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseHandle } from './client.ts';

/** Where the process's memory goes, in MB, for the log line a server writes when it is ready. */
export interface MemoryFootprint {
  /** Resident memory, as the operating system counts it. */
  residentMB: number;
  /** The JavaScript heap V8 holds, and the part of it in use. */
  heapMB: number;
  heapUsedMB: number;
  /**
   * PGlite's WebAssembly memory (PostgreSQL's shared buffers, caches and work memory): it grows as
   * PostgreSQL needs and never shrinks; only its pages touched count in the resident memory.
   */
  pgliteMB?: number;
  /** Memory outside the heap apart from PGlite's: buffers, native modules. */
  otherExternalMB: number;
}

const MB = 1024 * 1024;
const inMB = (bytes: number) => Math.round(bytes / MB);

export function memoryFootprint(handle: DatabaseHandle): MemoryFootprint {
  const usage = process.memoryUsage();
  const pglite = handle.pglite?.Module?.wasmMemory?.buffer.byteLength;
  return {
    residentMB: inMB(usage.rss),
    heapMB: inMB(usage.heapTotal),
    heapUsedMB: inMB(usage.heapUsed),
    ...(pglite === undefined ? {} : { pgliteMB: inMB(pglite) }),
    // Node counts the WebAssembly memory as external.
    otherExternalMB: inMB(Math.max(0, usage.external - (pglite ?? 0))),
  };
}

/** A PGlite folder's size on disk, whole and its two large parts: the tables and the write-ahead log. */
export interface FolderFootprint {
  totalMB: number;
  tablesMB: number;
  walMB: number;
}

function bytesUnder(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) total += bytesUnder(child);
    // Blocks allocated, as du counts them.
    else if (entry.isFile()) total += statSync(child).blocks * 512;
  }
  return total;
}

export function folderFootprint(dataDir: string): FolderFootprint {
  const tables = bytesUnder(join(dataDir, 'base'));
  const wal = bytesUnder(join(dataDir, 'pg_wal'));
  return { totalMB: inMB(bytesUnder(dataDir)), tablesMB: inMB(tables), walMB: inMB(wal) };
}
