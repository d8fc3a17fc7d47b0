import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { Principal } from '../accounts/policy.ts';
import type { User } from '../accounts/schemas.ts';
import type { Keyring } from '../accounts/secret-keys.ts';
import type { ApiToken } from '../accounts/tokens/schemas.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { ActingAs } from '../shared/actor.ts';
import type { UiLanguage } from '../shared/languages.ts';

/**
 * The server as its plugins see it. Route modules are Fastify plugins typed with the TypeBox
 * provider; they import this module, never `app.ts`, which imports them.
 */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, from the session cookie; null for the public. */
    user: User | null;
    principal: Principal | null;
    /** The API token the request came with, when it came with one rather than a session cookie. */
    apiToken: ApiToken | null;
  }
  interface FastifyInstance {
    mailer: Mailer;
    /** The keys secrets at rest (TOTP) are encrypted with. */
    secretKeys: Keyring;
    /** The public base address, for links in emails. */
    publicUrl: string;
    /** The language of answers to requests that state no preference Jumelage can serve. */
    defaultLanguage: UiLanguage;
    /** Every route as registered, `METHOD /url`: the policy table must cover them all. */
    registeredRoutes: string[];
    database: DatabaseHandle;
    /**
     * The only way a route opens a transaction: runs a write in one transaction, acting as the
     * request's caller (its actor, request id, address and correlation id go into the audit log):
     * it all lands, or nothing does.
     */
    write<T>(request: FastifyRequest, work: (tx: Database, actingAs: ActingAs) => Promise<T>): Promise<T>;
    /** Tells this instance's job worker, when it runs one, that a job was queued (other instances find it by polling). */
    jobQueued(): void;
  }
}
