import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.ts';
import type { Visibility } from '../accounts/visibility.ts';
import { events } from '../events/tables.ts';
import { organizations } from '../organizations/tables.ts';
import { people } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import type { LocalizedText } from '../shared/localized.ts';
import type { WithdrawableStatus } from '../shared/withdrawal.ts';
import type { CorrectableField, CorrectionStatus } from './correction-rules.ts';
import type { AgreementStatus } from './lifecycle.ts';
import type { AgreementType, ApprovalDecision, PartKind, Theme } from './rules.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').$type<AgreementType>().notNull(),
    status: text('status').$type<AgreementStatus>().notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    themes: text('themes').array().$type<Theme[]>().notNull().default(sql`'{}'::text[]`),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    termMonths: integer('term_months'),
    renewal: text('renewal'),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    /** Date the first part was signed; kept on the agreement for filtering and ordering. */
    signedOn: date('signed_on', { mode: 'string' }),
    /** Who may read it: public, members (of its parties' networks) or restricted (named readers). */
    visibility: text('visibility').$type<Visibility>().notNull().default('public'),
    /**
     * The title in every language, normalized as names are (agreements/search.ts), what title
     * search matches against. Null until computed: rows older than the column are filled after
     * migrating (db/data-steps.ts).
     */
    titleSearch: text('title_search'),
    /** Bumped by every change to the agreement, its parts, approvals, documents or sources: its ETag, compared with If-Match so no edit overwrites an unseen one. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => {
    // The list's orders, never-signed last both newest and oldest first (reading.ts sorts by the same
    // expressions): alone, and after each filter a page is most often asked for, so a page reads its
    // rows in order.
    const sortDate = sql`coalesce(${table.signedOn}, '0001-01-01'::date)`;
    const oldestFirstDate = sql`coalesce(${table.signedOn}, '9999-12-31'::date)`;
    return [
      index('agreements_title_search_trigram_idx').using('gin', sql`${table.titleSearch} gin_trgm_ops`),
      index('agreements_sort_idx').on(sortDate, table.id),
      index('agreements_status_sort_idx').on(table.status, sortDate, table.id),
      index('agreements_type_sort_idx').on(table.type, sortDate, table.id),
      index('agreements_visibility_sort_idx').on(table.visibility, sortDate, table.id),
      index('agreements_oldest_sort_idx').on(oldestFirstDate, table.id),
      index('agreements_status_oldest_sort_idx').on(table.status, oldestFirstDate, table.id),
      index('agreements_type_oldest_sort_idx').on(table.type, oldestFirstDate, table.id),
      index('agreements_visibility_oldest_sort_idx').on(table.visibility, oldestFirstDate, table.id),
      index('agreements_themes_idx').using('gin', table.themes),
      index('agreements_created_idx').on(table.createdAt, table.id),
    ];
  },
);

/**
 * A party is an organization, or, when a source announces an agreement without naming a
 * party ("further agreements with American cities"), a described but unidentified party.
 */
export const agreementParties = pgTable(
  'agreement_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    description: jsonb('description').$type<LocalizedText>(),
    countryCode: text('country_code'),
  },
  (table) => [
    index('agreement_parties_organization_idx').on(table.organizationId),
    index('agreement_parties_country_idx').on(table.countryCode),
    unique('agreement_parties_unique_organization').on(table.agreementId, table.organizationId),
    check(
      'agreement_parties_identified_or_described',
      sql`${table.organizationId} IS NOT NULL OR ${table.description} IS NOT NULL`,
    ),
  ],
);

/** The original text, a second part, a renewal or an amendment, each with its own signing. */
export const agreementParts = pgTable(
  'agreement_parts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    kind: text('kind').$type<PartKind>().notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull().default({}),
    /** When the signing is planned: a date or a window (a delegation trip). */
    plannedFrom: date('planned_from', { mode: 'string' }),
    plannedTo: date('planned_to', { mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }),
    signingPlaceId: uuid('signing_place_id').references(() => places.id),
    signingEventId: uuid('signing_event_id').references(() => events.id),
    /** For a renewal: how many months it adds to the term. */
    extendsTermMonths: integer('extends_term_months'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('agreement_parts_number').on(table.agreementId, table.number),
    // An event's page lists the agreements signed at it.
    index('agreement_parts_signing_event_idx').on(table.signingEventId),
  ],
);

