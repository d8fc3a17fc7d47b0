/**
 * The web application's pages, as its router (web/src/app/App.tsx) matches them: `:id` is a
 * record's UUID, a trailing `*` any address below. The server answers any other address with its
 * page all the same, so the application can say what is missing, but with status 404.
 */
export const PAGE_PATHS = [
  '/',
  '/agreements',
  '/agreements/:id',
  '/organizations/:id',
  '/organizations/:id/partners',
  '/partner-requests',
  '/networks',
  '/networks/:id',
  '/people/:id',
  '/events/:id',
  '/meetings/:id',
  '/map',
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/reset-password',
  '/confirm-email',
  '/workspace/*',
] as const;

/**
 * The public portal's pages, which the server renders with their content (src/http/web-app.ts) for
 * a reader to see before any script has run. The forms that sign in, join or reset a password, and
 * the workspace, are drawn in the browser: a form must not be sent before its script is there. So
 * is the map, which is all drawing.
 */
export const SERVER_RENDERED_PATHS = [
  '/',
  '/agreements',
  '/agreements/:id',
  '/organizations/:id',
  '/networks',
  '/networks/:id',
  '/people/:id',
  '/events/:id',
  '/meetings/:id',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function matches(pattern: string, segments: string[]): boolean {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.at(-1) === '*') {
    const fixed = parts.slice(0, -1);
    return segments.length >= fixed.length && fixed.every((part, index) => part === segments[index]);
  }
  return (
    parts.length === segments.length &&
    parts.every((part, index) => (part === ':id' ? UUID.test(segments[index]!) : part === segments[index]))
  );
}

/** Whether an address (its path, without query) is one of the application's pages. */
export function isPagePath(pathname: string): boolean {
  const segments = pathname.split('/').filter(Boolean);
  return PAGE_PATHS.some((pattern) => matches(pattern, segments));
}

/** Whether the server renders this page (its path, without query) with its content. */
export function isServerRenderedPath(pathname: string): boolean {
  const segments = pathname.split('/').filter(Boolean);
  return SERVER_RENDERED_PATHS.some((pattern) => matches(pattern, segments));
}

/**
 * The pages that show one record, and the API address of that record: a page whose record the API
 * does not know answers 404, as an unknown address does.
 */
const RECORD_PAGES: ReadonlyArray<{ page: string; record: string }> = [
  { page: 'agreements', record: '/api/agreements/' },
  { page: 'organizations', record: '/api/organizations/' },
  { page: 'networks', record: '/api/networks/' },
  { page: 'people', record: '/api/people/' },
  { page: 'events', record: '/api/events/' },
  { page: 'meetings', record: '/api/meetings/' },
];

/** The API address of the record this page shows (its path, without query), if it shows one. */
export function recordAddressOfPage(pathname: string): string | null {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length !== 2 || !UUID.test(segments[1]!)) return null;
  const found = RECORD_PAGES.find((candidate) => candidate.page === segments[0]);
  return found ? `${found.record}${segments[1]}` : null;
}
