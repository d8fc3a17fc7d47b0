/**
 * The press review's use cases: an article submitted (kept once), read by the extractor in a job,
 * its proposals corrected, accepted, merged or rejected. Accepting goes through the registry's own
 * use cases (places, organizations, people, agreements), with their validation and audit, each fact
 * citing the article with the passage that supports it.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import pMap from 'p-map';
import { readerOf } from '../accounts/scopes.ts';
import type { Reader } from '../accounts/visibility.ts';
import { createAgreement } from '../agreements/recording.ts';
import type { SignatoryInput } from '../agreements/schemas.ts';
import { agreementParties, agreements } from '../agreements/tables.ts';
import { visibleTo } from '../agreements/visibility.ts';
import { lockAgreement } from '../agreements/writes.ts';
import { recordChange } from '../audit/audit.ts';
import { type Database, selectRows } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { ensureLocalAuthority } from '../imports/agreements-import.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { jobs } from '../jobs/tables.ts';
import type { JobHandler } from '../jobs/worker.ts';
import { getOrganizationsByIds } from '../organizations/organizations.ts';
import { organizations } from '../organizations/tables.ts';
import { createPerson } from '../people/people.ts';
import { people } from '../people/tables.ts';
import { type NameQuery, readPlaceNames } from '../places/name-index.ts';
import { createPlace, getPlacesByIds } from '../places/places.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { normalizeName } from '../shared/names.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import { cite, validateSource } from '../sources/sources.ts';
import { sources } from '../sources/tables.ts';
import { type Extraction, extractAgreements, type PlaceSearcher } from './extract.ts';
import type { IntakeArticle } from './intake.ts';
import { placeSearcher } from './place-search.ts';
import {
  agreementTitle,
  type BackgroundRelationship,
  confidencePercent,
  type DraftParty,
  draftOf,
  draftProblems,
  type ProposalDraft,
  pairKeyOf,
  registryStatusOf,
} from './proposal-rules.ts';
import {
  type ArticleStatus,
  canMoveArticle,
  canMoveProposal,
  mayReviewPress,
  type ProposalStatus,
  refusedProposalMove,
} from './review-rules.ts';
import { pressArticles, pressProposals } from './tables.ts';

export const PRESS_EXTRACTION_JOB = 'press_extraction';

type ArticleRow = typeof pressArticles.$inferSelect;
type ProposalRow = typeof pressProposals.$inferSelect;

export interface SubmittedArticle {
  sourceId: string;
  /** False when the same text was submitted before: nothing new is read or proposed. */
  created: boolean;
  status: ArticleStatus;
  jobId: string | null;
}

const TITLE_LENGTH = 200;

