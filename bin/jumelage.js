#!/usr/bin/env node
// The CLI is written in TypeScript, with erasable syntax only (tsconfig.json). Node 22.18 and later
// run it themselves, stripping the types, which starts the server a second or two sooner than tsx
// does; older versions compile it with tsx on load. Either way no build step is needed. (Node
// strips no types under node_modules: a copy installed there goes through tsx too.)
if (!process.features.typescript || import.meta.url.includes('/node_modules/')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('../src/cli/main.ts');
