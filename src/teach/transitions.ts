/**
 * The transitions of RFC 9293 Figure 5, its notes, and the ways out to CLOSED that the figure
 * leaves to its text (RST, ABORT, timeouts; RFC §3.10), each with the RFC's "event / action"
 * label, and the map from a trace's state change (from, to, why) to one of them.
 *
 * Pure data: the state diagram adds geometry (src/ui/StateDiagram/diagramModel.ts), the content
 * modules explain each transition by its id (content/en.ts `edgeContent`).
 */
import type { TcpState } from '../sim/state';
import type { StateCause } from '../sim/trace';

/**
 * `figure`: drawn in RFC 9293 Figure 5. `note`: the FIN_WAIT_1 → TIME_WAIT shortcut of note 2.
 * `extra`: allowed by the RFC's text (§3.10.7.4) but not drawn. `abort`: any state → CLOSED on
 * RST, ABORT or a timeout (note 3, §3.10.5, §3.10.8), drawn on demand.
 */
export type TransitionKind = 'figure' | 'note' | 'extra' | 'abort';

export interface RfcLabel {
  /** What happens: `rcv SYN`, `CLOSE`, `Timeout=2MSL`. */
  event: string;
  /**
   * What TCP does: `snd SYN,ACK`, `delete TCB`; `x` means nothing (the RFC's own mark); empty
   * where the figure writes no action (`rcv RST (note 1)`).
   */
  action: string;
}

export interface RfcTransition extends RfcLabel {
  id: string;
  from: TcpState;
  to: TcpState;
  kind: TransitionKind;
  /** The trace causes this transition stands for; the first match wins in transitionFor(). */
  causes: readonly StateCause[];
  /** Where the RFC says so. */
  source: string;
}

const ALL_ABORT_CAUSES = [
  'rcv-rst',
  'abort',
  'unread-data',
  'retries-exhausted',
  'synack-retries-exhausted',
  'finwait2-timeout',
  'timewait-reuse',
  'listener-closed',
  'data-after-close',
  'accept-overflow',
  'shutdown',
  'close',
] as const satisfies readonly StateCause[];

function abort<S extends TcpState>(from: S) {
  return {
    id: `abort-${from}` as `abort-${S}`,
    from,
    to: 'CLOSED',
    event: 'rcv RST, ABORT, timeout',
    action: 'delete TCB',
    kind: 'abort',
    causes: ALL_ABORT_CAUSES,
    source: 'RFC 9293 §3.10.5, §3.10.7, §3.10.8; Figure 5 note 3',
  } as const;
}

