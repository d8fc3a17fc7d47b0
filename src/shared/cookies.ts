/** Every cookie Jumelage sets, named once for the server that sets them and the web application that reads them. */

export { LANGUAGE_COOKIE } from './languages.ts';

/** The session token: HTTP-only, so scripts in the page never see it. */
export const SESSION_COOKIE = 'jumelage_session';

/**
 * Readable by the page, holding no secret: tells the web application a session may exist, so the
 * public portal asks who is signed in only when someone may be.
 */
export const SIGNED_IN_HINT_COOKIE = 'jumelage_signed_in';
