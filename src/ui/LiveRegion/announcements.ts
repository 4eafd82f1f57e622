import type { StateEvent } from '../../sim/trace';
import type { Translate } from '../../i18n';
import type { TraceIndex } from '../../store';
import { segmentShort } from '../Wire/segmentText';

/** More changes than this in one stretch are summed up, not read one by one. */
export const MAX_READ_OUT = 3;

export function describeChange(t: Translate, index: TraceIndex, e: StateEvent): string {
  const life = e.seg === undefined ? undefined : index.segmentById(e.seg);
  const base = { host: e.host, from: e.from, to: e.to };
  return life
    ? t('announce.change', { ...base, segment: segmentShort(life.send) })
    : t('announce.changeWhy', { ...base, why: t(`why.state.${e.why}`) });
}

/** What to read out when playback moves from `from` to `to` (nothing when it moves back). */
export function announcement(t: Translate, index: TraceIndex, from: number, to: number): string {
  if (to <= from) return '';
  const changes = index.stateEventsBetween(from, to);
  if (changes.length === 0) return '';
  if (changes.length <= MAX_READ_OUT)
    return changes.map((e) => describeChange(t, index, e)).join('. ');
  return t('announce.many', {
    count: changes.length,
    last: describeChange(t, index, changes[changes.length - 1]!),
  });
}
