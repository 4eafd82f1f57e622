/**
 * The ladder's translator: the app's `t` when given, else the English texts of the dictionary's
 * ladder part (src/i18n/parts/ladder.ts).
 */
import { ladderStrings } from '../../i18n/parts/ladder';
import { interpolate } from '../../i18n/translate';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export { ladderStrings };

export type LadderKey = keyof (typeof ladderStrings)['en'];

/** The app's translator when given, else the English texts above. */
export function ladderT(
  t?: Translate,
): (key: LadderKey, params?: Record<string, string | number>) => string {
  return (key, params) => (t ? t(key, params) : interpolate(ladderStrings.en[key], params));
}

/** Seconds with millisecond precision, as every time in the ladder is shown. */
export function seconds(tr: ReturnType<typeof ladderT>, t: number): string {
  return tr('ladder.seconds', { value: t.toFixed(3) });
}
