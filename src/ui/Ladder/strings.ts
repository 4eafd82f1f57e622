/**
 * The ladder's translator: the app's `t` when given, else the English texts of the dictionary's
 * ladder part (src/i18n/parts/ladder.ts).
 */
import { ladderStrings } from '../../i18n/parts/ladder';
import { interpolate } from '../../i18n/translate';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export { ladderStrings };

export type LadderKey = keyof (typeof ladderStrings)['en'];

/**
 * The app's translator when given, else the English texts above; with the number of decimals
 * every time in this ladder is written with.
 */
export function ladderT(
  t?: Translate,
  digits = 3,
): ((key: LadderKey, params?: Record<string, string | number>) => string) & { digits: number } {
  return Object.assign(
    (key: LadderKey, params?: Record<string, string | number>) =>
      t ? t(key, params) : interpolate(ladderStrings.en[key], params),
    { digits },
  );
}

/** Seconds, as precisely as the ladder writes its times (milliseconds unless zoomed far in). */
export function seconds(tr: ReturnType<typeof ladderT>, t: number): string {
  return tr('ladder.seconds', { value: t.toFixed(tr.digits) });
}
