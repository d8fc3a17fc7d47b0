import { useEffect } from 'react';

/** The document title: the page, then the application. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Jumelage` : 'Jumelage';
  }, [title]);
}
