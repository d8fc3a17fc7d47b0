import { createTheme, MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import type { UiLanguage } from '../../../src/shared/languages.ts';
import { PreloadedAnswers, PreloadedProvider } from '../api/preloaded.tsx';
import { LanguageProvider, type Messages } from '../i18n/i18n.tsx';
import { App } from './App.tsx';
import { UsableOnceInteractive } from './interactive.tsx';
import { SessionProvider } from './session.tsx';

const theme = createTheme({
  fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif' },
  primaryColor: 'jumelage',
  primaryShade: 8,
  colors: {
    jumelage: [
      '#e8f1fa',
      '#cfe0f2',
      '#a0c1e6',
      '#6d9fd9',
      '#4483ce',
      '#2a72c8',
      '#1c66c3',
      '#1c5d99',
      '#154a7d',
      '#0c3a66',
    ],
  },
});

/**
 * The whole application inside its providers, the router excepted: the browser gives it its
 * address bar (web/src/main.tsx), the server the address asked (web/src/entry-server.tsx), and
 * both render the same tree from the same answers.
 */
export function Application(props: {
  language: UiLanguage;
  messages: Messages;
  preloaded: PreloadedAnswers;
  router: (children: ReactNode) => ReactNode;
}) {
  return (
    <MantineProvider theme={theme}>
      <LanguageProvider initial={props.language} messages={props.messages}>
        {props.router(
          <PreloadedProvider answers={props.preloaded}>
            <SessionProvider>
              <UsableOnceInteractive>
                <App />
              </UsableOnceInteractive>
            </SessionProvider>
          </PreloadedProvider>,
        )}
      </LanguageProvider>
    </MantineProvider>
  );
}

export { PreloadedAnswers };
