import type { en } from './en';

/** Every text's key; the English file decides which exist. */
export type MessageKey = keyof typeof en;

/** What a language file provides: a string for every key (same `{params}` as English). */
export type Dictionary = { readonly [K in MessageKey]: string };

export type MessageParams = Readonly<Record<string, string | number>>;

export type Translate = (key: MessageKey, params?: MessageParams) => string;
