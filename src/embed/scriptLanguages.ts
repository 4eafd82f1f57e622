/**
 * The element's languages other than English: its one classic script cannot fetch modules, so
 * they come from one script next to its own, loaded the first time any of them is asked for (a
 * same-origin or already-trusted file, as the CSP allows). The element's script stays within its
 * budget. scriptDictionaries.ts and scriptTeachContent.ts read it for the app's loaders.
 */
import { LANGUAGE_NAMES } from '../i18n/names';
import { LANGUAGES_GLOBAL, type LanguagesPack } from './languagesGlobal';
import { LANGUAGES_URL } from './workerUrl';

let loading: Promise<LanguagesPack> | null = null;

export function loadPack(): Promise<LanguagesPack> {
  loading ??= new Promise<LanguagesPack>((resolve, reject) => {
    const read = () => (globalThis as Record<string, unknown>)[LANGUAGES_GLOBAL] as LanguagesPack;
    if (read()) return resolve(read());
    if (!LANGUAGES_URL) return reject(new Error('the simulator script URL is unknown'));
    const script = document.createElement('script');
    script.src = LANGUAGES_URL;
    script.onload = () => {
      if (read()) resolve(read());
      else reject(new Error(`${LANGUAGES_URL} did not define the languages`));
    };
    script.onerror = () => {
      // A later ask may try again (the network may be back).
      loading = null;
      reject(new Error(`${LANGUAGES_URL} could not be loaded`));
    };
    document.head.append(script);
  });
  return loading;
}

/** The languages in it: every one the picker names but English. */
export const OTHERS = Object.keys(LANGUAGE_NAMES).filter((locale) => locale !== 'en');
