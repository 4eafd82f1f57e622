import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Dictionary, Translate } from './dictionary';
import en from './en';
import { DEFAULT_LOCALE, DICTIONARIES, matchLocale } from './locales';
import { createFormats, createTranslator, type NumberFormats } from './translate';

export interface LocaleValue {
  locale: string;
  dictionary: Dictionary;
  t: Translate;
  format: NumberFormats;
}

function localeValue(locale: string): LocaleValue {
  const dictionary = DICTIONARIES[locale] ?? en;
  return { locale, dictionary, t: createTranslator(dictionary, en), format: createFormats(locale) };
}

const LocaleContext = createContext<LocaleValue>(localeValue(DEFAULT_LOCALE));

export function LocaleProvider({ locale, children }: { locale?: string; children: ReactNode }) {
  const chosen = matchLocale(locale ? [locale] : []);
  const value = useMemo(() => localeValue(chosen), [chosen]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The locale in force, its number formats and its translate function. */
export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}

export function useT(): Translate {
  return useContext(LocaleContext).t;
}
