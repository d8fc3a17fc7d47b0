import openapiTS, { astToString } from 'openapi-typescript';
import type { App } from './server-types.ts';

/** The TypeScript types of the API, generated from its OpenAPI document, for the web app's client. */
export async function renderApiTypes(app: App): Promise<string> {
  await app.ready();
  const document = structuredClone(app.swagger()) as Parameters<typeof openapiTS>[0];
  // A field with a default may be left out of a request: its type stays optional.
  const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false });
  return `// Generated from the API's OpenAPI document by \`npm run api:types\`; do not edit.\n${astToString(ast)}`;
}
