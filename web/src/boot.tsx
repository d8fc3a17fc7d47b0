/**
 * The application, started once the page is on screen (web/src/main.tsx): over the page the server
 * rendered when there is one, else in place of the frame.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { PRELOADED_ELEMENT_ID, type PreloadedAnswer, PreloadedAnswers } from './api/preloaded.tsx';
import { Application } from './app/Application.tsx';
import { initialLanguage, loadMessages } from './i18n/i18n.tsx';

const language = initialLanguage();
const messages = await loadMessages(language);
const root = document.getElementById('root')!;
const preloadedElement = document.getElementById(PRELOADED_ELEMENT_ID);
const preloaded = new PreloadedAnswers(
  preloadedElement
    ? (JSON.parse(preloadedElement.textContent ?? '{}') as Record<string, PreloadedAnswer>)
    : {},
  `${window.location.pathname}${window.location.search}`,
);
const application = (
  <StrictMode>
    <Application
      language={language}
      messages={messages}
      preloaded={preloaded}
      router={(children) => <BrowserRouter>{children}</BrowserRouter>}
    />
  </StrictMode>
);

if (root.hasAttribute('data-server-rendered')) {
  // The server drew the page already, with the answers above: the browser takes it over as it is,
  // a little at a time between other work (a transition), so a slow phone stays responsive.
  startTransition(() => {
    hydrateRoot(root, application);
  });
} else {
  createRoot(root).render(application);
}
