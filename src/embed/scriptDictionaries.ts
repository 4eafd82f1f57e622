/**
 * The element's twin of src/i18n/languageLoaders.ts (swapped in by vite.embed.config.ts): the
 * dictionaries come from its script of languages (scriptLanguages.ts).
 */
import { packLoaders } from './scriptLanguages';

export const DICTIONARY_LOADERS = packLoaders((pack) => pack.dictionaries);
