import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/*
 * PGlite compiles its WebAssembly (9 MB) at every open. Compiled once per process instead, and
 * shared by every database the process opens; the compilation runs on other threads, so started
 * early (bin/jumelage.js starts it before loading the server's modules) it is done by the time
 * the database opens.
 */
let compiled: Promise<WebAssembly.Module> | undefined;

export function pgliteWasmModule(): Promise<WebAssembly.Module> {
  // Beside the package's entry point (require.resolve: the test runner has no import.meta.resolve).
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  compiled ??= readFile(join(dirname(entry), 'pglite.wasm'))
    .then((bytes) => WebAssembly.compile(bytes))
    .catch((error: unknown) => {
      compiled = undefined;
      throw error;
    });
  return compiled;
}
