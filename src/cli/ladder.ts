/**
 * The run as an RFC 793-style ladder (RFC 9293 §3.5 figures): one line per segment, time on the
 * left, the first host's side on the left and the second's on the right, each side's state as it
 * stands when the segment leaves or right after it arrives:
 *
 *     0.100  SYN-SENT     --> <SEQ=100><CTL=SYN>                 --> SYN-RECEIVED
 *     0.150  ESTABLISHED  <-- <SEQ=300><ACK=101><CTL=SYN,ACK>    <-- SYN-RECEIVED
 *
 * State changes that no segment caused (timeouts, calls) and failed calls get lines of their own.
 *
 * Built as a stream: events go in as the run makes them, and a line comes out once nothing can
 * change it any more (its segment arrived or was lost, and time moved on), so a run of a million
 * events never holds its ladder in memory. The columns' widths must be known before the first line
 * is printed: measure() takes them from a first pass over the same deterministic run.
 */
import { rfcName, type TcpState } from '../sim/state';
import type { SendEvent, TraceEvent } from '../sim/trace';

function ctl(e: SendEvent): string {
  const flags = e.flags
    .split(',')
    .filter((f) => f !== 'PSH')
    .join(',');
  return `<SEQ=${e.seq}>${e.ack !== null ? `<ACK=${e.ack}>` : ''}<CTL=${flags}>${e.len > 0 ? `<DATA=${e.len}>` : ''}`;
}

function ipOf(addr: string): string {
  return addr.slice(0, addr.lastIndexOf(':'));
}

export interface LadderLine {
  t: number;
  left: string;
  /** The segment's label, or '' for a line of one side only. */
  label: string;
  toRight: boolean;
  lost: boolean;
  right: string;
}

export interface Widths {
  left: number;
  label: number;
}

/** A line still open: its segment has not arrived or been lost, or arrived at this instant. */
interface Pending {
  line: LadderLine;
  /** When nothing more can change the line: the time of its arrival or loss, or Infinity. */
  settledAt: number;
}

/** Lines kept waiting at most: past this, the oldest is printed as it stands. */
const MAX_PENDING = 100_000;

export class LadderBuilder {
  private readonly leftIp: string | undefined;
  private readonly leftName: string | undefined;
  private readonly stateAt = new Map<string, TcpState>();
  private readonly open = new Map<number, { pending: Pending; send: SendEvent }>();
  private readonly queue: Pending[] = [];
  private head = 0;

  constructor(
    hosts: Record<string, string>,
    private readonly emit: (line: LadderLine) => void,
  ) {
    this.leftIp = Object.values(hosts)[0];
    this.leftName = Object.keys(hosts)[0];
  }

  private push(line: LadderLine, settledAt: number): Pending {
    const p = { line, settledAt };
    this.queue.push(p);
    return p;
  }

  private side(text: string, onLeft: boolean, t: number): void {
    const line = { t, left: onLeft ? text : '', label: '', toRight: false, lost: false, right: '' };
    if (!onLeft) line.right = text;
    this.push(line, t);
  }

