import createClient from 'openapi-fetch';
import { useEffect, useState } from 'react';
import type { paths } from './schema';

/** The API client, typed from the server's OpenAPI document. Same origin: the session cookie goes along. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

// The API answers its errors in the language the reader chose here, not the browser's default.
api.use({
  onRequest({ request }) {
    request.headers.set('accept-language', document.documentElement.lang || 'en');
    return request;
  },
});

export interface Problem {
  title: string;
  status: number;
  /** Stable code of what was wrong (`sign_in.code_required`…), whatever the language of `detail`. */
  code?: string;
  detail?: string;
  field?: string;
  errors?: Array<{ field: string; code?: string; message: string }>;
}

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; problem: Problem }
  | { status: 'ready'; data: T };

/** Loads data for a page, again whenever `key` changes; the answer of a stale request is dropped. */
export function useLoad<T>(
  key: string,
  load: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  /** Keep showing what was loaded while loading again (a page refreshing its own record after a change). */
  options: { keepWhileReloading?: boolean } = {},
): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches
  useEffect(() => {
    let current = true;
    setState((previous) =>
      options.keepWhileReloading && previous.status === 'ready' ? previous : { status: 'loading' },
    );
    load()
      .then(({ data, error, response }) => {
        if (!current) return;
        if (data !== undefined) setState({ status: 'ready', data });
        else
          setState({
            status: 'error',
            problem: (error as Problem) ?? { title: response.statusText, status: response.status },
          });
      })
      .catch(
        (error: Error) =>
          current && setState({ status: 'error', problem: { title: error.message, status: 0 } }),
      );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}
