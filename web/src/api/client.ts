import createClient from 'openapi-fetch';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { type PreloadedAnswer, usePreloaded } from './preloaded.tsx';
import type { paths } from './schema';
import { type Answer, type DataOf, send, unansweredProblem } from './send.ts';
import type { Problem } from './types.ts';

export type { Problem } from './types.ts';

/**
 * Where the requests go when the page is rendered on the server (web/src/entry-server.tsx): to the
 * same API, answering as it would answer the reader.
 */
let serverFetch: ((request: Request) => Promise<Response>) | null = null;
export function answerOnServer(fetch: (request: Request) => Promise<Response>): void {
  serverFetch = fetch;
}

const inBrowser = typeof document !== 'undefined';

/** The API client, typed from the server's OpenAPI document. Same origin: the session cookie goes along. */
export const api = createClient<paths>({
  // A request needs an absolute address outside a browser; the server answers it itself.
  baseUrl: inBrowser ? '' : 'http://jumelage.invalid',
  credentials: 'same-origin',
  fetch: (request) => (serverFetch ?? globalThis.fetch)(request),
});

// The API answers its errors in the language the reader chose here, not the browser's default.
api.use({
  onRequest({ request }) {
    if (inBrowser) request.headers.set('accept-language', document.documentElement.lang || 'en');
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
  const preloaded = usePreloaded();
  const location = useLocation();
  // Asking again after a failure (a phone that lost its network a moment) loads the same key anew.
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const [state, setState] = useState<Loaded<DataOf<Call>>>(() => {
    const answer = preloaded?.answer(key, `${location.pathname}${location.search}`);
    if (answer) return loadedFrom<DataOf<Call>>(answer, retry);
    if (!inBrowser) preloaded?.ask(key, load);
    return { status: 'loading' };
  });
  // What the server already answered is not asked again; a later key or a retry is.
  const answered = useRef(state.status !== 'loading');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches
  useEffect(() => {
    if (answered.current) {
      answered.current = false;
      return;
    }
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

function loadedFrom<Data>(answer: PreloadedAnswer, retry: () => void): Loaded<Data> {
  return 'problem' in answer
    ? { status: 'error', problem: answer.problem, retry }
    : { status: 'ready', data: answer.data as Data };
}
