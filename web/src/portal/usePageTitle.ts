import { useEffect } from 'react';

/**
 * The document title: the page, then the application. The page's title is isolated, so that a
 * record named in the other script keeps its place before the separator.
 */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `\u2068${title}\u2069 · Jumelage` : 'Jumelage';
  }, [title]);
}
