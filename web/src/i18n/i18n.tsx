import { DirectionProvider, useDirection } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';

export const LANGUAGES = ['ar', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Messages = Record<string, string>;

export const LANGUAGE_COOKIE = 'jumelage_lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

// Each language's messages are their own chunk: a reader downloads only their own.
const loaders: Record<Language, () => Promise<{ default: Messages }>> = {
  ar: () => import('./messages/ar.json'),
  fr: () => import('./messages/fr.json'),
  en: () => import('./messages/en.json'),
};

export function loadMessages(language: Language): Promise<Messages> {
  return loaders[language]().then((module) => module.default);
}

/** The language the server chose from the cookie or Accept-Language, written on <html lang>. */
export function initialLanguage(): Language {
  const fromPage = document.documentElement.lang;
  return isLanguage(fromPage) ? fromPage : 'en';
}

interface LanguageContextValue {
  language: Language;
  setLanguage(language: Language): void;
}
const LanguageContext = createContext<LanguageContextValue | null>(null);

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}

function DirectionSync({ language }: { language: Language }) {
  const { setDirection } = useDirection();
  useEffect(() => setDirection(directionOf(language)), [language, setDirection]);
  return null;
}

export function LanguageProvider(props: { initial: Language; messages: Messages; children: ReactNode }) {
  const [state, setState] = useState({ language: props.initial, messages: props.messages });
  const setLanguage = useCallback((language: Language) => {
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