export const TRANSITIONS = [
  {
    id: 'CLOSED-LISTEN',
    from: 'CLOSED',
    to: 'LISTEN',
    event: 'passive OPEN',
    action: 'create TCB',
    kind: 'figure',
    causes: ['listen'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'CLOSED-SYN_SENT',
    from: 'CLOSED',
    to: 'SYN_SENT',
    event: 'active OPEN',
    action: 'create TCB, snd SYN',
    kind: 'figure',
    causes: ['connect'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'LISTEN-CLOSED',
    from: 'LISTEN',
    to: 'CLOSED',
    event: 'CLOSE',
    action: 'delete TCB',
    kind: 'figure',
    causes: ['close', 'abort', 'listener-closed'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'LISTEN-SYN_RECEIVED',
    from: 'LISTEN',
    to: 'SYN_RECEIVED',
    event: 'rcv SYN',
    action: 'snd SYN,ACK',
    kind: 'figure',
    causes: ['rcv-syn', 'syncookie'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'LISTEN-SYN_SENT',
    from: 'LISTEN',
    to: 'SYN_SENT',
    event: 'SEND',
    action: 'snd SYN',
    kind: 'figure',
    causes: ['connect'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'SYN_SENT-SYN_RECEIVED',
    from: 'SYN_SENT',
    to: 'SYN_RECEIVED',
    event: 'rcv SYN',
    action: 'snd SYN,ACK',
    kind: 'figure',
    causes: ['rcv-syn'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'SYN_SENT-CLOSED',
    from: 'SYN_SENT',
    to: 'CLOSED',
    event: 'CLOSE',
    action: 'delete TCB',
    kind: 'figure',
    causes: ['close', 'shutdown'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'SYN_SENT-ESTABLISHED',
    from: 'SYN_SENT',
    to: 'ESTABLISHED',
    event: 'rcv SYN,ACK',
    action: 'snd ACK',
    kind: 'figure',
    causes: ['rcv-synack'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'SYN_RECEIVED-ESTABLISHED',
    from: 'SYN_RECEIVED',
    to: 'ESTABLISHED',
    event: 'rcv ACK of SYN',
    action: 'x',
    kind: 'figure',
    causes: ['rcv-ack', 'syncookie'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'SYN_RECEIVED-LISTEN',
    from: 'SYN_RECEIVED',
    to: 'LISTEN',
    event: 'rcv RST (note 1)',
    action: '',
    kind: 'figure',
    causes: ['rcv-rst', 'rcv-syn'],
    source: 'RFC 9293 Figure 5, note 1',
  },
  {
    id: 'SYN_RECEIVED-FIN_WAIT_1',
    from: 'SYN_RECEIVED',
    to: 'FIN_WAIT_1',
    event: 'CLOSE',
    action: 'snd FIN',
    kind: 'figure',
    causes: ['close', 'shutdown'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'SYN_RECEIVED-CLOSE_WAIT',
    from: 'SYN_RECEIVED',
    to: 'CLOSE_WAIT',
    event: 'rcv FIN',
    action: 'snd ACK',
    kind: 'extra',
    causes: ['rcv-fin'],
    source: 'RFC 9293 §3.10.7.4 (eighth step)',
  },
  {
    id: 'ESTABLISHED-FIN_WAIT_1',
    from: 'ESTABLISHED',
    to: 'FIN_WAIT_1',
    event: 'CLOSE',
    action: 'snd FIN',
    kind: 'figure',
    causes: ['close', 'shutdown'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'ESTABLISHED-CLOSE_WAIT',
    from: 'ESTABLISHED',
    to: 'CLOSE_WAIT',
    event: 'rcv FIN',
    action: 'snd ACK',
    kind: 'figure',
    causes: ['rcv-fin'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'FIN_WAIT_1-FIN_WAIT_2',
    from: 'FIN_WAIT_1',
    to: 'FIN_WAIT_2',
    event: 'rcv ACK of FIN',
    action: 'x',
    kind: 'figure',
    causes: ['rcv-ack-of-fin'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'FIN_WAIT_1-CLOSING',
    from: 'FIN_WAIT_1',
    to: 'CLOSING',
    event: 'rcv FIN',
    action: 'snd ACK',
    kind: 'figure',
    causes: ['rcv-fin'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'FIN_WAIT_1-TIME_WAIT',
    from: 'FIN_WAIT_1',
    to: 'TIME_WAIT',
    event: 'rcv FIN, ACK of our FIN',
    action: 'snd ACK',
    kind: 'note',
    causes: ['rcv-fin-ack', 'rcv-fin'],
    source: 'RFC 9293 Figure 5, note 2',
  },
  {
    id: 'FIN_WAIT_2-TIME_WAIT',
    from: 'FIN_WAIT_2',
    to: 'TIME_WAIT',
    event: 'rcv FIN',
    action: 'snd ACK',
    kind: 'figure',
    causes: ['rcv-fin'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'CLOSE_WAIT-LAST_ACK',
    from: 'CLOSE_WAIT',
    to: 'LAST_ACK',
    event: 'CLOSE',
    action: 'snd FIN',
    kind: 'figure',
    causes: ['close', 'shutdown'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'CLOSING-TIME_WAIT',
    from: 'CLOSING',
    to: 'TIME_WAIT',
    event: 'rcv ACK of FIN',
    action: 'x',
    kind: 'figure',
    causes: ['rcv-ack-of-fin'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'LAST_ACK-CLOSED',
    from: 'LAST_ACK',
    to: 'CLOSED',
    event: 'rcv ACK of FIN',
    action: 'x',
    kind: 'figure',
    causes: ['rcv-ack-of-fin'],
    source: 'RFC 9293 Figure 5',
  },
  {
    id: 'TIME_WAIT-CLOSED',
    from: 'TIME_WAIT',
    to: 'CLOSED',
    event: 'Timeout=2MSL',
    action: 'delete TCB',
    kind: 'figure',
    causes: ['timewait-timeout'],
    source: 'RFC 9293 Figure 5',
  },
  abort('SYN_SENT'),
  abort('SYN_RECEIVED'),
  abort('ESTABLISHED'),
  abort('FIN_WAIT_1'),
  abort('FIN_WAIT_2'),
  abort('CLOSE_WAIT'),
  abort('CLOSING'),
  abort('LAST_ACK'),
  abort('TIME_WAIT'),
] as const satisfies readonly RfcTransition[];

export type TransitionId = (typeof TRANSITIONS)[number]['id'];

export const TRANSITION_IDS: readonly TransitionId[] = TRANSITIONS.map((tr) => tr.id);

const BY_ID = new Map<string, RfcTransition>(TRANSITIONS.map((tr) => [tr.id, tr]));

export function transitionById(id: string): RfcTransition | undefined {
  return BY_ID.get(id);
}

export function isTransitionId(id: string): id is TransitionId {
  return BY_ID.has(id);
}

const memo = new Map<string, TransitionId | null>();

/**
 * The transition a trace's state change walked: the one with the same states whose causes
 * include `why`; else, for a way out to CLOSED, that state's abort transition; else any
 * transition with the same states; else null (a change the RFC does not draw).
 */
export function transitionFor(from: TcpState, to: TcpState, why: string): TransitionId | null {
  const key = `${from}>${to}>${why}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const same = TRANSITIONS.filter((tr) => tr.from === from && tr.to === to);
  const found =
    same.find((tr) => tr.kind !== 'abort' && (tr.causes as readonly string[]).includes(why)) ??
    same.find((tr) => tr.kind === 'abort') ??
    same[0] ??
    null;
  const id = found ? found.id : null;
  memo.set(key, id);
  return id;
}

/**
 * The label to show for a transition taken for a particular cause. The way out to CLOSED is one
 * arrow with many reasons, so it is labelled by the reason it was taken for; every other arrow
 * keeps the RFC's label.
 */
export function labelFor(id: string, why?: string): RfcLabel {
  const tr = BY_ID.get(id);
  if (!tr) return { event: id, action: '' };
  if (tr.kind !== 'abort' || why === undefined) return { event: tr.event, action: tr.action };
  const quiet = tr.from === 'SYN_SENT' || tr.from === 'CLOSING' || tr.from === 'LAST_ACK';
  switch (why) {
    case 'rcv-rst':
      return { event: 'rcv RST', action: 'delete TCB' };
    case 'abort':
      return {
        event: 'ABORT',
        action: quiet || tr.from === 'TIME_WAIT' ? 'delete TCB' : 'snd RST',
      };
    case 'close':
    case 'shutdown':
      return { event: 'CLOSE', action: 'delete TCB' };
    case 'unread-data':
      return { event: 'CLOSE, unread data', action: 'snd RST' };
    case 'data-after-close':
      return { event: 'rcv data after CLOSE', action: 'snd RST' };
    case 'retries-exhausted':
      return { event: 'Timeout (retries)', action: 'delete TCB' };
    case 'synack-retries-exhausted':
      return { event: 'Timeout (SYN,ACK retries)', action: 'delete TCB' };
    case 'finwait2-timeout':
      return { event: 'Timeout=tcp_fin_timeout', action: 'delete TCB' };
    case 'timewait-reuse':
      return { event: 'new connection reuses it', action: 'delete TCB' };
    case 'listener-closed':
      return { event: 'listener CLOSE', action: 'snd RST' };
    case 'accept-overflow':
      return { event: 'accept queue full', action: 'snd RST' };
    default:
      return { event: tr.event, action: tr.action };
  }
}

/** `event / action`, as the RFC writes a label on one line. */
export function labelText(label: RfcLabel): string {
  return label.action ? `${label.event} / ${label.action}` : label.event;
}
