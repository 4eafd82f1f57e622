export type { Dictionary, MessageKey, MessageParams, Translate } from './dictionary';
export {
  LocaleProvider,
  useLocale,
  useT,
  type LocaleProviderProps,
  type LocaleValue,
} from './LocaleProvider';
export { initialLocale, LOCALE_STORAGE_KEY, storedLocale, storeLocale } from './persist';
export {
  DEFAULT_LOCALE,
  languageName,
  loadDictionary,
  loadedDictionary,
  LOCALES,
  matchLocale,
} from './locales';
export { createFormats, createTranslator, interpolate, type NumberFormats } from './translate';
