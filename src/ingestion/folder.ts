/**
 * A folder of press articles submitted at once (`jumelage ingest DIR`): each file read and kept
 * once, as a paste or an upload would be, then all the new ones read in one job run here, with
 * its progress. A file that cannot be read is reported and the others go on.
 */
import { readdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { extname, join } from 'node:path';
import type { DatabaseHandle } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { runJobHere } from '../jobs/worker.ts';
import { DomainError } from '../shared/errors.ts';
import { type IntakeInput, readArticle } from './intake.ts';
import { pressExtractionHandler, queueReading, READING_CONCURRENCY, submitArticle } from './press.ts';

/** The files read as articles: saved pages, PDFs, text, and articles as JSON (`text`, `published`, `url`, `lang`). */
const ARTICLE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.pdf', '.txt', '.text', '.md', '.json']);

export const INGEST_ACTOR = 'ingest';

export interface FolderReport {
  files: number;
  /** Articles kept for the first time, and read. */
  submitted: number;
  /** Articles whose text was submitted before: nothing read again. */
  alreadyKnown: number;
  refused: Array<{ file: string; code: string; field: string | null; message: string }>;
  /** Proposals the new articles left for review. */
  proposals: number;
  articles: Array<{ file: string; sourceId: string; created: boolean }>;
}

/** An article as JSON (the press-dev format): its text with what the page said about it. */
async function inputOf(path: string, given: Partial<IntakeInput>): Promise<IntakeInput> {
  const bytes = await readFile(path);
  if (extname(path).toLowerCase() !== '.json') return { ...given, bytes, fileName: path };
  const json = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  const text = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : null);
  return {
    text: text('text') ?? '',
    title: given.title ?? text('title'),
    url: given.url ?? text('url'),
    publisher: given.publisher ?? text('publisher'),
    published: given.published ?? text('published'),
    language: given.language ?? text('lang') ?? text('language'),
  };
}

export async function ingestFolder(
  handle: DatabaseHandle,
  folder: string,
  options: {
    given?: Partial<IntakeInput>;
    observe?: (update: { phase: string; done: number; total: number }) => void;
  } = {},
): Promise<FolderReport> {
  const { db } = handle;
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort();
  const report: FolderReport = {
    files: names.length,
    submitted: 0,
    alreadyKnown: 0,
    refused: [],
    proposals: 0,
    articles: [],
  };
  const actingAs = { actor: INGEST_ACTOR };
  const created: string[] = [];
  for (const [index, name] of names.entries()) {
    options.observe?.({ phase: 'files', done: index, total: names.length });
    try {
      const article = await readArticle(await inputOf(join(folder, name), options.given ?? {}));
      const submitted = await inTransaction(db, (tx) =>
        submitArticle(tx, actingAs, { ...article, fileName: name }, { queue: false }),
      );
      report.articles.push({ file: name, sourceId: submitted.sourceId, created: submitted.created });
      if (submitted.created) created.push(submitted.sourceId);
      else report.alreadyKnown += 1;
    } catch (error) {
      if (!(error instanceof DomainError) && !(error instanceof SyntaxError)) throw error;
      report.refused.push({
        file: name,
        code: error instanceof DomainError ? error.code : 'file.unreadable',
        field: error instanceof DomainError ? (error.field ?? null) : null,
        message: error.message,
      });
    }
  }
  options.observe?.({ phase: 'files', done: names.length, total: names.length });
  report.submitted = created.length;
  if (created.length === 0) return report;
  const workerId = `cli:${hostname()}:${process.pid}`;
  const leaseMs = 60_000;
  const job = await inTransaction(db, (tx) => queueReading(tx, actingAs, created, { workerId, leaseMs }));
  const handler = pressExtractionHandler({ concurrency: READING_CONCURRENCY[handle.engine] });
  const ended = await runJobHere(db, job, handler, {
    workerId,
    leaseMs,
    observe: options.observe,
  });
  if (ended.status !== 'succeeded')
    throw new Error(`the reading stopped (job ${ended.id}): ${ended.error?.message ?? ended.status}`);
  report.proposals = (ended.result as { proposals: number }).proposals;
  return report;
}
