import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@mantine/core/styles.css';
import './app/app.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { SessionProvider } from './app/session.tsx';
import { initialLanguage, LanguageProvider, loadMessages } from './i18n/i18n.tsx';

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

const language = initialLanguage();
const messages = await loadMessages(language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <LanguageProvider initial={language} messages={messages}>
        <BrowserRouter>
          <SessionProvider>
            <App />
          </SessionProvider>
        </BrowserRouter>
      </LanguageProvider>
    </MantineProvider>
  </StrictMode>,
);