  /** Prints every line at the head of the queue that nothing at time `now` or later can change. */
  private release(now: number): void {
    while (this.head < this.queue.length) {
      const p = this.queue[this.head]!;
      const force = this.queue.length - this.head > MAX_PENDING;
      if (!force && p.settledAt >= now) break;
      this.emit(p.line);
      this.head++;
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  feed(e: TraceEvent): void {
    this.release(e.t);
    switch (e.type) {
      case 'send': {
        const toRight = ipOf(e.to) !== this.leftIp;
        const mine = this.stateAt.get(`${e.from}>${e.to}`);
        const sender = mine ? rfcName(mine) : e.spoofed ? '(spoofed)' : '';
        const label = ctl(e) + (e.retransmit ? ` (retransmission of #${e.of})` : '');
        const line: LadderLine = {
          t: e.t,
          left: toRight ? sender : '',
          label,
          toRight,
          lost: false,
          right: toRight ? '' : sender,
        };
        this.open.set(e.id, { pending: this.push(line, Infinity), send: e });
        break;
      }
      case 'deliver': {
        const s = this.open.get(e.id);
        if (!s) break;
        const state = this.stateAt.get(`${s.send.to}>${s.send.from}`);
        const text = state ? rfcName(state) : '';
        if (s.pending.line.toRight) s.pending.line.right = text;
        else s.pending.line.left = text;
        // Its receiver's state changes at this same instant are still to come.
        s.pending.settledAt = e.t;
        break;
      }
      case 'drop': {
        const s = this.open.get(e.id);
        if (!s) break;
        const line = s.pending.line;
        line.lost = true;
        if (line.toRight) line.right = `lost (${e.reason})`;
        else line.left = `lost (${e.reason})`;
        s.pending.settledAt = e.t;
        this.open.delete(e.id);
        break;
      }
      case 'state': {
        this.stateAt.set(e.socket, e.to);
        const onLeft = ipOf(e.socket.slice(0, e.socket.indexOf('>'))) === this.leftIp;
        const s = e.seg !== undefined ? this.open.get(e.seg) : undefined;
        if (s) {
          // The receiver's state once this segment has been processed.
          if (s.pending.line.toRight) s.pending.line.right = rfcName(e.to);
          else s.pending.line.left = rfcName(e.to);
        } else if (
          e.why !== 'connect' &&
          e.why !== 'listen' &&
          e.why !== 'close' &&
          e.why !== 'shutdown'
        ) {
          this.side(`${rfcName(e.from)} -> ${rfcName(e.to)} (${e.why})`, onLeft, e.t);
        }
        break;
      }
      case 'call':
        if (e.result !== 'ok')
          this.side(`${e.call}() = ${e.result}`, e.host === this.leftName, e.t);
        else if (['connect', 'close', 'shutdown', 'abort', 'listen'].includes(e.call)) {
          this.side(`${e.call}()`, e.host === this.leftName, e.t);
        }
        break;
      case 'kernel':
        this.side(`kernel: ${e.text}`, e.host === this.leftName, e.t);
        break;
    }
    // Segments settle at their arrival; forget them once time has moved past it.
    if (e.type === 'deliver') this.settleLater.push(e.id);
    else if (this.settleLater.length > 0 && e.t > this.settleTime) this.forgetSettled();
    this.settleTime = e.t;
  }

  private settleLater: number[] = [];
  private settleTime = 0;

  private forgetSettled(): void {
    for (const id of this.settleLater) this.open.delete(id);
    this.settleLater = [];
  }

  /** Prints every line still waiting. */
  end(): void {
    this.release(Infinity);
    for (; this.head < this.queue.length; this.head++) this.emit(this.queue[this.head]!.line);
    this.queue.length = 0;
    this.head = 0;
  }
}

/** The columns' widths: as wide as the widest segment line needs (the left side at most 28). */
export function measure(): { widths: Widths; take: (line: LadderLine) => void } {
  const widths: Widths = { left: 12, label: 0 };
  return {
    widths,
    take(l) {
      if (!l.label) return;
      widths.left = Math.max(widths.left, Math.min(28, l.left.length));
      widths.label = Math.max(widths.label, l.label.length);
    },
  };
}

function arrow(l: LadderLine, width: number): string {
  const label = l.label.padEnd(width);
  if (l.toRight) return `--> ${label} ${l.lost ? '...' : '-->'}`;
  return `${l.lost ? '...' : '<--'} ${label} <--`;
}

export function formatLine(l: LadderLine, w: Widths): string {
  const time = l.t.toFixed(3).padStart(9);
  if (!l.label) return `${time}  ${l.left ? l.left : ' '.repeat(w.left + w.label + 10) + l.right}`;
  return `${time}  ${l.left.padEnd(w.left)} ${arrow(l, w.label)} ${l.right}`.trimEnd();
}

/** The whole ladder of a finished trace at once (tests, small runs). */
export function ladder(trace: readonly TraceEvent[], hosts: Record<string, string>): string {
  const lines: LadderLine[] = [];
  const m = measure();
  const b = new LadderBuilder(hosts, (l) => {
    m.take(l);
    lines.push(l);
  });
  for (const e of trace) b.feed(e);
  b.end();
  return lines.map((l) => formatLine(l, m.widths)).join('\n');
}
