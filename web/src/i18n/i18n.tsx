import { DirectionProvider, useDirection } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import {
  DEFAULT_UI_LANGUAGE,
  directionOf,
  isUiLanguage,
  LANGUAGE_COOKIE,
  type UiLanguage,
} from '../../../src/shared/languages.ts';

export type Messages = Record<string, string>;

// Each language's messages are their own chunk: a reader downloads only their own.
const loaders: Record<UiLanguage, () => Promise<{ default: Messages }>> = {
  ar: () => import('./messages/ar.json'),
  fr: () => import('./messages/fr.json'),
  en: () => import('./messages/en.json'),
};

export function loadMessages(language: UiLanguage): Promise<Messages> {
  return loaders[language]().then((module) => module.default);
}

/** The language the server chose from the cookie or Accept-Language, written on <html lang>. */
export function initialLanguage(): UiLanguage {
  const fromPage = document.documentElement.lang;
  return isUiLanguage(fromPage) ? fromPage : DEFAULT_UI_LANGUAGE;
}

interface LanguageContextValue {
  language: UiLanguage;
  setLanguage(language: UiLanguage): void;
}
const LanguageContext = createContext<LanguageContextValue | null>(null);

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}

function DirectionSync({ language }: { language: UiLanguage }) {
  const { setDirection } = useDirection();
  useEffect(() => setDirection(directionOf(language)), [language, setDirection]);
  return null;
}

export function LanguageProvider(props: { initial: UiLanguage; messages: Messages; children: ReactNode }) {
  const [state, setState] = useState({ language: props.initial, messages: props.messages });
  const setLanguage = useCallback((language: UiLanguage) => {
    // Remembered for a year, for the server to render the next visit in the same language.
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from some browsers readers use
    document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=31536000; samesite=lax`;
    void loadMessages(language).then((messages) => {
      document.documentElement.lang = language;
      document.documentElement.dir = directionOf(language);
      setState({ language, messages });
    });
  }, []);
  const value = useMemo(() => ({ language: state.language, setLanguage }), [state.language, setLanguage]);
  return (
    <DirectionProvider initialDirection={directionOf(props.initial)} detectDirection={false}>
      <DirectionSync language={state.language} />
      <LanguageContext.Provider value={value}>
        <IntlProvider locale={state.language} messages={state.messages} defaultLocale="en">
          {props.children}
        </IntlProvider>
      </LanguageContext.Provider>
    </DirectionProvider>
  );
}

/** The translate function: an ICU message by id, with its values. */
export function useT(): (id: string, values?: Record<string, string | number | Date>) => string {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}
