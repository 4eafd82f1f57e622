export type { Dictionary, MessageKey, MessageParams, Translate } from './dictionary';
export { LocaleProvider, useLocale, useT, type LocaleValue } from './LocaleProvider';
export { DEFAULT_LOCALE, DICTIONARIES, LOCALES, matchLocale } from './locales';
export { createFormats, createTranslator, interpolate, type NumberFormats } from './translate';
