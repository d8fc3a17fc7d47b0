import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../people/tables.ts';
import type { Grant, ScopedRole } from './policy.ts';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored trimmed, NFKC-normalized and lower-cased, so one address is one account. */
    email: text('email').notNull().unique(),
    /**
     * The address's confusable skeleton (Unicode TR 39): two addresses that look alike share it, so a
     * look-alike of an account's address is told apart. Null only on rows from before it existed,
     * until the server fills it in at start.
     */
    emailSkeleton: text('email_skeleton'),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** The UI language the person chose (ar, fr, en). */
    language: text('language').notNull().default('en'),
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** The TOTP shared secret once two-factor sign-in is on, encrypted with the key `totp_key_id`. */
    totpSecret: text('totp_secret'),
    /** A secret offered during set-up, until the person proves their app has it; encrypted likewise. */
    totpPendingSecret: text('totp_pending_secret'),
    /**
     * The id of the server key both TOTP secrets are encrypted with (AES-256-GCM); null for a secret
     * still in clear from before encryption, which the server encrypts at start or at its next use.
     */
    totpKeyId: text('totp_key_id'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The time step of the last code accepted: a code is good once. */
    totpLastStep: integer('totp_last_step'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** The person of the registry this account is, linked by a platform admin: they confirm their own posts. */
    personId: uuid('person_id')
      .unique()
      .references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('users_email_skeleton_idx').on(table.emailSkeleton)],
);

/**
 * Signed-in sessions live in the database so that any app instance can serve any user.
 * The cookie holds a random token; only its SHA-256 is stored.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    id: uuid('id').notNull().unique().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** Failed sign-ins, to slow down guessing; kept in the database so every app instance sees them. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountKey: text('account_key').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('sign_in_failures_account_idx').on(table.accountKey, table.at),
    index('sign_in_failures_ip_idx').on(table.ip, table.at),
  ],
);

/**
 * What a user may do beyond reading, and where: a role in one scope (the network a secretariat
 * runs, the body a council member sits on, the organization an officer works for).
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<ScopedRole>().notNull(),
    scopeId: uuid('scope_id').notNull(),
    grantedBy: text('granted_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('role_grants_user_idx').on(table.userId)],
);

/** Tokens for machine clients: shown once, stored as a SHA-256, limited in access and scope. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters, so a person can tell their tokens apart. */
    prefix: text('prefix').notNull(),
    access: text('access').$type<'read' | 'read_write'>().notNull(),
    /** The one network or organization the token may act for; null for all the user may. */
    scopeId: uuid('scope_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('api_tokens_user_idx').on(table.userId)],
);

/** Single-use, expiring password-reset links; only the SHA-256 of the token is stored. */
export const passwordResetTokens = pgTable('password_reset_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/** Reset requests, known address or not, to slow down mail bombing and probing. */
export const passwordResetRequests = pgTable(
  'password_reset_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountKey: text('account_key').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('password_reset_requests_account_idx').on(table.accountKey, table.at),
    index('password_reset_requests_ip_idx').on(table.ip, table.at),
  ],
);

/** Single-use codes for signing in when the authenticator is lost; only their SHA-256 is stored. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('recovery_codes_user_idx').on(table.userId)],
);

/**
 * Accounts are made by invitation only: a platform admin or a network secretariat invites an
 * address, with the roles the person will hold. The emailed token is single-use and expires.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    email: text('email').notNull(),
    displayName: text('display_name'),
    language: text('language').notNull(),
    grants: jsonb('grants').$type<Grant[]>().notNull(),
    platformAdmin: boolean('platform_admin').notNull().default(false),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id),
    ip: text('ip').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    index('invitations_invited_by_idx').on(table.invitedBy, table.createdAt),
    index('invitations_ip_idx').on(table.ip, table.createdAt),
    index('invitations_email_idx').on(table.email),
  ],
);

/** A new email address waiting to be confirmed from its own mailbox; only the token's SHA-256 is kept. */
export const emailChanges = pgTable('email_changes', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  newEmail: text('new_email').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});
