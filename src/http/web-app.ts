import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { directionOf, isUiLanguage, LANGUAGE_COOKIE, type UiLanguage } from '../shared/languages.ts';
import { isPagePath, isServerRenderedPath, recordAddressOfPage } from '../shared/pages.ts';
import { requestLanguage } from './language.ts';
import { message } from './messages.ts';
import { routeNotFoundProblem, sendProblem } from './problem.ts';

/** Where `npm run build` puts the web application. */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** The module the build makes for rendering pages on the server (web/src/entry-server.tsx). */
export const SERVER_RENDERER = fileURLToPath(new URL('../../dist/server/entry-server.js', import.meta.url));

interface PageRenderer {
  renderPage(options: {
    url: string;
    language: UiLanguage;
    answer: (request: Request) => Promise<Response>;
    signal?: AbortSignal;
  }): Promise<{ html: string; answers: string }>;
}

/** A page not rendered in this time is sent as the bare frame, which the application fills in. */
const RENDER_TIMEOUT_MS = 5_000;
/** Pages rendered at once, at most; the next are sent as frames. */
const MAX_CONCURRENT_RENDERS = 8;

/**
 * The pages' own policy: scripts, fonts and data from this origin only. Styles may be inline
 * because the component library sets CSS variables and positions in style attributes.
 */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The reader's language: the one they chose (cookie), else their browser's preference. */
export function pageLanguage(request: FastifyRequest): UiLanguage {
  const chosen = request.cookies[LANGUAGE_COOKIE];
  return isUiLanguage(chosen) ? chosen : requestLanguage(request);
}

/**
 * Serves the built web application: its files as they are (hashed names cached for a year), and
 * for every other address its page, with `<html lang dir>` set for the reader so the first paint
 * is already in their language and direction, and status 404 where no page is (shared/pages.ts).
 * Nothing is served when the application is not built.
 * A plugin, registered after the API's routes.
 */
/**
 * For each language, a preload of its messages (web/vite.config.ts names their files): the page
 * fetches the reader's catalog with its scripts, so the first paint waits for no further round trip.
 */
function catalogPreloads(root: string): Map<UiLanguage, string> {
  const preloads = new Map<UiLanguage, string>();
  const assets = join(root, 'assets');
  if (!existsSync(assets)) return preloads;
  for (const file of readdirSync(assets)) {
    const language = /^messages-([a-z]{2})-[\w-]+\.js$/.exec(file)?.[1];
    if (language && isUiLanguage(language))
      preloads.set(
        language,
        `<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/${file}">\n`,
      );
  }
  return preloads;
}

