#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on load so no build step is needed to run it.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
