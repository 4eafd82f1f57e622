import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Dictionary, Translate } from './dictionary';
import en from './en';
import { DEFAULT_LOCALE, loadDictionary, loadedDictionary, matchLocale } from './locales';
import { createFormats, createTranslator, type NumberFormats } from './translate';

export interface LocaleValue {
  locale: string;
  dictionary: Dictionary;
  t: Translate;
  format: NumberFormats;
  /**
   * Switches the language (any tag: `ko-KR` picks `ko`). The provider shows it at once and tells
   * its owner through `onLocaleChange`, which may remember it (the app: localStorage, the URL).
   */
  setLocale(locale: string): void;
}

function localeValue(
  locale: string,
  dictionary: Dictionary,
  setLocale: (locale: string) => void,
): LocaleValue {
  return {
    locale,
    dictionary,
    t: createTranslator(dictionary, en),
    format: createFormats(locale),
    setLocale,
  };
}

const LocaleContext = createContext<LocaleValue>(localeValue(DEFAULT_LOCALE, en, () => {}));

export interface LocaleProviderProps {
  /** The language asked for; a new value here wins over an earlier setLocale(). */
  locale?: string;
  /** Told of every setLocale(), with the locale chosen. */
  onLocaleChange?(locale: string): void;
  children: ReactNode;
}

export function LocaleProvider({ locale, onLocaleChange, children }: LocaleProviderProps) {
  const asked = matchLocale(locale ? [locale] : []);
  const [own, setOwn] = useState({ asked, chosen: asked });
  // The prop changed since: it wins (adjusting state while rendering, as React recommends).
  if (own.asked !== asked) setOwn({ asked, chosen: asked });
  const chosen = own.asked === asked ? own.chosen : asked;
  const setLocale = useCallback(
    (next: string) => {
      const match = matchLocale([next]);
      setOwn((prev) => ({ ...prev, chosen: match }));
      onLocaleChange?.(match);
    },
    [onLocaleChange],
  );
  // A language not loaded yet is fetched; until it arrives the page keeps the one it shows (a
  // first render in it is the caller's to prepare: loadDictionary before rendering).
  const [shown, setShown] = useState(() => (loadedDictionary(chosen) ? chosen : DEFAULT_LOCALE));
  const ready = loadedDictionary(chosen) ? chosen : shown;
  useEffect(() => {
    if (ready === chosen) return;
    let current = true;
    void loadDictionary(chosen).then(() => {
      if (current) setShown(chosen);
    });
    return () => {
      current = false;
    };
  }, [chosen, ready]);
  const value = useMemo(
    () => localeValue(ready, loadedDictionary(ready) ?? en, setLocale),
    [ready, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The locale in force, its number formats and its translate function. */
export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}

export function useT(): Translate {
  return useContext(LocaleContext).t;
}
