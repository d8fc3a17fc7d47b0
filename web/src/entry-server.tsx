import { AsyncLocalStorage } from 'node:async_hooks';
import { PassThrough } from 'node:stream';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import type { UiLanguage } from '../../src/shared/languages.ts';
import { answerOnServer } from './api/client.ts';
import { PreloadedAnswers, preloadedScript } from './api/preloaded.tsx';
import { send } from './api/send.ts';
import { Application } from './app/Application.tsx';
import { loadMessages } from './i18n/i18n.tsx';

/** How the server answers the API requests of one page it renders, as it would answer the reader. */
export type ApiAnswerer = (request: Request) => Promise<Response>;

// Several pages may render at once: each page's requests go to its own reader's answerer.
const answerers = new AsyncLocalStorage<ApiAnswerer>();
answerOnServer((request) => {
  const answerer = answerers.getStore();
  if (!answerer) throw new Error('an API request outside a page render');
  return answerer(request);
});

/**
 * A page's requests may depend on earlier answers (an agreement's page asks for its event once it
 * knows it): rendering again with each round's answers finds them, a few rounds at most.
 */
const MAX_ROUNDS = 4;

/**
 * Renders the page at `url` as the reader will see it first: the application's own components, with
 * the answers the API gives this reader to the page's first requests. Returns the page's HTML
 * (for inside `#root`) and those answers (for the browser, which renders the same and takes it over).
 */
export async function renderPage(options: {
  url: string;
  language: UiLanguage;
  answer: ApiAnswerer;
  signal?: AbortSignal;
}): Promise<{ html: string; answers: string }> {
  const messages = await loadMessages(options.language);
  const preloaded = new PreloadedAnswers();
  for (let round = 1; ; round++) {
    options.signal?.throwIfAborted();
    const html = await renderOnce(options.url, options.language, messages, preloaded, options.signal);
    if (preloaded.missing.size === 0 || round === MAX_ROUNDS) {
      return { html, answers: preloadedScript(preloaded) };
    }
    const asked = [...preloaded.missing];
    preloaded.missing.clear();
    await answerers.run(options.answer, () =>
      Promise.all(
        asked.map(async ([key, load]) => {
          try {
            const answer = await send(load());
            if (!answer.problem) preloaded.set(key, { data: answer.data });
            // A refusal is the answer (not found, not allowed); a failure or a busy server is not
            // frozen into the page: the browser asks again.
            else if (lasting(answer.problem.status)) preloaded.set(key, { problem: answer.problem });
            else preloaded.leaveToBrowser(key);
          } catch {
            preloaded.leaveToBrowser(key);
          }
        }),
      ),
    );
  }
}

const lasting = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

async function renderOnce(
  url: string,
  language: UiLanguage,
  messages: Record<string, string>,
  preloaded: PreloadedAnswers,
  signal: AbortSignal | undefined,
): Promise<string> {
  // Waits for every lazily loaded page: the HTML holds the page, not its loading state.
  const { prelude } = await prerenderToNodeStream(
    <Application
      language={language}
      messages={messages}
      preloaded={preloaded}
      router={(children) => <StaticRouter location={url}>{children}</StaticRouter>}
    />,
    // Nothing is sent before the whole page is ready, so no part of it is left for a script to put in place.
    { signal, progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude.pipe(new PassThrough())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
