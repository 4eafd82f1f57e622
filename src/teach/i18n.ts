/**
 * How the teaching layer speaks: every visible text is a key of the typed content modules
 * (`content/en.ts`, later `ko.ts` and `zh-CN.ts`), resolved through the app's translator when it
 * gives one, else through the English content. Protocol notation (`<SEQ=100><CTL=SYN>`, the RFC's
 * `rcv SYN / snd SYN,ACK` labels) is the RFC's, not a language, and is not translated.
 */
import { paramNames } from '../i18n/translate';

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

/** `{name}` placeholders, filled as the app dictionary fills them. */
export { interpolate as fill } from '../i18n/translate';

/** Every `{name}` placeholder of a template, sorted (the completeness test compares them). */
export function placeholders(template: string): string[] {
  return [...new Set(paramNames(template))];
}

/** Seconds with millisecond precision, as the rest of the app writes times. */
export function secondsText(t: number): string {
  return t.toFixed(3);
}