export const partSignatories = pgTable(
  'part_signatories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partId: uuid('part_id')
      .notNull()
      .references(() => agreementParts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** The party the person signs for; null for a witness who represents none. */
    partyOrganizationId: uuid('party_organization_id').references(() => organizations.id),
    role: text('role').notNull(),
    /** The post held when signing, as written (e.g. "wali of Auserd"). */
    postLabel: jsonb('post_label').$type<LocalizedText>().notNull().default({}),
  },
  (table) => [
    index('part_signatories_part_idx').on(table.partId),
    // A person's page lists the agreements they signed.
    index('part_signatories_person_idx').on(table.personId),
  ],
);

/** A supervising authority's decision on an agreement (e.g. a ministry's visa). */
export const approvals = pgTable(
  'approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    /** The party whose supervising authority decided. */
    partyOrganizationId: uuid('party_organization_id').references(() => organizations.id),
    authorityOrganizationId: uuid('authority_organization_id').references(() => organizations.id),
    authorityName: text('authority_name'),
    reference: text('reference'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decision: text('decision').$type<ApprovalDecision>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('approvals_agreement_idx').on(table.agreementId)],
);

export const agreementTransitions = pgTable(
  'agreement_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<AgreementStatus>(),
    toStatus: text('to_status').$type<AgreementStatus>().notNull(),
    actor: text('actor').notNull(),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('agreement_transitions_agreement_idx').on(table.agreementId)],
);

export const agreementDocuments = pgTable(
  'agreement_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    partId: uuid('part_id').references(() => agreementParts.id),
    language: text('language').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    /** A signed scan may be narrower than its agreement: read only by those who read both. */
    visibility: text('visibility').$type<Visibility>().notNull().default('public'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Current, or withdrawn (a wrong file, an unsigned draft): kept, with who withdrew it, when and why. */
    status: text('status').$type<WithdrawableStatus>().notNull().default('current'),
    withdrawnBy: text('withdrawn_by'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason'),
  },
  (table) => [index('agreement_documents_agreement_idx').on(table.agreementId)],
);

/** Countries whose local authorities need a supervising authority's approval, and from which status. */
export const approvalPolicies = pgTable('approval_policies', {
  countryCode: text('country_code').primaryKey(),
  requiredFrom: text('required_from').$type<AgreementStatus>().notNull(),
  description: text('description'),
});

/** The named readers of a restricted agreement: people (accounts) and bodies (whose council members read it). */
export const agreementReaders = pgTable(
  'agreement_readers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id),
    bodyId: uuid('body_id').references(() => organizations.id),
  },
  (table) => [
    index('agreement_readers_agreement_idx').on(table.agreementId),
    // What a signed-in reader's list asks: the agreements naming them, or a body they sit on.
    index('agreement_readers_user_idx').on(table.userId),
    index('agreement_readers_body_idx').on(table.bodyId),
    check('agreement_readers_one_reader', sql`num_nonnulls(${table.userId}, ${table.bodyId}) = 1`),
  ],
);

/**
 * A correction of a value a signature fixed (a part's date of signature): proposed with a reason,
 * applied only once someone other than its proposer confirms it (correction-rules.ts). The values
 * before and after stay, so the agreement's history shows both.
 */
export const agreementCorrections = pgTable(
  'agreement_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    partId: uuid('part_id')
      .notNull()
      .references(() => agreementParts.id, { onDelete: 'cascade' }),
    field: text('field').$type<CorrectableField>().notNull(),
    /** The value recorded when the correction was proposed. */
    fromValue: text('from_value'),
    toValue: text('to_value').notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<CorrectionStatus>().notNull().default('proposed'),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (table) => [
    index('agreement_corrections_agreement_idx').on(table.agreementId, table.proposedAt),
    // One proposal at a time per value: a second one would be decided against a value about to change.
    uniqueIndex('agreement_corrections_one_pending')
      .on(table.partId, table.field)
      .where(sql`${table.status} = 'proposed'`),
  ],
);
