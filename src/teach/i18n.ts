/**
 * How the teaching layer speaks: every visible text is a key of the typed content modules
 * (`content/en.ts`, later `ko.ts` and `zh-CN.ts`), resolved through the app's translator when it
 * gives one, else through the English content. Protocol notation (`<SEQ=100><CTL=SYN>`, the RFC's
 * `rcv SYN / snd SYN,ACK` labels) is the RFC's, not a language, and is not translated.
 */
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

/** `{name}` placeholders, as the app dictionary writes them. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Every `{name}` placeholder of a template, sorted (the completeness test compares them). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** Seconds with millisecond precision, as the rest of the app writes times. */
export function secondsText(t: number): string {
  return t.toFixed(3);
}
