import createClient from 'openapi-fetch';
import { useCallback, useEffect, useState } from 'react';
import type { paths } from './schema';
import { type Answer, type DataOf, send, unansweredProblem } from './send.ts';
import type { Problem } from './types.ts';

export type { Problem } from './types.ts';

/** The API client, typed from the server's OpenAPI document. Same origin: the session cookie goes along. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

// The API answers its errors in the language the reader chose here, not the browser's default.
api.use({
  onRequest({ request }) {
    request.headers.set('accept-language', document.documentElement.lang || 'en');
    return request;
  },
});

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; problem: Problem; retry?: () => void }
  | { status: 'ready'; data: T };

/** Loads data for a page, again whenever `key` changes; the answer of a stale request is dropped. */
export function useLoad<Call extends Answer>(
  key: string,
  load: () => Promise<Call>,
  /** Keep showing what was loaded while loading again (a page refreshing its own record after a change). */
  options: { keepWhileReloading?: boolean } = {},
): Loaded<DataOf<Call>> {
  const [state, setState] = useState<Loaded<DataOf<Call>>>({ status: 'loading' });
  // Asking again after a failure (a phone that lost its network a moment) loads the same key anew.
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches
  useEffect(() => {
    let current = true;
    setState((previous) =>
      options.keepWhileReloading && previous.status === 'ready' ? previous : { status: 'loading' },
    );
    send(load())
      .then((answer) => {
        if (!current) return;
        if (answer.problem) setState({ status: 'error', problem: answer.problem, retry });
        else setState({ status: 'ready', data: answer.data });
      })
      .catch(
        (error: unknown) =>
          current && setState({ status: 'error', problem: unansweredProblem(error), retry }),
      );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  return state;
}
