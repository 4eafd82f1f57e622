import type { Translate } from '../../i18n';

/** A socket's name (its scenario name, else what it is) and its address pair, for labels. */
export function socketLabel(
  t: Translate,
  s: { key: string; name: string | null; listener: boolean },
): { name: string; tuple: string } {
  const name = s.name ?? (s.listener ? t('endpoint.listener') : t('endpoint.unnamed'));
  const gt = s.key.indexOf('>');
  const local = gt < 0 ? s.key : s.key.slice(0, gt);
  const remote = gt < 0 ? '*' : s.key.slice(gt + 1);
  const tuple = remote === '*' ? local : t('endpoint.tuple', { local, remote });
  return { name, tuple };
}
