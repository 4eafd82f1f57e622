/** How a segment is written: on its chip, in its accessible name, in announcements. */
import type { SendEvent } from '../../sim/trace';
import type { Translate } from '../../i18n';
import type { SegmentKind } from '../icons';
import type { SegmentLife } from '../../store';

export function segmentKind(send: Pick<SendEvent, 'flags' | 'len'>): SegmentKind {
  const flags = send.flags.split(',');
  if (flags.includes('RST')) return 'rst';
  if (flags.includes('SYN')) return flags.includes('ACK') ? 'synack' : 'syn';
  if (flags.includes('FIN')) return 'fin';
  if (send.len > 0) return 'data';
  return 'ack';
}

/** `SYN,ACK` as people write it: `SYN+ACK`. */
export function flagsLabel(flags: string): string {
  return flags.split(',').join('+');
}

export function segmentNumbers(t: Translate, send: SendEvent): string[] {
  const parts = [t('wire.seq', { seq: send.seq })];
  if (send.ack !== null) parts.push(t('wire.ack', { ack: send.ack }));
  if (send.len > 0) parts.push(t('wire.len', { len: send.len }));
  return parts;
}

/** The one number that names a segment in a sentence: its ACK for a pure ACK, else its SEQ. */
export function segmentShort(send: SendEvent): string {
  const kind = segmentKind(send);
  const number = (kind === 'ack' || kind === 'rst') && send.ack !== null ? send.ack : send.seq;
  return `${flagsLabel(send.flags)} ${number}`;
}

export function senderName(t: Translate, life: SegmentLife): string {
  return life.fromHost ?? t('host.spoofed');
}

/** "SYN, SEQ 100, from client, in flight" (the chip's accessible name, before its action). */
export function describeSegment(t: Translate, life: SegmentLife, lost: boolean): string {
  return t('wire.segmentName', {
    flags: flagsLabel(life.send.flags),
    numbers: segmentNumbers(t, life.send).join(', '),
    from: senderName(t, life),
    status:
      lost && life.dropReason
        ? t('wire.lost', { reason: t(`drop.${life.dropReason}`) })
        : t('wire.inFlight'),
  });
}
