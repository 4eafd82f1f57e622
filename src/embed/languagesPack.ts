/**
 * The element's languages other than English, as one classic script next to its own:
 * dist/embed/tcp-handshake-sim.languages.js (vite.embed-languages.config.ts). It only hands its
 * texts over (languagesGlobal.ts); the element loads it the first time another language is
 * asked for, so a page in English never downloads them.
 */
import ko from '../i18n/ko';
import zhCN from '../i18n/zh-CN';
import { ko as teachKo } from '../teach/content/ko';
import { zhCN as teachZhCN } from '../teach/content/zh-CN';
import { LANGUAGES_GLOBAL, type LanguagesPack } from './languagesGlobal';

const pack: LanguagesPack = {
  dictionaries: { ko, 'zh-CN': zhCN },
  teach: { ko: teachKo, 'zh-CN': teachZhCN },
};
(globalThis as Record<string, unknown>)[LANGUAGES_GLOBAL] = pack;
