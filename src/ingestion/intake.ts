/**
 * A press article as a reviewer submits it — pasted text, a web page saved as HTML, a PDF with a
 * text layer, a plain text file — turned into the text the extractor reads and what is known of
 * its publication. What the person typed beside it wins over what the page says. No database I/O,
 * no network: a page's images, styles and scripts are never fetched.
 */
import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { fileTypeFromBuffer } from 'file-type';
import { parseHTML } from 'linkedom';
import { getDocumentProxy } from 'unpdf';
import { anyOf, ValidationError } from '../shared/errors.ts';
import { publicationDateFromText } from './dates.ts';
import { detectLanguage } from './language.ts';
import { LANGUAGES, type Language } from './lexicon.ts';
import { fold } from './text.ts';

export type IntakeFormat = 'text' | 'html' | 'pdf';

export interface IntakeInput {
  bytes?: Uint8Array;
  text?: string;
  fileName?: string | null;
  contentType?: string | null;
  // What the person typed beside the article, which wins over what the page says.
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  published?: string | null;
  language?: string | null;
}

export interface IntakeArticle {
  format: IntakeFormat;
  text: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  /** "YYYY-MM-DD" or "YYYY-MM"; null when nothing says it (the reviewer is then asked). */
  published: string | null;
  publishedFrom: 'given' | 'page' | 'url' | 'text' | null;
  language: Language | null;
  /** Hex SHA-256 of the text with its whitespace collapsed: the same article submitted twice. */
  sha256: string;
}

export const MAX_TEXT_LENGTH = 200_000;

// ---------------------------------------------------------------------------------------------
// Text normalization and identity

/**
 * Text a page or a PDF carries may hold control characters (NUL among them) that no database text
 * takes and no reader sees: they are dropped, tabs and line breaks kept.
 */
function withoutControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** The article's text as stored: NFC, one space between words, paragraphs apart by a blank line. */
function normalizeText(text: string): string {
  return withoutControls(text)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00AD\uFEFF\u200B]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The article's fingerprint: line breaks and spacing are how it was copied, not what it says, so
 * they do not count (a paste with other line breaks is the same article).
 */
export function articleHash(text: string): string {
  const canonical = text
    .normalize('NFC')
    .replace(/[\u00AD\uFEFF\u200B]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Format

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function hasPdfMagic(bytes: Uint8Array): boolean {
  // The header may follow a little junk (some mail gateways prepend a line); readers look in the first KB.
  const head = bytes.subarray(0, 1024);
  outer: for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) {
    for (let k = 0; k < PDF_MAGIC.length; k++) if (head[i + k] !== PDF_MAGIC[k]) continue outer;
    return true;
  }
  return false;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  const start = head.trimStart().toLowerCase();
  if (!start.startsWith('<')) return false;
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<p[\s>]|<article[\s>]|<div[\s>]|<meta[\s>]/.test(
    start,
  );
}

const extension = (fileName: string | null | undefined): string =>
  /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';

const mediaType = (contentType: string | null | undefined): string =>
  (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * What the bytes are, by their content first (a page saved as "article.txt" is still HTML), then
 * by the declared type and the file name.
 */
export function formatOf(
  fileName: string | null | undefined,
  contentType: string | null | undefined,
  bytes: Uint8Array,
): IntakeFormat {
  if (hasPdfMagic(bytes)) return 'pdf';
  if (looksLikeHtml(bytes)) return 'html';
  const type = mediaType(contentType);
  const ext = extension(fileName);
  // Declared a PDF without its header: read as one, so that it fails as a damaged PDF rather than as text.
  if (type === 'application/pdf' || ext === 'pdf') return 'pdf';
  if (type === 'text/html' || type === 'application/xhtml+xml' || ['html', 'htm', 'xhtml'].includes(ext))
    return 'html';
  return 'text';
}

// ---------------------------------------------------------------------------------------------
// Decoding bytes

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Text in the encoding its BOM or its page declares, else UTF-8, else the Windows Latin page older sites used. */
function decodeText(bytes: Uint8Array, declared: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return decode(bytes, bom) ?? fileError('intake.file_unreadable');
  if (declared) {
    const text = decode(bytes, declared);
    if (text !== null) return text;
  }
  return decode(bytes, 'utf-8') ?? decode(bytes, 'windows-1252') ?? fileError('intake.file_unreadable');
}

function declaredCharset(bytes: Uint8Array, contentType: string | null | undefined): string | null {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const fromMeta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  const label = fromMeta ?? fromHeader;
  if (!label) return null;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return null;
  }
}

function fileError(code: 'intake.file_unreadable' | 'intake.file_empty' | 'intake.pdf_without_text'): never {
  throw new ValidationError(code, '/file');
}

// ---------------------------------------------------------------------------------------------
// HTML: the article's main text as a reader view shows it, and the page's metadata

/** The few DOM members read here; linkedom's nodes have them. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const BLOCKS = new Set(
  (
    'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody tfoot thead tr ul'
  ).split(' '),
);
const SKIPPED = new Set('script style noscript template svg iframe button select head'.split(' '));

/** The text of an element, one paragraph per block, paragraphs apart by a blank line. */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (tag === 'td' || tag === 'th') current += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

interface PageMetadata {
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  language: string | null;
}

function meta(document: DomElement, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const value = document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The JSON-LD objects of the page, @graph and arrays flattened. */
function jsonLdObjects(document: DomElement): Array<Record<string, Json>> {
  const objects: Array<Record<string, Json>> = [];
  const visit = (value: Json) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      objects.push(value);
      const graph = value['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A malformed block is common enough on news sites; the meta tags may still say it.
    }
  }
  return objects;
}

const stringOf = (value: Json | undefined): string | null => {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value && typeof value === 'object') return stringOf(value.name ?? value['@id'] ?? value.url);
  return null;
};

