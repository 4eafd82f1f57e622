/**
 * The element's languages other than English: its one classic script cannot fetch modules, so
 * they come from one script next to its own, loaded the first time any of them is asked for. The
 * element's script stays within its budget. scriptDictionaries.ts and scriptTeachContent.ts are
 * the app's loaders, swapped for ones that read it.
 */
import { LANGUAGE_NAMES } from '../i18n/names';
import { LANGUAGES_GLOBAL, type LanguagesPack } from './languagesGlobal';
import { loadSiblingScript } from './siblingScript';
import { LANGUAGES_URL } from './workerUrl';

let loading: Promise<LanguagesPack> | null = null;

function loadPack(): Promise<LanguagesPack> {
  loading ??= loadSiblingScript<LanguagesPack>(LANGUAGES_URL, LANGUAGES_GLOBAL, 'the languages');
  // A later ask may try again (the network may be back).
  loading.catch(() => (loading = null));
  return loading;
}

/** The languages in it: every one the picker names but English. */
const OTHERS = Object.keys(LANGUAGE_NAMES).filter((locale) => locale !== 'en');

/** A loader per language in the pack, of the part `pick` takes from it. */
export function packLoaders<T>(
  pick: (pack: LanguagesPack) => Record<string, T>,
): Readonly<Record<string, () => Promise<T>>> {
  return Object.fromEntries(
    OTHERS.map((locale) => [locale, () => loadPack().then((pack) => pick(pack)[locale]!)]),
  );
}
