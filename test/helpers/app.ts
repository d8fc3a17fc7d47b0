import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { type App, buildApp } from '../../src/http/app.ts';
import { createTestDatabase } from './database.ts';

export interface TestContext {
  app: App;
  database: DatabaseHandle;
  /** Sends a request and parses a JSON answer. */
  request(options: InjectOptions): Promise<LightMyRequestResponse & { body: string; data: any }>;
}

/** Builds the app on a database of its own before the file's tests, and tears both down after. */
export function useTestApp(prepare?: (context: TestContext) => Promise<void>): TestContext {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.database = await createTestDatabase();
    context.app = await buildApp({ database: context.database });
    context.request = async (options) => {
      const response = await context.app.inject(options);
      const type = String(response.headers['content-type'] ?? '');
      const data = type.includes('json') && response.body ? JSON.parse(response.body) : undefined;
      return Object.assign(response, { data });
    };
    await prepare?.(context);
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.close();
  });
  return context;
}
