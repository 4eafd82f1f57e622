/**
 * The netstat panel's translator: the app's `t` when given, else the English texts of the
 * dictionary's netstat part (src/i18n/parts/netstat.ts).
 */
import { netstatStrings } from '../../i18n/parts/netstat';
import { interpolate } from '../../i18n/translate';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export { netstatStrings };

export type NetstatKey = keyof (typeof netstatStrings)['en'];
type Params = Record<string, string | number>;

export type NetstatT = (key: NetstatKey, params?: Params) => string;

/** The app's translator when given, else the English texts above. */
export function netstatT(t?: Translate): NetstatT {
  return (key, params) => (t ? t(key, params) : interpolate(netstatStrings.en[key], params));
}

export function seconds(tr: NetstatT, t: number): string {
  return tr('netstat.seconds', { value: t.toFixed(3) });
}
