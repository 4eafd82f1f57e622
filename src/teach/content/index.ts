/**
 * The content modules, keyed as the app dictionary will key them. The app passes
 * `teachTranslator(locale, t)` to the components (the locale's teaching strings, then English,
 * then the app's own dictionary); without a `t` they speak the English content.
 */
import type { SendReason } from '../../sim/segment';
import { TCP_STATES, type TcpState } from '../../sim/state';
import { fill, type Params, type Translate } from '../i18n';
import { TEACH_LOADERS } from './languageLoaders';
import { en } from './en';
import type { BulkAdvice, StateExplanation, TeachContent } from './types';

export type { TeachContent, StateExplanation, BulkAdvice } from './types';

export type StateField = Exclude<keyof StateExplanation, 'inBulk'> | `inBulk.${keyof BulkAdvice}`;

export const stateKey = (state: TcpState, field: StateField): string =>
  `teach.state.${state}.${field}`;
export const edgeKey = (id: string): string => `teach.edge.${id}`;
export const causeKey = (why: string): string => `teach.cause.${why}`;
export const sendKey = (why: SendReason | string): string => `teach.send.${why}`;

/** One flat dictionary: `teach.state.LISTEN.meaning`, `teach.edge.CLOSED-LISTEN`, `predict.title`… */
export function flattenTeachContent(c: TeachContent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const state of TCP_STATES) {
    const s = c.stateContent[state];
    out[stateKey(state, 'meaning')] = s.meaning;
    out[stateKey(state, 'side')] = s.side;
    out[stateKey(state, 'duration')] = s.duration;
    out[stateKey(state, 'spellings')] = s.spellings;
    out[stateKey(state, 'inBulk.what')] = s.inBulk.what;
    out[stateKey(state, 'inBulk.cause')] = s.inBulk.cause;
    out[stateKey(state, 'inBulk.fix')] = s.inBulk.fix;
  }
  for (const [id, text] of Object.entries(c.edgeContent)) out[edgeKey(id)] = text;
  for (const [why, text] of Object.entries(c.stateCauses)) out[causeKey(why)] = text;
  for (const [why, text] of Object.entries(c.segmentReasons)) out[sendKey(why)] = text;
  for (const [key, text] of Object.entries(c.ui)) out[key] = text;
  return out;
}

/**
 * Each language's content, keyed by the app's locale names (src/i18n: `en`, `ko`, `zh-CN`).
 * English is built in; the others are fetched the first time they are asked for.
 */
const TEACH_CONTENT: Readonly<Record<string, () => Promise<TeachContent>>> = {
  en: () => Promise.resolve(en),
  ...TEACH_LOADERS,
};

export const TEACH_LOCALES: readonly string[] = Object.keys(TEACH_CONTENT);

const loaded = new Map<string, Readonly<Record<string, string>>>([['en', flattenTeachContent(en)]]);

/** English teaching strings, always there. */
export const englishTeachStrings: Readonly<Record<string, string>> = loaded.get('en')!;

/** A locale's teaching strings if loaded already. */
export function loadedTeachStrings(locale: string): Readonly<Record<string, string>> | undefined {
  return loaded.get(locale);
}

/** Loads a locale's teaching content once; a locale without content resolves at once. */
export async function loadTeachStrings(locale: string): Promise<void> {
  if (loaded.has(locale)) return;
  const load = TEACH_CONTENT[locale];
  if (!load) return;
  loaded.set(locale, flattenTeachContent(await load()));
}

/**
 * A translator over one locale's teaching strings, falling back to English, then to `fallback`
 * (the app's own translator, for keys the content does not hold), then to the key itself.
 */
export function teachTranslator(locale: string, fallback?: Translate): Translate {
  const english = englishTeachStrings;
  const own = loaded.get(locale) ?? english;
  return (key: string, params?: Params) => {
    const text = own[key] ?? english[key];
    if (text !== undefined) return fill(text, params);
    return fallback ? fallback(key, params) : fill(key, params);
  };
}

/** The app's translator when given, else the English content (unknown keys come back as is). */
export function teachT(t?: Translate): Translate {
  if (t) return t;
  const dict = englishTeachStrings;
  return (key: string, params?: Params) => fill(dict[key] ?? key, params);
}
