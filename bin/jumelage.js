#!/usr/bin/env node
// The CLI is written in TypeScript, with erasable syntax only (tsconfig.json). Node 22.18 and later
// run it themselves, stripping the types, which starts the server a second or two sooner than tsx
// does; older versions compile it with tsx on load. Either way no build step is needed. (Node
// strips no types under node_modules: a copy installed there goes through tsx too.)
if (!process.features.typescript || import.meta.url.includes('/node_modules/')) {
  // tsx's hooks see every module loaded after them, at a few milliseconds each: the dependencies
  // made of hundreds of small ES modules are loaded first, without them (a second of each start).
  await Promise.allSettled(
    [
      'typebox',
      'drizzle-orm',
      'drizzle-orm/pg-core',
      'drizzle-orm/pglite',
      'drizzle-orm/pglite/migrator',
      'drizzle-orm/node-postgres',
      'drizzle-orm/node-postgres/migrator',
      '@electric-sql/pglite',
      'file-type',
    ].map((dependency) => import(dependency)),
  );
  const { register } = await import('tsx/esm/api');
  register();
}
// The embedded database's WebAssembly compiles on other threads while the server's modules load.
if (process.argv[2] === 'serve' && !process.env.DATABASE_URL) {
  const { pgliteWasmModule } = await import('../src/db/pglite-wasm.ts');
  pgliteWasmModule().catch(() => {});
}
await import('../src/cli/main.ts');
