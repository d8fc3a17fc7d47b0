import { writeFileSync } from 'node:fs';
import { openDatabase } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';
import { renderApiTypes } from '../src/http/openapi-types.ts';

// Routes and schemas do not touch the database; an empty in-memory one is enough to build the app.
const database = await openDatabase({ memory: true });
const app = await buildApp({ database });
writeFileSync(new URL('../web/src/api/schema.d.ts', import.meta.url), await renderApiTypes(app));
await app.close();
await database.close();
console.log('web/src/api/schema.d.ts written');