export const webAppRoutes: FastifyPluginAsync<{ root?: string; renderer?: string | null }> = async (
  app,
  { root = WEB_ROOT, renderer: rendererFile = root === WEB_ROOT ? SERVER_RENDERER : null },
) => {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return;
  const template = readFileSync(indexFile, 'utf8');
  const catalogs = catalogPreloads(root);
  let rendering = 0;
  const renderer: Promise<PageRenderer | null> =
    rendererFile && existsSync(rendererFile)
      ? (import(pathToFileURL(rendererFile).href) as Promise<PageRenderer>).catch((error: unknown) => {
          app.log.warn(
            { err: error },
            'pages are drawn in the browser only: the server renderer failed to load',
          );
          return null;
        })
      : Promise.resolve(null);

  /**
   * The page's content, rendered by the application's own components with the answers the API
   * gives this reader (their cookies, their language): the same routes, so the same read filter.
   */
  async function rendered(request: FastifyRequest, language: UiLanguage, pathname: string) {
    const render = isServerRenderedPath(pathname) ? await renderer : null;
    // A server rendering many pages at once sends the next ones as frames rather than fall behind.
    if (!render || rendering >= MAX_CONCURRENT_RENDERS) return null;
    const record = recordAddressOfPage(pathname);
    let recordMissing = false;
    const answer = async (apiRequest: Request) => {
      const address = new URL(apiRequest.url);
      if (apiRequest.method !== 'GET' || !address.pathname.startsWith('/api/'))
        throw new Error(`a page asked ${apiRequest.method} ${address.pathname} while rendered`);
      const response = await app.inject({
        method: 'GET',
        url: `${address.pathname}${address.search}`,
        headers: {
          'accept-language': language,
          ...(request.headers.cookie ? { cookie: request.headers.cookie } : {}),
          ...(request.headers['user-agent'] ? { 'user-agent': request.headers['user-agent'] } : {}),
        },
        remoteAddress: request.ip,
      });
      if (address.pathname === record && response.statusCode === 404) recordMissing = true;
      const headers = new Headers();
      for (const [name, value] of Object.entries(response.headers))
        if (typeof value === 'string') headers.set(name, value);
      return new Response(response.body, { status: response.statusCode, headers });
    };
    const signal = AbortSignal.timeout(RENDER_TIMEOUT_MS);
    // The time limit holds whatever the page waits for, an answer of the API included.
    const timedOut = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
    );
    rendering++;
    try {
      const content = await Promise.race([
        render.renderPage({ url: request.url, language, answer, signal }),
        timedOut,
      ]);
      return { ...content, recordMissing };
    } catch (error) {
      // The browser draws the page itself, as it does for every page when the server cannot.
      request.log.warn({ err: error }, 'page not rendered on the server');
      return null;
    } finally {
      rendering--;
    }
  }

  // Pages are compressed as they are sent (their files come compressed from the build, below).
  await app.register(fastifyCompress, {
    global: false,
    encodings: ['br', 'gzip'],
    // A page is made for each request: a quick compression, not the smallest.
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    // The build's brotli and gzip copies (web/vite.config.ts), chosen by Accept-Encoding, with Vary.
    preCompressed: true,
    // The cache policy is ours (below), not the file server's default of revalidating everything.
    cacheControl: false,
    setHeaders(response, path) {
      response.setHeader(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      );
      // A file may come compressed or not for the same address: caches must keep each apart.
      response.setHeader('vary', 'Accept-Encoding');
    },
  });
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url === '/api' || request.url.startsWith('/api/')) {
      return sendProblem(reply, routeNotFoundProblem(request));
    }
    const language = pageLanguage(request);
    const pathname = request.url.split('?')[0]!;
    const content = await rendered(request, language, pathname);
    let html = template
      .replace(/<html lang="[^"]*" dir="[^"]*"/, `<html lang="${language}" dir="${directionOf(language)}"`)
      .replace(
        /<meta name="description" content="[^"]*"/,
        `<meta name="description" content="${message(language, 'page.description')}"`,
      )
      .replace(/<noscript>[^<]*<\/noscript>/, `<noscript>${message(language, 'page.noscript')}</noscript>`)
      .replace('</head>', `${catalogs.get(language) ?? ''}</head>`);
    if (content) {
      // The frame drawn while the application loads gives way to the page itself.
      const start = html.indexOf('<div id="root">');
      const end = html.indexOf('<noscript>', start);
      if (start >= 0 && end > start) {
        html = `${html.slice(0, start)}<div id="root" data-server-rendered>${content.html}</div>\n    ${content.answers}\n    ${html.slice(end)}`;
      }
    }
    // An unknown address, or a record page of a record that does not exist (or that this reader may
    // not know of), gets the page all the same (it says what is missing), as a 404.
    return (
      reply
        .code(isPagePath(pathname) && !content?.recordMissing ? 200 : 404)
        .type('text/html; charset=utf-8')
        .header('content-security-policy', PAGE_CSP)
        // A page rendered with a reader's cookies may hold what only they may read: no shared cache keeps it.
        .header('cache-control', content && request.headers.cookie ? 'private, no-store' : 'no-cache')
        .header('vary', 'Accept-Language, Cookie')
        .compress(html)
    );
  };
  app.get('/', { schema: { hide: true } }, page);
  app.get('/*', { schema: { hide: true } }, page);
};
