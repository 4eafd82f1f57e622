/**
 * Texts of features the app loads on demand (capture import, listing diagnosis, export): each
 * feature keeps its own `{ en, ko, 'zh-CN' }` table next to its code, so the main dictionary, and
 * with it the embed script, does not carry them. Same `{param}` interpolation and the same locale
 * as the rest of the page.
 */
import { useMemo } from 'react';
import { useLocale } from './LocaleProvider';
import { interpolate } from './translate';
import type { MessageParams } from './dictionary';

export type FeatureTable<K extends string> = Readonly<Record<K, string>>;
export type FeatureStrings<K extends string> = {
  en: FeatureTable<K>;
  ko: FeatureTable<K>;
  'zh-CN': FeatureTable<K>;
};
export type FeatureTranslate<K extends string> = (key: K, params?: MessageParams) => string;

export function featureTranslator<K extends string>(
  strings: FeatureStrings<K>,
  locale: string,
): FeatureTranslate<K> {
  const table = (strings as Record<string, FeatureTable<K> | undefined>)[locale] ?? strings.en;
  return (key, params) => interpolate(table[key] ?? strings.en[key], params);
}

export function useFeatureStrings<K extends string>(
  strings: FeatureStrings<K>,
): FeatureTranslate<K> {
  const { locale } = useLocale();
  return useMemo(() => featureTranslator(strings, locale), [strings, locale]);
}
