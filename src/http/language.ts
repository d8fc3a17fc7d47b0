import type { FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, type UiLanguage } from '../shared/languages.ts';

/**
 * The UI language a request prefers, from its Accept-Language header. A wildcard (`*`, what many
 * HTTP clients send by default) and a header naming no language we have both get `fallback`.
 */
export function negotiateLanguage(
  acceptLanguage: string | undefined,
  fallback: UiLanguage = DEFAULT_UI_LANGUAGE,
): UiLanguage {
  if (!acceptLanguage?.trim()) return fallback;
  // Among languages the header ranks equally (as `*` ranks them all), the first offered wins:
  // offering the fallback first makes a wildcard mean "the installation's language".
  const offered = [fallback, ...UI_LANGUAGES.filter((language) => language !== fallback)];
  const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage } });
  return (negotiator.language(offered) as UiLanguage | undefined) ?? fallback;
}

/** The language to answer a request in, falling back to the installation's default. */
export function requestLanguage(request: FastifyRequest): UiLanguage {
  return negotiateLanguage(request.headers['accept-language'], request.server.defaultLanguage);
}
