import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import type { Answer } from './send.ts';
import type { Problem } from './types.ts';

/** What the server answered to one of a page's first requests, by the key the page loads it under. */
export type PreloadedAnswer = { data: unknown } | { problem: Problem };

/**
 * The answers a page's first requests got on the server, which rendered the page with them: the
 * browser's first render reads the same answers, so it draws exactly what the server sent (React
 * hydrates it rather than replacing it) and asks the API nothing again. They serve the first page
 * only: once the reader moves on, every page loads its data as usual.
 */
export class PreloadedAnswers {
  /** Requests a server render met without an answer, to be asked before rendering again. */
  readonly missing = new Map<string, () => Promise<Answer>>();
  private readonly answers: Map<string, PreloadedAnswer>;
  /** Requests the server leaves to the browser (it could not answer them for good). */
  private readonly leftToBrowser = new Set<string>();

  /**
   * `firstAddress`: in the browser, the address (path and query) of the page the answers were
   * rendered for; no other page reads them.
   */
  constructor(
    answers: Record<string, PreloadedAnswer> = {},
    private readonly firstAddress?: string,
  ) {
    this.answers = new Map(Object.entries(answers));
  }

  /** The answer to `key` for the page at `address`, if the server gave it with that page. */
  answer(key: string, address: string): PreloadedAnswer | undefined {
    if (this.firstAddress !== undefined && address !== this.firstAddress) return undefined;
    return this.answers.get(key);
  }

  /** On the server: the page asked for `key`, which has no answer yet. */
  ask(key: string, load: () => Promise<Answer>): void {
    if (!this.answers.has(key) && !this.leftToBrowser.has(key)) this.missing.set(key, load);
  }

  /** On the server: `key` had no lasting answer (a failure, a busy server); the browser will ask. */
  leaveToBrowser(key: string): void {
    this.leftToBrowser.add(key);
    this.missing.delete(key);
  }

  set(key: string, answer: PreloadedAnswer): void {
    this.answers.set(key, answer);
    this.missing.delete(key);
  }

  clear(): void {
    this.answers.clear();
  }

  toJSON(): Record<string, PreloadedAnswer> {
    return Object.fromEntries(this.answers);
  }
}

const PreloadedContext = createContext<PreloadedAnswers | null>(null);

export function usePreloaded(): PreloadedAnswers | null {
  return useContext(PreloadedContext);
}

/**
 * Provides the first page's answers, and forgets them when the reader moves to another address:
 * coming back to the first page later loads it afresh.
 */
export function PreloadedProvider({ answers, children }: { answers: PreloadedAnswers; children: ReactNode }) {
  return (
    <PreloadedContext.Provider value={answers}>
      <ForgetOnNavigation answers={answers} />
      {children}
    </PreloadedContext.Provider>
  );
}

function ForgetOnNavigation({ answers }: { answers: PreloadedAnswers }) {
  const location = useLocation();
  const first = useRef(`${location.pathname}${location.search}`);
  useEffect(() => {
    if (`${location.pathname}${location.search}` !== first.current) answers.clear();
  }, [answers, location.pathname, location.search]);
  return null;
}

/** The element id and type of the page's preloaded answers, written by the server, read by the browser. */
export const PRELOADED_ELEMENT_ID = 'preloaded-answers';

/**
 * The answers as JSON safe inside a `<script type="application/json">`: no `<` can close the
 * element or open a comment, whatever a record's text says.
 */
export function preloadedScript(answers: PreloadedAnswers): string {
  const json = JSON.stringify(answers)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${PRELOADED_ELEMENT_ID}">${json}</script>`;
}
