import { resolve } from 'node:path';
import type { DatabaseLocation } from './db/client.ts';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from './shared/languages.ts';

/** Settings read from the environment, in one place. */
export interface Config {
  port: number;
  host: string;
  database: DatabaseLocation;
  /** MIGRATION_DATABASE_URL: the PostgreSQL owner role that migrations run as; DATABASE_URL then serves. */
  migrationDatabaseUrl?: string;
  /** TRUST_PROXY: `true`, or the proxy addresses to trust (e.g. `127.0.0.1,10.0.0.0/8`). */
  trustProxy: boolean | string;
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  /** JUMELAGE_SECRET_KEYS: `id:base64key,…`, the current key first; wins over the key file. */
  secretKeys?: string;
  /** JUMELAGE_KEY_FILE: the key file, made on first start when no key is given. */
  keyFile: string;
  /** SHUTDOWN_TIMEOUT: seconds the server gives requests in flight to finish when told to stop. */
  shutdownTimeoutSeconds: number;
  /** DEFAULT_LANGUAGE: the language of answers when a request states no preference we can serve. */
  defaultLanguage: UiLanguage;
}

export function readConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(environment.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${environment.PORT}"`);
  }
  const defaultLanguage = environment.DEFAULT_LANGUAGE || 'en';
  if (!isUiLanguage(defaultLanguage)) {
    throw new Error(`DEFAULT_LANGUAGE must be one of ${UI_LANGUAGES.join(', ')}, not "${defaultLanguage}"`);
  }
  const shutdownTimeoutSeconds = Number(environment.SHUTDOWN_TIMEOUT || 10);
  if (!Number.isFinite(shutdownTimeoutSeconds) || shutdownTimeoutSeconds < 0) {
    throw new Error(`SHUTDOWN_TIMEOUT must be a number of seconds, not "${environment.SHUTDOWN_TIMEOUT}"`);
  }
  return {
    port,
    shutdownTimeoutSeconds,
    defaultLanguage,
    host: environment.HOST ?? '127.0.0.1',
    trustProxy: environment.TRUST_PROXY === 'true' ? true : (environment.TRUST_PROXY ?? false),
    smtpUrl: environment.SMTP_URL || undefined,
    mailFrom: environment.MAIL_FROM ?? 'Jumelage <no-reply@localhost>',
    publicUrl: environment.PUBLIC_URL ?? `http://${environment.HOST ?? '127.0.0.1'}:${port}`,
    database: environment.DATABASE_URL
      ? { databaseUrl: environment.DATABASE_URL }
      : { dataDir: resolve(environment.JUMELAGE_DATA ?? './data') },
    migrationDatabaseUrl: environment.MIGRATION_DATABASE_URL || undefined,
    secretKeys: environment.JUMELAGE_SECRET_KEYS || undefined,
    // Beside the PGlite data folder (never inside it: a copy of the database must not carry the key).
    keyFile: resolve(
      environment.JUMELAGE_KEY_FILE ||
        (environment.DATABASE_URL
          ? './jumelage-keys/secret-keys.json'
          : `${resolve(environment.JUMELAGE_DATA ?? './data')}-keys/secret-keys.json`),
    ),
  };
}

export function describeDatabase(location: DatabaseLocation): string {
  if ('databaseUrl' in location) {
    const url = new URL(location.databaseUrl);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  }
  return 'dataDir' in location ? `PGlite in ${location.dataDir}` : 'PGlite in memory';
}
