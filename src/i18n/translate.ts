import type { Dictionary, MessageKey, MessageParams, Translate } from './dictionary';

const PARAM = /\{(\w+)\}/g;

/** Replaces `{name}` by params.name; a missing param stays visible as `{name}` to be noticed. */
export function interpolate(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(PARAM, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function paramNames(text: string): string[] {
  return [...text.matchAll(PARAM)].map((m) => m[1]!).sort();
}

export function createTranslator(dictionary: Dictionary, fallback: Dictionary): Translate {
  return (key: MessageKey, params?: MessageParams) =>
    interpolate(dictionary[key] ?? fallback[key] ?? key, params);
}

export interface NumberFormats {
  /**
   * Seconds on the clock: always three decimals (milliseconds), so the digits do not jump; six
   * (microseconds) when `fine`, for a capture's real times.
   */
  clock(seconds: number, fine?: boolean): string;
  /** Seconds in prose: at most two decimals; six when `fine`, as on the clock. */
  seconds(seconds: number, fine?: boolean): string;
  integer(n: number): string;
}

export function createFormats(locale: string): NumberFormats {
  const decimals = (digits: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const clock = decimals(3);
  const fineClock = decimals(6);
  const prose = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    clock: (s, fine) => (fine ? fineClock : clock).format(s),
    seconds: (s, fine) => (fine ? fineClock : prose).format(s),
    integer: (n) => whole.format(n),
  };
}
