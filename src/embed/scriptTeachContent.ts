/**
 * The element's twin of src/teach/content/languageLoaders.ts (swapped in by
 * vite.embed.config.ts): the teaching content comes from its script of languages
 * (scriptLanguages.ts).
 */
import { packLoaders } from './scriptLanguages';

export const TEACH_LOADERS = packLoaders((pack) => pack.teach);
