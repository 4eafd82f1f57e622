/**
 * The teaching content of the languages other than English, by locale: modules of their own,
 * fetched the first time the language is asked for. The embeddable element swaps this module for
 * src/embed/scriptTeachContent.ts, which takes them from its script of languages.
 */
import type { TeachContent } from './types';

export const TEACH_LOADERS: Readonly<Record<string, () => Promise<TeachContent>>> = {
  ko: () => import('./ko').then((m) => m.ko),
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
};
