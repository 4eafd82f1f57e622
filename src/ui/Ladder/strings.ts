/**
 * The ladder's visible and spoken texts, keyed as the app dictionary will key them: the app can
 * spread `ladderStrings.en` into its dictionary and pass its own `t` to route them through it.
 * Protocol notation (`<SEQ=100><CTL=SYN>`) is not here: it is the RFC's, not a language.
 */
import { interpolate } from '../../i18n/translate';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export const ladderStrings = {
  en: {
    'ladder.title': 'Ladder diagram of the segments between {left} and {right}',
    'ladder.summary': 'From {from} to {to}: {arrows} segments drawn, {bands} groups of segments.',
    'ladder.region': 'Ladder diagram, time running down',
    'ladder.seconds': '{value} s',
    'ladder.now': 'now {time}',
    'ladder.gap': '{duration} later',
    'ladder.otherHosts': 'other hosts',
    'ladder.retransmitOf': 'retransmit of #{id}',
    'ladder.arrowName': 'Segment #{id}, {from} to {to}, sent at {time}: {label}. {fate}',
    'ladder.fate.delivered': 'Delivered at {time}.',
    'ladder.fate.dropped': 'Dropped at {time}: {reason}.',
    'ladder.fate.inFlight': 'In flight.',
    'ladder.spoofed': 'Spoofed source.',
    'ladder.drop.rule': 'dropped by a rule',
    'ladder.drop.loss': 'lost',
    'ladder.drop.firewall': 'firewall',
    'ladder.drop.unreachable': 'host unreachable',
    'ladder.drop.queue-full': 'SYN queue full',
    'ladder.band.between': '{count} {flags}, {from} to {to}',
    'ladder.band.fromOthers': '{count} {flags} from other hosts',
    'ladder.band.fromSpoofed': '{count} {flags} from spoofed sources',
    'ladder.band.toOthers': '{count} {flags} to other hosts',
    'ladder.band.dropped': '{count} dropped',
    'ladder.band.droppedWhy': '{count} dropped ({reason})',
    'ladder.band.segments': 'segments',
    'ladder.band.name': '{text}, sent between {from} and {to}',
    'ladder.state.bucket': '{count} {state}',
    'ladder.state.bucketMore': '{count} {state} +{more}',
    'ladder.legend': 'Legend',
    'ladder.legend.syn': 'SYN',
    'ladder.legend.synack': 'SYN+ACK',
    'ladder.legend.ack': 'ACK',
    'ladder.legend.fin': 'FIN',
    'ladder.legend.rst': 'RST',
    'ladder.legend.data': 'data',
    'ladder.legend.retransmit': 'retransmission',
    'ladder.legend.drop': 'dropped',
  },
} as const;

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