/** The article's title: the one given or read from the page, else its first line. */
function titleOf(article: IntakeArticle): string {
  const given = article.title?.trim();
  if (given) return given.slice(0, TITLE_LENGTH);
  const firstLine = article.text.trim().split('\n')[0]!.trim();
  return firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH - 1)}…` : firstLine;
}

/**
 * Keeps the article once (its text's SHA-256) as a source, and queues its reading in the same
 * transaction. Submitted again, it answers the article already kept: nothing is read twice.
 */
export async function submitArticle(
  tx: Database,
  actingAs: ActingAs & { userId?: string | null },
  article: IntakeArticle & { fileName?: string | null },
  options: { queue?: boolean } = {},
): Promise<SubmittedArticle> {
  const [known] = await tx
    .select({ article: pressArticles, job: jobs })
    .from(pressArticles)
    .leftJoin(jobs, eq(jobs.id, pressArticles.jobId))
    .where(eq(pressArticles.sha256, article.sha256))
    .for('update', { of: pressArticles });
  if (known) return submittedAgain(tx, actingAs, known.article, known.job, options);
  if (!article.language) throw new ValidationError('press_article.language_unknown', '/language');
  const values = {
    kind: 'press_article' as const,
    url: article.url,
    title: titleOf(article),
    publisher: article.publisher?.slice(0, 500) ?? null,
    publishedOn: article.published && article.published.length === 10 ? article.published : null,
    language: article.language,
  };
  validateSource(values);
  const [source] = await tx.insert(sources).values(values).returning();
  const [row] = await tx
    .insert(pressArticles)
    .values({
      sourceId: source!.id,
      sha256: article.sha256,
      text: article.text,
      format: article.format,
      fileName: article.fileName ?? null,
      published: article.published,
      submittedBy: actingAs.actor,
    })
    // Two submissions of one text at once: the second is refused (409); sent again, it finds the first.
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ConflictError('press_article.submitted_meanwhile', '/text');
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'source',
    entityId: source!.id,
    after: { ...source, sha256: article.sha256, format: article.format },
  });
  const job = options.queue === false ? null : await queueReading(tx, actingAs, [source!.id]);
  return { sourceId: source!.id, created: true, status: row.status, jobId: job?.id ?? null };
}

/**
 * An article submitted before: answered as it is, unless its reading failed or its job ended
 * without reading it (cancelled, or stopped by another article's error): then it is read again.
 */
async function submittedAgain(
  tx: Database,
  actingAs: ActingAs & { userId?: string | null },
  article: ArticleRow,
  job: typeof jobs.$inferSelect | null,
  options: { queue?: boolean },
): Promise<SubmittedArticle> {
  const stranded =
    article.status === 'queued' && (!job || ['succeeded', 'failed', 'cancelled'].includes(job.status));
  if (article.status === 'failed' || stranded) {
    if (article.status === 'failed') await moveArticle(tx, article, 'queued', { error: null });
    const again = options.queue === false ? null : await queueReading(tx, actingAs, [article.sourceId]);
    return { sourceId: article.sourceId, created: true, status: 'queued', jobId: again?.id ?? null };
  }
  return { sourceId: article.sourceId, created: false, status: article.status, jobId: article.jobId };
}

/**
 * Queues the reading of articles as one job, in the caller's transaction (a folder's articles read
 * together, with one progress); `runningUnder` when this process runs it at once (the command line).
 */
export async function queueReading(
  tx: Database,
  actingAs: ActingAs & { userId?: string | null },
  sourceIds: string[],
  runningUnder?: { workerId: string; leaseMs: number },
) {
  const job = await enqueueJob(tx, {
    kind: PRESS_EXTRACTION_JOB,
    payload: { sourceIds },
    createdBy: actingAs.actor,
    userId: actingAs.userId ?? null,
    ...(runningUnder ? { runningUnder } : {}),
  });
  await tx.update(pressArticles).set({ jobId: job.id }).where(inArray(pressArticles.sourceId, sourceIds));
  return job;
}

/** Moves an article along its transition table (review-rules.ts), the only way its status changes. */
async function moveArticle(
  tx: Database,
  article: ArticleRow,
  to: ArticleStatus,
  changes: Partial<ArticleRow> = {},
): Promise<void> {
  if (!canMoveArticle(article.status, to)) {
    throw new ConflictError('press_article.not_queued', '/status');
  }
  await tx
    .update(pressArticles)
    .set({ ...changes, status: to })
    .where(eq(pressArticles.sourceId, article.sourceId));
}

/** The relationships an extraction found already existing, as the reviewer reads them. */
function backgroundOf(extraction: Extraction): BackgroundRelationship[] {
  return extraction.background.map((relationship) => ({
    parties: relationship.parties.map((party) => party.place?.name ?? party.written) as [string, string],
    passage: relationship.passage,
  }));
}

/**
 * Reads one queued article and writes its proposals, in one transaction: an article another worker
 * read meanwhile is left as it is.
 */
export async function extractArticle(db: Database, sourceId: string, search: PlaceSearcher): Promise<number> {
  const [article] = await db.select().from(pressArticles).where(eq(pressArticles.sourceId, sourceId));
  if (!article) throw new NotFoundError('press_article.not_found', { id: sourceId });
  if (article.status !== 'queued') return 0;
  const [source] = await db.select().from(sources).where(eq(sources.id, sourceId));
  let extraction: Extraction;
  try {
    extraction = await extractAgreements(
      {
        text: article.text,
        published: article.published,
        language: source?.language as Extraction['language'],
      },
      search,
    );
  } catch (error) {
    await inTransaction(db, async (tx) => {
      const [locked] = await tx
        .select()
        .from(pressArticles)
        .where(eq(pressArticles.sourceId, sourceId))
        .for('update');
      if (locked?.status === 'queued')
        await moveArticle(tx, locked, 'failed', {
          error: String((error as Error).message ?? error).slice(0, 2000),
        });
    });
    throw error;
  }
  return inTransaction(db, async (tx) => {
    const [locked] = await tx
      .select()
      .from(pressArticles)
      .where(eq(pressArticles.sourceId, sourceId))
      .for('update');
    if (locked?.status !== 'queued') return 0;
    if (extraction.agreements.length) {
      await tx.insert(pressProposals).values(
        extraction.agreements.map((proposal, position) => {
          const draft = draftOf(proposal);
          return {
            sourceId,
            position,
            evidence: proposal,
            draft,
            confidence: confidencePercent(proposal),
            pairKey: pairKeyOf(draft),
          };
        }),
      );
    }
    await moveArticle(tx, locked, 'extracted', {
      background: backgroundOf(extraction),
      extractedAt: new Date(),
      error: null,
    });
    return extraction.agreements.length;
  });
}

/**
 * The job that reads submitted articles, with their progress: `concurrency` articles at once on
 * PostgreSQL, whose pool runs one's look-ups while another is being read (PGlite has one
 * connection: one at a time there).
 */
export function pressExtractionHandler(
  options: { searcher?: (db: Database) => PlaceSearcher; concurrency?: number } = {},
): JobHandler {
  return async (job, context) => {
    const sourceIds = ((job.payload as { sourceIds?: unknown }).sourceIds ?? []) as string[];
    const search = (options.searcher ?? placeSearcher)(context.db);
    let proposals = 0;
    let failed = 0;
    let done = 0;
    context.progress({ phase: 'reading', done, total: sourceIds.length });
    await pMap(
      sourceIds,
      async (sourceId) => {
        if (context.signal.aborted) return;
        try {
          // Read before adding: `proposals += await …` would add to the count as it was before the wait.
          const found = await extractArticle(context.db, sourceId, search);
          proposals += found;
        } catch {
          // The article is marked failed with its error (submitted again, it is read again): the others go on.
          failed += 1;
        }
        done += 1;
        context.progress({ phase: 'reading', done, total: sourceIds.length });
      },
      { concurrency: options.concurrency ?? 1 },
    );
    return { articles: sourceIds.length, proposals, failed };
  };
}

/** How many articles a job reads at once on each engine. */
export const READING_CONCURRENCY = { pglite: 1, postgres: 2 } as const;

// ---------------------------------------------------------------------------------------------
// Reading the queue

export interface ArticleSummary {
  sourceId: string;
  title: string;
  url: string | null;
  publisher: string | null;
  published: string | null;
  language: string;
  format: string;
  status: ArticleStatus;
  error: string | null;
  submittedBy: string;
  createdAt: Date;
  job: { id: string; status: string; phase: string | null; done: number; total: number } | null;
  proposals: Record<ProposalStatus, number>;
}

export interface ArticlePage {
  items: ArticleSummary[];
  nextCursor: string | null;
}

const recordedAt = sql<string>`to_char(${pressArticles.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The articles submitted, latest first, each with its reading's progress and its proposals counted. */
export async function listArticles(
  db: Database,
  query: { limit?: number; cursor?: string; pending?: boolean },
): Promise<ArticlePage> {
  const limit = pageSize(query.limit);
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await db
    .select({ article: pressArticles, source: sources, job: jobs, recordedAt })
    .from(pressArticles)
    .innerJoin(sources, eq(sources.id, pressArticles.sourceId))
    .leftJoin(jobs, eq(jobs.id, pressArticles.jobId))
    .where(
      and(
        cursor
          ? sql`(${pressArticles.createdAt}, ${pressArticles.sourceId}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
          : undefined,
        query.pending
          ? sql`(${pressArticles.status} = 'queued' OR EXISTS (SELECT 1 FROM press_proposals p WHERE p.source_id = ${pressArticles.sourceId} AND p.status = 'pending'))`
          : undefined,
      ),
    )
    .orderBy(desc(pressArticles.createdAt), desc(pressArticles.sourceId))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const counts = await proposalCounts(
    db,
    page.map((row) => row.article.sourceId),
  );
  const last = page.at(-1);
  return {
    items: page.map(({ article, source, job }) =>
      summaryOf(article, source, job, counts.get(article.sourceId)),
    ),
    nextCursor: rows.length > limit && last ? encodeCursor([last.recordedAt, last.article.sourceId]) : null,
  };
}

async function proposalCounts(db: Database, sourceIds: string[]) {
  const counts = new Map<string, Record<ProposalStatus, number>>();
  if (sourceIds.length === 0) return counts;
  const rows = await db
    .select({
      sourceId: pressProposals.sourceId,
      status: pressProposals.status,
      n: sql<number>`count(*)::int`,
    })
    .from(pressProposals)
    .where(inArray(pressProposals.sourceId, sourceIds))
    .groupBy(pressProposals.sourceId, pressProposals.status);
  for (const row of rows) {
    const entry = counts.get(row.sourceId) ?? { pending: 0, accepted: 0, merged: 0, rejected: 0 };
    entry[row.status] = Number(row.n);
    counts.set(row.sourceId, entry);
  }
  return counts;
}

function summaryOf(
  article: ArticleRow,
  source: typeof sources.$inferSelect,
  job: typeof jobs.$inferSelect | null,
  counts: Record<ProposalStatus, number> | undefined,
): ArticleSummary {
  return {
    sourceId: article.sourceId,
    title: source.title,
    url: source.url,
    publisher: source.publisher,
    published: article.published,
    language: source.language,
    format: article.format,
    status: article.status,
    error: article.error,
    submittedBy: article.submittedBy,
    createdAt: article.createdAt,
    job: job ? { id: job.id, status: job.status, phase: job.phase, done: job.done, total: job.total } : null,
    proposals: counts ?? { pending: 0, accepted: 0, merged: 0, rejected: 0 },
  };
}

export interface DuplicateSuggestion {
  agreementId: string;
  title: LocalizedText;
  type: string;
  status: string;
  signedOn: string | null;
}

export interface ProposalView {
  id: string;
  position: number;
  status: ProposalStatus;
  evidence: ProposalRow['evidence'];
  draft: ProposalDraft;
  confidence: number;
  agreementId: string | null;
  rejectionReason: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  version: number;
  /** Agreements already recorded between the same parties: the one to merge into, perhaps. */
  duplicates: DuplicateSuggestion[];
}

export interface ArticleDetail extends Omit<ArticleSummary, 'proposals'> {
  counts: ArticleSummary['proposals'];
  text: string;
  background: BackgroundRelationship[];
  proposals: ProposalView[];
  /** The places and organizations the drafts name, to show them by name. */
  places: Record<string, { name: string; names: LocalizedText; countryCode: string }>;
  organizations: Record<string, { name: LocalizedText; countryCode: string | null; placeId: string | null }>;
}

/**
 * The organizations a party may be: the one chosen, or those at its place. A place to create may
 * have been created since the article was read (another article's proposal accepted): the places
 * of that name or its sounds, in its country when known, are looked at too.
 */
async function partyOrganizations(db: Database, party: DraftParty): Promise<string[]> {
  if (party.organizationId) return [party.organizationId];
  const placeIds = party.placeId
    ? [party.placeId]
    : party.newPlace?.name.trim()
      ? (await readPlaceNames(db, [newPlaceQuery(party.newPlace)]))
          .find({ ...newPlaceQuery(party.newPlace), limit: 3 })
          .map((place) => place.id)
      : [];
  if (placeIds.length === 0) return [];
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.placeId, placeIds));
  return rows.map((row) => row.id);
}

/** A place to create may be there already under its name or its sounds, in its country when known. */
const newPlaceQuery = (place: { name: string; countryCode: string | null }): NameQuery => ({
  q: place.name,
  country: place.countryCode,
  sounds: 'skeleton',
});

/** Agreements the reader may see between the draft's two parties (their organizations or places). */
export async function duplicatesOf(
  db: Database,
  draft: ProposalDraft,
  reader: Reader,
): Promise<DuplicateSuggestion[]> {
  const [a, b] = await Promise.all(draft.parties.map((party) => partyOrganizations(db, party)));
  if (!a?.length || !b?.length) return [];
  const rows = await db
    .select({
      agreementId: agreements.id,
      title: agreements.title,
      type: agreements.type,
      status: agreements.status,
      signedOn: agreements.signedOn,
    })
    .from(agreements)
    .where(
      and(
        sql`EXISTS (SELECT 1 FROM ${agreementParties} p WHERE p.agreement_id = ${agreements.id} AND p.organization_id = ANY(${sql.param(a)}::uuid[]))`,
        sql`EXISTS (SELECT 1 FROM ${agreementParties} p WHERE p.agreement_id = ${agreements.id} AND p.organization_id = ANY(${sql.param(b)}::uuid[]))`,
        visibleTo(db, reader),
      ),
    )
    .orderBy(asc(agreements.createdAt))
    .limit(5);
  return rows;
}

export async function getArticle(db: Database, sourceId: string, reader: Reader): Promise<ArticleDetail> {
  const [row] = await db
    .select({ article: pressArticles, source: sources, job: jobs })
    .from(pressArticles)
    .innerJoin(sources, eq(sources.id, pressArticles.sourceId))
    .leftJoin(jobs, eq(jobs.id, pressArticles.jobId))
    .where(eq(pressArticles.sourceId, sourceId));
  if (!row) throw new NotFoundError('press_article.not_found', { id: sourceId });
  const proposals = await db
    .select()
    .from(pressProposals)
    .where(eq(pressProposals.sourceId, sourceId))
    .orderBy(asc(pressProposals.position));
  const counts = await proposalCounts(db, [sourceId]);
  const views = await Promise.all(proposals.map((proposal) => proposalView(db, proposal, reader)));
  const placeIds = new Set<string>();
  const organizationIds = new Set<string>();
  for (const proposal of proposals)
    for (const party of proposal.draft.parties) {
      if (party.placeId) placeIds.add(party.placeId);
      if (party.organizationId) organizationIds.add(party.organizationId);
    }
  const placeMap = await getPlacesByIds(db, [...placeIds]);
  const organizationMap = await getOrganizationsByIds(db, [...organizationIds]);
  const { proposals: proposalCount, ...summary } = summaryOf(
    row.article,
    row.source,
    row.job,
    counts.get(sourceId),
  );
  return {
    ...summary,
    counts: proposalCount,
    text: row.article.text,
    background: row.article.background,
    proposals: views,
    places: Object.fromEntries(
      [...placeMap].map(([id, place]) => [
        id,
        { name: place.name, names: place.names, countryCode: place.countryCode },
      ]),
    ),
    organizations: Object.fromEntries(
      [...organizationMap].map(([id, organization]) => [
        id,
        { name: organization.name, countryCode: organization.countryCode, placeId: organization.placeId },
      ]),
    ),
  };
}

async function proposalView(db: Database, row: ProposalRow, reader: Reader): Promise<ProposalView> {
  // The agreement a proposal became is named only to those who may read it.
  const agreementId =
    row.agreementId &&
    (
      await db
        .select({ id: agreements.id })
        .from(agreements)
        .where(and(eq(agreements.id, row.agreementId), visibleTo(db, reader)))
    ).length > 0
      ? row.agreementId
      : null;
  return {
    id: row.id,
    position: row.position,
    status: row.status,
    evidence: row.evidence,
    draft: row.draft,
    confidence: row.confidence,
    agreementId,
    rejectionReason: row.rejectionReason,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt,
    version: row.version,
    duplicates: row.status === 'pending' ? await duplicatesOf(db, row.draft, reader) : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Deciding

/** The proposal, locked for the decision, once the decision may be taken on the version seen. */
async function proposalForDecision(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  to: ProposalStatus | 'corrected',
  seenVersion: number,
): Promise<ProposalRow> {
  // The route's rule says so already; the use case says it again for callers other than HTTP.
  if (actingAs.principal !== undefined && !mayReviewPress(actingAs.principal))
    throw new ForbiddenError('press_proposal.not_reviewer');
  const [row] = await tx.select().from(pressProposals).where(eq(pressProposals.id, id)).for('update');
  if (!row) throw new NotFoundError('press_proposal.not_found', { id });
  const refusal = refusedProposalMove(row, to, seenVersion);
  if (refusal) throw new ConflictError(refusal.code, refusal.field);
  return row;
}

/** Checks that what the draft names exists: a place or organization chosen by id. */
async function assertDraftReferences(tx: Database, draft: ProposalDraft): Promise<void> {
  for (const [index, party] of draft.parties.entries()) {
    if (party.placeId) {
      const found = await getPlacesByIds(tx, [party.placeId]);
      if (!found.size)
        throw new ValidationError(
          'place.not_found',
          { id: party.placeId },
          `/draft/parties/${index}/placeId`,
        );
    }
    if (party.organizationId) {
      const found = await getOrganizationsByIds(tx, [party.organizationId]);
      if (!found.size)
        throw new ValidationError(
          'organization.not_found',
          { id: party.organizationId },
          `/draft/parties/${index}/organizationId`,
        );
    }
  }
}

async function decide(
  tx: Database,
  actingAs: ActingAs,
  row: ProposalRow,
  to: ProposalStatus,
  changes: Partial<ProposalRow>,
): Promise<void> {
  if (!canMoveProposal(row.status, to)) throw new ConflictError('press_proposal.already_decided', '/status');
  await tx
    .update(pressProposals)
    .set({
      ...changes,
      status: to,
      reviewedBy: actingAs.actor,
      reviewedAt: new Date(),
      version: row.version + 1,
    })
    .where(and(eq(pressProposals.id, row.id), eq(pressProposals.version, row.version)));
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'press_proposal',
    entityId: row.id,
    before: { status: row.status, draft: row.draft },
    after: {
      status: to,
      draft: changes.draft ?? row.draft,
      agreementId: changes.agreementId ?? null,
      reason: changes.rejectionReason ?? null,
    },
  });
}

/** The reviewer's corrections: the draft replaced as a whole, checked, and the proposal's version bumped. */
export async function correctProposal(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  input: { version: number; draft: ProposalDraft },
): Promise<void> {
  const row = await proposalForDecision(tx, actingAs, id, 'corrected', input.version);
  await assertDraftReferences(tx, input.draft);
  await tx
    .update(pressProposals)
    .set({ draft: input.draft, pairKey: pairKeyOf(input.draft), version: row.version + 1 })
    .where(eq(pressProposals.id, id));
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'press_proposal',
    entityId: id,
    before: { draft: row.draft },
    after: { draft: input.draft },
  });
}

/** The passage of the article a fact rests on, as its citation quotes it. */
const quoteOf = (passage: { text: string } | null | undefined) => passage?.text.slice(0, 2000) ?? null;

/** An installation's writes (no user's rights to weigh): the reviewer's decision is the right, checked above. */
const asRegistry = (actingAs: ActingAs): ActingAs => ({ ...actingAs, principal: undefined });

async function organizationOf(
  tx: Database,
  actingAs: ActingAs,
  party: DraftParty,
  sourceId: string,
  quote: string | null,
  language: string,
): Promise<string> {
  if (party.organizationId) return party.organizationId;
  let placeId = party.placeId;
  if (!placeId) {
    const name = party.newPlace!.name.trim();
    const countryCode = party.newPlace!.countryCode!;
    // One new place, however many proposals name it: the second finds the place the first made
    // (one made in Jumelage, not the gazetteer's, of that very name in that country). The lock
    // keeps two reviewers accepting at once from both making it.
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`press place ${normalizeName(name)}|${countryCode}`}))`,
    );
    const [made] = await selectRows<{ id: string }>(
      tx,
      sql`SELECT p.id FROM places p JOIN place_names n ON n.place_id = p.id
          WHERE p.geonames_id IS NULL AND p.country_code = ${countryCode} AND n.normalized = ${normalizeName(name)}
          ORDER BY p.created_at, p.id LIMIT 1`,
    );
    placeId =
      made?.id ??
      (
        await createPlace(tx, actingAs, {
          name,
          names: ['ar', 'fr', 'en', 'es'].includes(language) ? { [language]: name } : {},
          countryCode,
          sources: [{ sourceId, quote }],
        })
      ).id;
  }
  // Two accepts at once must not both make the place's local authority.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`press authority ${placeId}`}))`);
  return (await ensureLocalAuthority(tx, actingAs, placeId, sourceId)).id;
}

/** The person of that name already in the registry (any of their spellings), else a new one citing the article. */
async function personNamed(
  tx: Database,
  actingAs: ActingAs,
  name: string,
  sourceId: string,
  quote: string | null,
): Promise<string> {
  const wanted = normalizeName(name);
  // Two reviewers accepting at once must not both make the same person.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`press person ${wanted}`}))`);
  const candidates = await tx
    .select({ id: people.id, name: people.name, names: people.names, alternateNames: people.alternateNames })
    .from(people)
    .where(sql`${people.searchText} LIKE ${`%${wanted.split(' ')[0] ?? ''}%`}`)
    .orderBy(asc(people.createdAt))
    .limit(200);
  const same = candidates.find((person) =>
    [person.name, ...Object.values(person.names ?? {}), ...person.alternateNames].some(
      (spelling) => spelling && normalizeName(spelling) === wanted,
    ),
  );
  if (same) return same.id;
  return (await createPerson(tx, actingAs, { name: name.trim(), sources: [{ sourceId, quote }] })).id;
}

export interface Decision {
  proposalId: string;
  status: ProposalStatus;
  agreementId: string | null;
  version: number;
}

/**
 * Accepts the proposal (corrected first when a draft is given): its new places, their local
 * authorities, its signatories and the agreement, each citing the article, in one transaction.
 */
export async function acceptProposal(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  input: { version: number; draft?: ProposalDraft },
): Promise<Decision> {
  const row = await proposalForDecision(tx, actingAs, id, 'accepted', input.version);
  const draft = input.draft ?? row.draft;
  const problems = draftProblems(draft);
  if (problems.length) {
    const [first] = problems;
    throw new ValidationError(first!.code, first!.params ?? {}, first!.field);
  }
  await assertDraftReferences(tx, draft);
  const [source] = await tx.select().from(sources).where(eq(sources.id, row.sourceId));
  const registry = asRegistry(actingAs);
  const evidence = row.evidence;
  const partyIds: string[] = [];
  for (const [index, party] of draft.parties.entries()) {
    partyIds.push(
      await inDraftTerms(
        () =>
          organizationOf(
            tx,
            registry,
            party,
            row.sourceId,
            quoteOf(evidence.parties[index]?.passage),
            source!.language,
          ),
        () => `/draft/parties/${index}`,
      ),
    );
  }
  if (partyIds[0] === partyIds[1]) throw new ValidationError('press_proposal.same_party', '/draft/parties/1');
  const status = registryStatusOf(draft.status);
  const signed = status === 'signed';
  const signatories: SignatoryInput[] = [];
  // Who signed is recorded with the signature: an agreement announced or planned has none yet.
  for (const [index, signatory] of (signed ? draft.signatories : []).entries()) {
    const said = evidence.signatories.find((mention) => mention.name === signatory.name);
    const personId = await inDraftTerms(
      () =>
        personNamed(tx, registry, signatory.name, row.sourceId, quoteOf(said?.passage ?? evidence.passage)),
      () => `/draft/signatories/${index}`,
    );
    signatories.push({
      personId,
      partyOrganizationId: signatory.party === null ? null : partyIds[signatory.party]!,
      role: signatory.witness ? ('witness' as const) : ('signatory' as const),
      ...(signatory.role && ['ar', 'fr', 'en'].includes(source!.language)
        ? { postLabel: { [source!.language]: signatory.role } }
        : {}),
    });
  }
  const organizationsById = await getOrganizationsByIds(tx, partyIds);
  const names = partyIds.map((partyId) => organizationsById.get(partyId)!.name) as [
    LocalizedText,
    LocalizedText,
  ];
  const agreement = await inDraftTerms(
    () =>
      createAgreement(tx, registry, {
        type: draft.type,
        title: agreementTitle(draft.type, names),
        status,
        parties: partyIds.map((organizationId) => ({ organizationId })),
        parts: [
          {
            kind: 'original',
            ...(signed
              ? { signedOn: draft.signedOn }
              : draft.signedOn
                ? { plannedFrom: draft.signedOn }
                : {}),
            signatories,
          },
        ],
        sources: [{ sourceId: row.sourceId, quote: quoteOf(evidence.passage) }],
      }),
    draftFieldOfAgreement,
  );
  await decide(tx, actingAs, row, 'accepted', {
    draft,
    pairKey: pairKeyOf(draft),
    agreementId: agreement.id,
  });
  return { proposalId: id, status: 'accepted', agreementId: agreement.id, version: row.version + 1 };
}

/**
 * Runs a registry use case for the draft, its refusals told in the draft's terms: the reviewer
 * corrected the draft, not the agreement the registry was given (`/parts/0/signedOn` is the
 * draft's `/draft/signedOn`).
 */
async function inDraftTerms<T>(
  work: () => Promise<T>,
  fieldOf: (field: string | undefined) => string,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ValidationError(error.code, error.params, fieldOf(error.field));
    throw error;
  }
}

/** The draft's field that an agreement's field was made from (acceptProposal). */
function draftFieldOfAgreement(field: string | undefined): string {
  const signatory = /^\/parts\/0\/signatories\/(\d+)/.exec(field ?? '');
  if (signatory) return `/draft/signatories/${signatory[1]}`;
  if (/^\/parts\/0\/(signedOn|plannedFrom)/.test(field ?? '')) return '/draft/signedOn';
  const party = /^\/parties\/(\d+)/.exec(field ?? '');
  if (party) return `/draft/parties/${party[1]}`;
  if (/^\/(type|title)/.test(field ?? '')) return '/draft/type';
  if (/^\/status/.test(field ?? '')) return '/draft/status';
  return '/draft';
}

/** The proposal is news already recorded: the agreement cites the article too, and nothing else is created. */
export async function mergeProposal(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  input: { version: number; agreementId: string },
): Promise<Decision> {
  const row = await proposalForDecision(tx, actingAs, id, 'merged', input.version);
  const reader = await readerOf(tx, actingAs);
  const [target] = await tx
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.id, input.agreementId), visibleTo(tx, reader)));
  if (!target) throw new ValidationError('agreement.not_found', { id: input.agreementId }, '/agreementId');
  const [already] = await tx
    .select({ id: sql<string>`c.id` })
    .from(sql`citations c`)
    .where(
      sql`c.source_id = ${row.sourceId} AND c.entity_type = 'agreement' AND c.entity_id = ${input.agreementId} AND c.status = 'current'`,
    );
  if (!already) {
    // As a source added to an agreement by hand: under its lock, counted in its version.
    await lockAgreement(tx, asRegistry(actingAs), input.agreementId);
    await cite(tx, asRegistry(actingAs), 'agreement', input.agreementId, {
      sourceId: row.sourceId,
      quote: quoteOf(row.evidence.passage),
    });
  }
  await decide(tx, actingAs, row, 'merged', { agreementId: input.agreementId });
  return { proposalId: id, status: 'merged', agreementId: input.agreementId, version: row.version + 1 };
}

export async function rejectProposal(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  input: { version: number; reason: string },
): Promise<Decision> {
  const row = await proposalForDecision(tx, actingAs, id, 'rejected', input.version);
  if (!input.reason.trim()) throw new ValidationError('text.blank', '/reason');
  await decide(tx, actingAs, row, 'rejected', { rejectionReason: input.reason.trim() });
  return { proposalId: id, status: 'rejected', agreementId: null, version: row.version + 1 };
}
