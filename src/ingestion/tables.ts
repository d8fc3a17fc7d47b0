import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agreements } from '../agreements/tables.ts';
import { jobs } from '../jobs/tables.ts';
import { sources } from '../sources/tables.ts';
import type { BackgroundRelationship, ProposalDraft, ProposalEvidence } from './proposal-rules.ts';
import type { ArticleStatus, ProposalStatus } from './review-rules.ts';

/**
 * A press article submitted for ingestion: its text, kept once whatever the number of times it is
 * submitted (the SHA-256 of its normalized text), beside the source that facts accepted from it cite.
 * Its status says whether the extractor has read it yet (review-rules.ts).
 */
export const pressArticles = pgTable(
  'press_articles',
  {
    sourceId: uuid('source_id')
      .primaryKey()
      .references(() => sources.id),
    sha256: text('sha256').notNull(),
    text: text('text').notNull(),
    /** How it came: pasted text, an HTML page, a PDF, or read from a folder. */
    format: text('format').notNull(),
    fileName: text('file_name'),
    /** When it was published: a date, or only a month ("2025-10") when the page says no more. */
    published: text('published'),
    status: text('status').$type<ArticleStatus>().notNull().default('queued'),
    /** The relationships it mentions as already existing: shown beside the proposals, never proposed. */
    background: jsonb('background').$type<BackgroundRelationship[]>().notNull().default([]),
    jobId: uuid('job_id').references(() => jobs.id),
    error: text('error'),
    /** Who submitted it first, as the audit log names actors. */
    submittedBy: text('submitted_by').notNull(),
    extractedAt: timestamp('extracted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('press_articles_sha256_idx').on(table.sha256),
    index('press_articles_recorded_idx').on(table.createdAt, table.sourceId),
  ],
);

/**
 * An agreement an article reports as news, as the extractor read it, waiting for a reviewer: nothing
 * enters the registry before it is accepted (or merged into an agreement already recorded).
 */
export const pressProposals = pgTable(
  'press_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => pressArticles.sourceId),
    position: integer('position').notNull(),
    status: text('status').$type<ProposalStatus>().notNull().default('pending'),
    /** The fields as the extractor read them, each with its passages and confidence (kept as read). */
    evidence: jsonb('evidence').$type<ProposalEvidence>().notNull(),
    /** The fields as they stand: the extractor's, then the reviewer's corrections. */
    draft: jsonb('draft').$type<ProposalDraft>().notNull(),
    confidence: integer('confidence').notNull(),
    /** The pair's places (or new names), sorted and joined: what finds the same news in another article. */
    pairKey: text('pair_key').notNull(),
    agreementId: uuid('agreement_id').references(() => agreements.id),
    rejectionReason: text('rejection_reason'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** Bumped by every correction and decision: a decision names the version it was made on. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('press_proposals_position_idx').on(table.sourceId, table.position),
    index('press_proposals_status_idx').on(table.status, table.createdAt, table.id),
    index('press_proposals_pair_idx').on(table.pairKey),
  ],
);