function fromJsonLd(objects: Array<Record<string, Json>>, key: string): string | null {
  const isArticle = (object: Record<string, Json>) => /Article|Posting|Report/.test(String(object['@type']));
  for (const object of [...objects.filter(isArticle), ...objects]) {
    const value = stringOf(object[key]);
    if (value) return value;
  }
  return null;
}

function httpUrl(value: string | null | undefined, base?: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function pageMetadata(document: DomElement, givenUrl: string | null): PageMetadata {
  const ld = jsonLdObjects(document);
  const timeElement =
    document.querySelector('time[pubdate][datetime]') ?? document.querySelector('article time[datetime]');
  const published = [
    meta(document, 'article:published_time', 'og:article:published_time', 'og:published_time'),
    fromJsonLd(ld, 'datePublished'),
    document.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ?? null,
    meta(document, 'datePublished', 'pubdate', 'publish-date', 'publication_date', 'parsely-pub-date'),
    meta(document, 'dcterms.date', 'dcterms.issued', 'DC.date.issued', 'DC.date', 'date'),
    timeElement?.getAttribute('datetime') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ]
    .map((value) => (value ? isoDateOf(value) : null))
    .find((value) => value !== null);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    title: meta(document, 'og:title', 'twitter:title') ?? fromJsonLd(ld, 'headline'),
    url:
      httpUrl(canonical, givenUrl) ??
      httpUrl(meta(document, 'og:url'), givenUrl) ??
      httpUrl(fromJsonLd(ld, 'url'), givenUrl),
    publisher: meta(document, 'og:site_name', 'application-name') ?? publisherOf(ld),
    published: published ?? null,
    language: document.querySelector('html')?.getAttribute('lang') ?? null,
  };
}

function publisherOf(objects: Array<Record<string, Json>>): string | null {
  for (const object of objects) {
    const publisher = object.publisher;
    if (publisher) return stringOf(publisher);
  }
  return null;
}

const NOT_ARTICLE =
  /(?:^|\s)(?:ad|ads|advert|advertisement|publicite|sponsor|sponsored|promo|cookie|cookies|newsletter|paywall)(?:[-_][\w-]*)?(?=\s|$)/i;

// A page may mark its whole body "with-ads"; only the blocks themselves go.
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

function readHtml(html: string, givenUrl: string | null): { text: string; metadata: PageMetadata } {
  const { document } = parseHTML(html);
  const root = document as unknown as DomElement;
  // Metadata first: the reader view takes the page apart as it goes.
  const metadata = pageMetadata(root, givenUrl);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  // Advertising blocks inside the article's body look like paragraphs to a reader view.
  for (const element of Array.from(root.querySelectorAll('[class], [id]'))) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (NOT_ARTICLE.test(names) && !CONTAINERS.has(element.nodeName.toLowerCase()))
      (element as unknown as { remove(): void }).remove();
  }
  let body: string | null = null;
  let readerTitle: string | null = null;
  try {
    const article = new Readability(document as never, {
      charThreshold: 200,
      serializer: (node: unknown) => node as DomNode,
    }).parse();
    if (article?.content) body = blockText(article.content);
    readerTitle = article?.title?.trim() || null;
  } catch {
    body = null;
  }
  if (!body) {
    // No article found (a short page): the whole body, without its navigation and asides.
    for (const element of Array.from(root.querySelectorAll('nav, header, footer, aside, form')))
      (element as unknown as { remove(): void }).remove();
    const bodyElement = root.querySelector('body');
    body = bodyElement ? blockText(bodyElement) : '';
  }
  const title = metadata.title ?? readerTitle ?? pageTitle;
  metadata.title = title;
  // The extractor reads the title as the article's first line, as a pasted article has it.
  const heading = readerTitle ?? title;
  const text =
    heading && body && !normalizeText(body).startsWith(normalizeText(heading))
      ? `${heading}\n\n${body}`
      : body;
  return { text, metadata };
}

