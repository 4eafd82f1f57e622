/**
 * Everything a page needs to speak a language: the app's dictionary and the teaching content.
 * Callers await it before their first render in that language, so nothing flashes in English.
 */
import { loadDictionary } from '../i18n/locales';
import { loadTeachStrings } from './content';

export async function loadLanguage(locale: string): Promise<void> {
  await Promise.all([loadDictionary(locale), loadTeachStrings(locale)]);
}
