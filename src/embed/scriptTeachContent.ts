/**
 * The element's twin of src/teach/content/languageLoaders.ts (swapped in by
 * vite.embed.config.ts): the teaching content comes from its script of languages
 * (scriptLanguages.ts).
 */
import type { TeachContent } from '../teach/content/types';
import { loadPack, OTHERS } from './scriptLanguages';

export const TEACH_LOADERS: Readonly<Record<string, () => Promise<TeachContent>>> =
  Object.fromEntries(
    OTHERS.map((locale) => [locale, () => loadPack().then((p) => p.teach[locale]!)]),
  );