// ---------------------------------------------------------------------------------------------
// PDF: the text layer, page by page, RTL lines put back in reading order

interface PdfTextItem {
  str: string;
  dir: string;
  transform: number[];
  width: number;
  height: number;
}

const ARABIC_LETTERS = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/gu;
const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/gu;
// What keeps left-to-right order inside a right-to-left line: Latin words, numbers, and what joins them.
const LTR_RUN =
  /[A-Za-z\u00C0-\u024F0-9\u0660-\u0669\u06F0-\u06F9](?:[A-Za-z\u00C0-\u024F0-9\u0660-\u0669\u06F0-\u06F9 .,:/%'’-]*[A-Za-z\u00C0-\u024F0-9\u0660-\u0669\u06F0-\u06F9%])?/gu;
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '«': '»',
  '»': '«',
};

const reverse = (text: string): string => Array.from(text).reverse().join('');

/**
 * A right-to-left line in reading order. PDF writers place glyphs left to right as they are seen,
 * so the line is reversed, its Latin words and numbers turned back, its brackets swapped.
 */
function logicalRtl(visual: string): string {
  const reversed = reverse(visual);
  let out = '';
  let last = 0;
  for (const match of reversed.matchAll(LTR_RUN)) {
    out += Array.from(reversed.slice(last, match.index), (char) => MIRRORED[char] ?? char).join('');
    out += reverse(match[0]);
    last = match.index + match[0].length;
  }
  out += Array.from(reversed.slice(last), (char) => MIRRORED[char] ?? char).join('');
  return out;
}

/** Arabic presentation forms (the shaped glyphs some writers map back to) as the letters they are. */
const basicLetters = (text: string): string =>
  text.replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]/g, (char) => char.normalize('NFKC'));

interface Line {
  y: number;
  size: number;
  items: PdfTextItem[];
}

function lineText(line: Line): string {
  const items = [...line.items].sort((a, b) => a.transform[4]! - b.transform[4]!);
  let visual = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const x = item.transform[4]!;
    // pdf.js gives a right-to-left item's string in reading order; the line is built as seen first.
    const str = item.dir === 'rtl' ? reverse(item.str) : item.str;
    if (visual && x - end > line.size * 0.2 && !/\s$/.test(visual) && !/^\s/.test(str)) visual += ' ';
    visual += str;
    end = Math.max(end, x + item.width);
  }
  const arabic = visual.match(ARABIC_LETTERS)?.length ?? 0;
  const latin = visual.match(LATIN_LETTERS)?.length ?? 0;
  // Letters after order: a lam-alef ligature is one glyph that reads as two letters.
  return basicLetters(arabic > latin ? logicalRtl(visual) : visual)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A page's lines in the order the page draws them (columns stay whole), paragraphs by the space between them. */
function pageText(items: PdfTextItem[]): string {
  const lines: Line[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const y = item.transform[5]!;
    const size = Math.hypot(item.transform[2]!, item.transform[3]!) || item.height || 10;
    const line = lines.at(-1);
    if (line && Math.abs(line.y - y) <= Math.max(line.size, size) * 0.5) {
      line.items.push(item);
      line.size = Math.max(line.size, size);
    } else lines.push({ y, size, items: [item] });
  }
  const drawn = lines.map((line) => ({ ...line, text: lineText(line) })).filter((line) => line.text);
  // Line spacing as a share of the type size: the tightest one a page uses is its lines' within a paragraph.
  const spacings = drawn
    .slice(1)
    .map((line, i) => (drawn[i]!.y - line.y) / line.size)
    .filter((ratio) => ratio >= 0.9);
  const spacing = spacings.length ? Math.min(...spacings) : 1.2;
  let text = '';
  drawn.forEach((line, i) => {
    const previous = drawn[i - 1];
    if (previous) {
      const gap = (previous.y - line.y) / line.size;
      const resized = Math.max(previous.size, line.size) / Math.min(previous.size, line.size) > 1.15;
      // A wider gap, another type size (a heading), or a jump up to a new column starts a paragraph.
      if (gap < 0 || resized || gap > spacing * 1.35) text += '\n\n';
      else if (!/\p{L}-$/u.test(text)) text += ' ';
    }
    text += line.text;
  });
  return text;
}

