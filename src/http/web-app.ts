import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { directionOf, isUiLanguage, LANGUAGE_COOKIE, type UiLanguage } from '../shared/languages.ts';
import { isPagePath } from '../shared/pages.ts';
import { requestLanguage } from './language.ts';
import { message } from './messages.ts';
import { routeNotFoundProblem, sendProblem } from './problem.ts';

/** Where `npm run build` puts the web application. */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

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
      preloads.set(language, `<link rel="modulepreload" crossorigin href="/assets/${file}">\n`);
  }
  return preloads;
}

export const webAppRoutes: FastifyPluginAsync<{ root?: string }> = async (app, { root = WEB_ROOT }) => {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return;
  const template = readFileSync(indexFile, 'utf8');
  const catalogs = catalogPreloads(root);
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
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url === '/api' || request.url.startsWith('/api/')) {
      return sendProblem(reply, routeNotFoundProblem(request));
    }
    const language = pageLanguage(request);
    const html = template
      .replace(/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${language}" dir="${directionOf(language)}">`)
      .replace(
        /<meta name="description" content="[^"]*"/,
        `<meta name="description" content="${message(language, 'page.description')}"`,
      )
      .replace(/<noscript>[^<]*<\/noscript>/, `<noscript>${message(language, 'page.noscript')}</noscript>`)
      .replace('</head>', `${catalogs.get(language) ?? ''}</head>`);
    // An unknown address gets the page all the same (it says what is missing), as a 404.
    return reply
      .code(isPagePath(request.url.split('?')[0]!) ? 200 : 404)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', PAGE_CSP)
      .header('cache-control', 'no-cache')
      .header('vary', 'Accept-Language, Cookie')
      .send(html);
  };
  app.get('/', { schema: { hide: true } }, page);
  app.get('/*', { schema: { hide: true } }, page);
};
