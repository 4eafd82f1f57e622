/**
 * Each language's name in itself, known before its dictionary is loaded (the picker lists them
 * all). A new language file needs its line here; locales.test.ts checks that the two agree.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  ko: '한국어',
  'zh-CN': '简体中文',
};
