/**
 * The element's twin of src/i18n/languageLoaders.ts (swapped in by vite.embed.config.ts): the
 * dictionaries come from its script of languages (scriptLanguages.ts).
 */
import type { Dictionary } from '../i18n/dictionary';
import { loadPack, OTHERS } from './scriptLanguages';

export const DICTIONARY_LOADERS: Readonly<Record<string, () => Promise<Dictionary>>> =
  Object.fromEntries(
    OTHERS.map((locale) => [locale, () => loadPack().then((p) => p.dictionaries[locale]!)]),
  );
