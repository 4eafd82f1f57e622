/**
 * Where the languages other than English come from: each one's dictionary is a module of its
 * own, fetched the first time the language is asked for (English is built in). The embeddable
 * element swaps this module for src/embed/scriptDictionaries.ts, which takes them from one script
 * next to its own: a single classic script cannot fetch modules. (Their teaching content is
 * src/teach/content/languageLoaders.ts.)
 */
import type { Dictionary } from './dictionary';

// Every `xx.ts` or `xx-YY.ts` file here whose default export is a Dictionary is a language.
const dictionaries = import.meta.glob<{ default: Dictionary }>([
  './[a-z][a-z].ts',
  './[a-z][a-z]-[A-Z][A-Z].ts',
  '!./en.ts',
]);

/** The languages to fetch, by locale (`ko`, `zh-CN`). */
export const DICTIONARY_LOADERS: Readonly<Record<string, () => Promise<Dictionary>>> =
  Object.fromEntries(
    Object.entries(dictionaries).map(([path, load]) => [
      path.slice(2, -3),
      () => load().then((mod) => mod.default),
    ]),
  );
