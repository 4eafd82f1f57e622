/**
 * The reader's choice of language, remembered in this browser (`tcpsim.lang`). An explicit
 * choice for one page — `?lang=` or a share link's language — wins over it; the browser's
 * languages come last. Storage may be refused (privacy settings, sandboxed frames): then
 * nothing is remembered and nothing fails.
 */
import { LOCALES, matchLocale } from './locales';

export const LOCALE_STORAGE_KEY = 'tcpsim.lang';

interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function browserStorage(): KeyValue | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The language remembered in this browser, if it is one on offer. */
export function storedLocale(storage: KeyValue | null = browserStorage()): string | undefined {
  try {
    const value = storage?.getItem(LOCALE_STORAGE_KEY);
    return value && LOCALES.includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLocale(locale: string, storage: KeyValue | null = browserStorage()): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Full or refused: the choice lasts for this page only.
  }
}

/** Explicit (`?lang=`, a share link) first, then the remembered choice, then the browser's. */
export function initialLocale(
  explicit: string | undefined,
  browser: readonly string[],
  storage: KeyValue | null = browserStorage(),
): string {
  const preferred = [explicit, storedLocale(storage), ...browser].filter(
    (l): l is string => typeof l === 'string' && l !== '',
  );
  return matchLocale(preferred);
}
