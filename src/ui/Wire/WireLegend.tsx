import { memo } from 'react';
import { useLocale } from '../../i18n';
import { CrossIcon, SegmentGlyph, type SegmentKind } from '../icons';

const KINDS: SegmentKind[] = ['syn', 'synack', 'ack', 'data', 'fin', 'rst'];

/** What the colours and shapes mean. */
export const WireLegend = memo(function WireLegend() {
  const { t } = useLocale();
  return (
    <ul className="legend" aria-label={t('wire.legend')}>
      {KINDS.map((kind) => (
        <li key={kind} className="legend__item" data-kind={kind}>
          <SegmentGlyph kind={kind} className="legend__glyph" />
          {t(`wire.kind.${kind}`)}
        </li>
      ))}
      <li className="legend__item legend__item--retransmit">
        <span className="legend__dash" aria-hidden="true" />
        {t('wire.kind.retransmit')}
      </li>
      <li className="legend__item">
        <CrossIcon className="legend__cross" />
        {t('wire.kind.lost')}
      </li>
    </ul>
  );
});
