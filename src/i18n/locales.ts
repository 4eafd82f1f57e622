/**
 * The languages on offer: every `xx.ts` or `xx-YY.ts` file in this folder whose default export is
 * a Dictionary (languageLoaders.ts), plus its name in `names.ts` (the language picker lists every
 * language before any is loaded). English is built in; the others are fetched the first time they
 * are asked for, so a first visit does not download languages it does not show.
 */
import type { Dictionary } from './dictionary';
import en from './en';
import { DICTIONARY_LOADERS } from './languageLoaders';
import { LANGUAGE_NAMES } from './names';

export const DEFAULT_LOCALE = 'en';

const LOADERS: Readonly<Record<string, () => Promise<Dictionary>>> = {
  [DEFAULT_LOCALE]: () => Promise.resolve(en),
  ...DICTIONARY_LOADERS,
};

export const LOCALES: readonly string[] = Object.keys(LOADERS).sort();

/** A language's own name for itself ("한국어"), for pickers and announcements. */
export function languageName(locale: string): string {
  return LANGUAGE_NAMES[locale] ?? locale;
}

const loaded = new Map<string, Dictionary>([[DEFAULT_LOCALE, en]]);
const pending = new Map<string, Promise<Dictionary>>();

/** The dictionary of a locale if it is loaded already (English always is). */
export function loadedDictionary(locale: string): Dictionary | undefined {
  return loaded.get(locale);
}

/** Loads a locale's dictionary once; an unknown locale gives English. */
export function loadDictionary(locale: string): Promise<Dictionary> {
  const done = loaded.get(locale);
  if (done) return Promise.resolve(done);
  const load = LOADERS[locale];
  if (!load) return Promise.resolve(en);
  let promise = pending.get(locale);
  if (!promise) {
    promise = load().then((dictionary) => {
      loaded.set(locale, dictionary);
      return dictionary;
    });
    pending.set(locale, promise);
  }
  return promise;
}

/** The best locale on offer for a list of preferences (`ko-KR` → `ko`, `zh-Hans-CN` → `zh-CN`). */
export function matchLocale(preferred: readonly string[]): string {
  for (const wanted of preferred) {
    const exact = LOCALES.find((l) => l.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact;
    const [language = '', ...rest] = wanted.split('-');
    const region = rest.at(-1)?.toUpperCase();
    const regional = LOCALES.find((l) => l === `${language.toLowerCase()}-${region}`);
    if (regional) return regional;
    const base = LOCALES.find((l) => l.split('-')[0] === language.toLowerCase());
    if (base) return base;
  }
  return DEFAULT_LOCALE;
}
