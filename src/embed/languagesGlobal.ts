/**
 * How the element's script of languages hands them over: it sets this global when it runs, and
 * src/embed/scriptLanguages.ts reads it once the script has loaded.
 */
import type { Dictionary } from '../i18n/dictionary';
import type { TeachContent } from '../teach/content/types';

export const LANGUAGES_GLOBAL = '__tcpHandshakeSimLanguages';

export interface LanguagesPack {
  dictionaries: Record<string, Dictionary>;
  teach: Record<string, TeachContent>;
}