async function readPdf(bytes: Uint8Array): Promise<{ text: string; title: string | null }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes the buffer over.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false, verbosity: 0 });
  } catch {
    fileError('intake.file_unreadable');
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((item) => 'str' in item) as PdfTextItem[]));
    }
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' ? info.Title.trim() || null : null;
    return { text: pages.filter((page) => page.trim()).join('\n\n'), title };
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    fileError('intake.file_unreadable');
  } finally {
    await pdf.loadingTask.destroy().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Dates and languages

function isoDate(year: number, month: number, day: number | null): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  const value = new Date(Date.UTC(year, month - 1, day));
  if (value.getUTCMonth() !== month - 1 || value.getUTCDate() !== day) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar date a page's metadata gives: the date as written (the publisher's own day, not
 * UTC's), from ISO 8601 or the RFC 2822 form some feeds use.
 */
function isoDateOf(value: string): string | null {
  const match = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])/.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : null);
  if (/\b\d{4}\b/.test(value) && /[a-z]{3}/i.test(value)) {
    const parsed = new Date(value);
    // Through isoDate, so that a year outside the registry's range ("12000") is no date.
    if (!Number.isNaN(parsed.getTime()))
      return isoDate(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate());
  }
  return null;
}

/** A date the address spells out, as many news sites do: /2025/10/31/, /2025-10-31-, /2025/10/. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const full = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = /\/((?:19|20)\d{2})\/(\d{2})\//.exec(path);
  return month ? isoDate(Number(month[1]), Number(month[2]), null) : null;
}

function givenPublished(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const date = match ? isoDate(Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : null) : null;
  if (!date) throw new ValidationError('intake.published_invalid', { value }, '/published');
  return date;
}

function givenLanguage(value: string): Language {
  const code = value.toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(code))
    throw new ValidationError(
      'intake.language_unsupported',
      { value, languages: anyOf([...LANGUAGES]) },
      '/language',
    );
  return code as Language;
}

const pageLanguage = (lang: string | null): Language | null => {
  const code = lang?.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : null;
};

const given = (value: string | null | undefined): string | null => value?.trim() || null;

// ---------------------------------------------------------------------------------------------

/** Reads a submitted article: its text, what the page says of it, and how it is told apart. */
export async function readArticle(input: IntakeInput): Promise<IntakeArticle> {
  // The typed fields are checked first: the person corrects them without sending the file again.
  const typedPublished = given(input.published);
  const published = typedPublished ? givenPublished(typedPublished) : null;
  const typedLanguage = given(input.language);
  const language = typedLanguage ? givenLanguage(typedLanguage) : null;
  const url = given(input.url);

  let format: IntakeFormat = 'text';
  let raw: string;
  let page: PageMetadata | null = null;
  let pdfTitle: string | null = null;
  const fromFile = input.bytes !== undefined;
  if (input.bytes !== undefined) {
    const bytes = input.bytes;
    if (bytes.length === 0) fileError('intake.file_empty');
    format = formatOf(input.fileName, input.contentType, bytes);
    if (format === 'pdf') {
      const pdf = await readPdf(bytes);
      if (!pdf.text.trim()) fileError('intake.pdf_without_text');
      raw = pdf.text;
      pdfTitle = pdf.title;
    } else {
      // An image, an archive or a word-processor file is not text, whatever its name says.
      if (format === 'text' && ((await fileTypeFromBuffer(bytes)) || bytes.includes(0)))
        fileError('intake.file_unreadable');
      const decoded = decodeText(bytes, declaredCharset(bytes, input.contentType));
      if (format === 'html') {
        const html = readHtml(decoded, url);
        raw = html.text;
        page = html.metadata;
      } else raw = decoded;
    }
  } else {
    raw = input.text ?? '';
  }

  const clean = (value: string | null) => (value ? withoutControls(value).trim() || null : null);
  const text = normalizeText(raw);
  if (!text) {
    if (fromFile) fileError('intake.file_empty');
    throw new ValidationError('intake.text_empty', '/text');
  }
  if (text.length > MAX_TEXT_LENGTH)
    throw new ValidationError('intake.text_too_long', { max: MAX_TEXT_LENGTH }, fromFile ? '/file' : '/text');

  const articleUrl = url ?? page?.url ?? null;
  let publishedFrom: IntakeArticle['publishedFrom'] = null;
  let date = published;
  if (date) publishedFrom = 'given';
  else if (page?.published) [date, publishedFrom] = [page.published, 'page'];
  else {
    const fromUrl = dateFromUrl(url) ?? dateFromUrl(page?.url ?? null);
    if (fromUrl) [date, publishedFrom] = [fromUrl, 'url'];
    else {
      const fromText = publicationDateFromText(fold(text));
      if (fromText) [date, publishedFrom] = [fromText, 'text'];
    }
  }

  return {
    format,
    text,
    title: clean(given(input.title) ?? given(page?.title) ?? given(pdfTitle)),
    url: articleUrl,
    publisher: clean(given(input.publisher) ?? given(page?.publisher)),
    published: date,
    publishedFrom,
    language: language ?? detectLanguage(text).language ?? pageLanguage(page?.language ?? null),
    sha256: articleHash(text),
  };
}
