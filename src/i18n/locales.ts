/**
 * The languages on offer: every `xx.ts` or `xx-YY.ts` file in this folder whose default export is
 * a Dictionary. Adding a language is adding such a file; nothing else to register.
 */
import type { Dictionary } from './dictionary';
import en from './en';

const modules = import.meta.glob<{ default: Dictionary }>(
  ['./[a-z][a-z].ts', './[a-z][a-z]-[A-Z][A-Z].ts'],
  {
    eager: true,
  },
);

export const DEFAULT_LOCALE = 'en';

export const DICTIONARIES: Readonly<Record<string, Dictionary>> = Object.fromEntries([
  [DEFAULT_LOCALE, en],
  ...Object.entries(modules).map(([path, mod]) => [path.slice(2, -3), mod.default]),
]);

export const LOCALES: readonly string[] = Object.keys(DICTIONARIES).sort();

/** The best locale on offer for a list of preferences (`ko-KR` → `ko`, `zh-Hans-CN` → `zh-CN`). */
export function matchLocale(preferred: readonly string[]): string {
  for (const wanted of preferred) {
    const exact = LOCALES.find((l) => l.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact;
    const [language = '', ...rest] = wanted.split('-');
    const region = rest.at(-1)?.toUpperCase();
    const regional = LOCALES.find((l) => l === `${language.toLowerCase()}-${region}`);
    if (regional) return regional;
    const base = LOCALES.find((l) => l.split('-')[0] === language.toLowerCase());
    if (base) return base;
  }
  return DEFAULT_LOCALE;
}
