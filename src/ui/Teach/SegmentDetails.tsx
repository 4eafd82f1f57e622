import { bisector } from 'd3-array';
import { memo, useMemo } from 'react';
import { useLocale } from '../../i18n';
import type { TcpOptions } from '../../sim/segment';
import type { StateEvent } from '../../sim/trace';
import { teachSockets, useSimStore } from '../../store';
import { causeKey, sendKey } from '../../teach/content';
import { CloseIcon, SegmentGlyph } from '../icons';
import { flagsLabel, segmentKind, senderName } from '../Wire/segmentText';
import { socketLabel } from './socketLabel';
import { useTeachT } from './useTeachT';

const NO_EVENTS: readonly StateEvent[] = [];

/** Options as tcpdump prints them: the notation practitioners read, in any language. */
export function optionsText(options: TcpOptions | undefined): string | null {
  if (!options) return null;
  const parts: string[] = [];
  if (options.mss !== undefined) parts.push(`mss ${options.mss}`);
  if (options.sackPermitted) parts.push('sackOK');
  if (options.timestamp) parts.push(`TS val ${options.timestamp[0]} ecr ${options.timestamp[1]}`);
  if (options.windowScale !== undefined) parts.push(`wscale ${options.windowScale}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * A segment — the selected one (pressed on the wire in "explain" mode, or picked on the ladder),
 * or the one given — with every field it carries, the rule of the state machine that sent it,
 * and what its arrival did. Only the selected one can be cleared (and carries the test id).
 */
const byTime = bisector((e: StateEvent) => e.t);

export const SegmentDetails = memo(function SegmentDetails({
  segment,
  heading,
}: {
  /** The segment to explain; by default the selected one. */
  segment?: number | null;
  /** A line above the segment's title saying why this one is shown. */
  heading?: string;
} = {}) {
  const { t, format } = useLocale();
  const tt = useTeachT();
  const selected = useSimStore((s) => s.selectedSegment);
  const id = segment === undefined ? selected : segment;
  const pinned = id !== null && id === selected;
  const life = useSimStore((s) => (id === null ? undefined : s.index.segmentById(id)));
  const stateEvents = useSimStore((s) => s.index.stateEvents);
  const sockets = useSimStore(teachSockets);
  const arrived = useSimStore((s) =>
    life?.endAt === null || life === undefined ? false : s.time >= life.endAt - 1e-7,
  );
  const select = useSimStore((s) => s.selectSegment);
  // A capture's moments are microseconds apart on a LAN: they are written so.
  const fine = useSimStore((s) => s.source.kind === 'capture');
  // What the segment changed happens between its sending and its fate: only that stretch of the
  // state changes is looked at (port exhaustion has 280,000, and the latest segment changes with
  // every event while playing).
  const endAt = life?.endAt;
  const changes = useMemo(() => {
    if (id === null || !life) return NO_EVENTS;
    const to = endAt ?? Number.POSITIVE_INFINITY;
    const out: StateEvent[] = [];
    for (let i = byTime.left(stateEvents, life.sentAt - 1e-6); i < stateEvents.length; i++) {
      const e = stateEvents[i]!;
      if (e.t > to + 1e-6) break;
      if (e.seg === id) out.push(e);
    }
    return out;
  }, [stateEvents, id, life, endAt]);
  // A socket is named when its application gets it (accept()): after the SYN that made it.
  const nameOf = (e: StateEvent): string => {
    const known = sockets.find((s) => s.host === e.host && s.key === e.socket);
    const label = socketLabel(t, {
      key: e.socket,
      name: e.name ?? known?.name ?? null,
      listener: e.socket.endsWith('>*'),
    });
    return e.name ?? known?.name ?? label.tuple;
  };
  if (id === null || !life) return null;
  const send = life.send;
  const kind = segmentKind(send);
  const none = t('segment.none');
  const options = optionsText(send.options);

  let effects: string[];
  if (!arrived) {
    effects = [life.end === null ? t('segment.fate.none') : t('segment.effect.pending')];
  } else if (life.end === 'drop') {
    effects = [t('segment.effect.drop', { reason: t(`drop.${life.dropReason ?? 'loss'}`) })];
  } else {
    const at = t('segment.fate.deliver', { time: format.seconds(life.endAt!, fine) });
    effects =
      changes.length === 0
        ? [`${at} ${t('segment.effect.none')}`]
        : [
            at,
            ...changes.map(
              (e) =>
                `${t('segment.effect.state', { socket: nameOf(e), host: e.host, from: e.from, to: e.to })} ${tt(causeKey(e.why))}`,
            ),
          ];
  }

  return (
    <section
      className="details"
      aria-label={t('segment.heading', { id })}
      data-kind={kind}
      data-testid={pinned ? 'segment-details' : 'segment-latest'}
    >
      {heading && <p className="details__context">{heading}</p>}
      <h3 className="details__title">
        <SegmentGlyph kind={kind} className="details__glyph" />
        {t('segment.heading', { id })} <span>{flagsLabel(send.flags)}</span>
      </h3>
      <p>
        {t('segment.sentAt', {
          time: format.seconds(send.t, fine),
          from: senderName(t, life),
          to: life.toHost ?? send.to,
        })}
        {send.retransmit && send.of !== undefined && (
          <> {t('wire.retransmitOf', { id: send.of })}</>
        )}
      </p>
      <h4 className="details__subtitle">{t('segment.fields')}</h4>
      <dl className="details__fields">
        <div>
          <dt>{t('segment.field.flags')}</dt>
          <dd className="tcpsim-mono">{send.flags}</dd>
        </div>
        <div>
          <dt>{t('segment.field.seq')}</dt>
          <dd className="tcpsim-mono">{send.seq}</dd>
        </div>
        <div>
          <dt>{t('segment.field.ack')}</dt>
          <dd className="tcpsim-mono">{send.ack ?? none}</dd>
        </div>
        <div>
          <dt>{t('segment.field.window')}</dt>
          <dd className="tcpsim-mono">{send.win}</dd>
        </div>
        <div>
          <dt>{t('segment.field.options')}</dt>
          <dd className="tcpsim-mono">{options ?? none}</dd>
        </div>
        <div>
          <dt>{t('segment.field.length')}</dt>
          <dd className="tcpsim-mono">{t('segment.bytes', { count: format.integer(send.len) })}</dd>
        </div>
      </dl>
      <h4 className="details__subtitle">{t('segment.why')}</h4>
      <p>{tt(sendKey(send.why))}</p>
      <h4 className="details__subtitle">{t('segment.effect')}</h4>
      {effects.length === 1 ? (
        <p>{effects[0]}</p>
      ) : (
        <ul className="details__effects">
          {effects.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
      {pinned && (
        <button type="button" onClick={() => select(null)}>
          <CloseIcon />
          {t('segment.clear')}
        </button>
      )}
    </section>
  );
});
