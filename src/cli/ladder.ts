/**
 * The run as an RFC 793-style ladder (RFC 9293 §3.5 figures): one line per segment, time on the
 * left, the first host's side on the left and the second's on the right, each side's state as it
 * stands when the segment leaves or right after it arrives:
 *
 *     0.100  SYN-SENT     --> <SEQ=100><CTL=SYN>                 --> SYN-RECEIVED
 *     0.150  ESTABLISHED  <-- <SEQ=300><ACK=101><CTL=SYN,ACK>    <-- SYN-RECEIVED
 *
 * State changes that no segment caused (timeouts, calls) and failed calls get lines of their own.
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

interface Line {
  t: number;
  left: string;
  /** The segment's label, or '' for a line of one side only. */
  label: string;
  toRight: boolean;
  lost: boolean;
  right: string;
}

function arrow(l: Line, width: number): string {
  const label = l.label.padEnd(width);
  if (l.toRight) return `--> ${label} ${l.lost ? '...' : '-->'}`;
  return `${l.lost ? '...' : '<--'} ${label} <--`;
}

export function ladder(trace: readonly TraceEvent[], hosts: Record<string, string>): string {
  const leftIp = Object.values(hosts)[0];
  const leftName = Object.keys(hosts)[0];
  const stateAt = new Map<string, TcpState>();
  const segmentLine = new Map<number, { line: Line; toRight: boolean; send: SendEvent }>();
  const lines: Line[] = [];
  const side = (text: string, onLeft: boolean, t: number) =>
    lines.push({
      t,
      left: onLeft ? text : '',
      label: '',
      toRight: false,
      lost: false,
      right: onLeft ? '' : text,
    });

  for (const e of trace) {
    switch (e.type) {
      case 'send': {
        const toRight = ipOf(e.to) !== leftIp;
        const mine = stateAt.get(`${e.from}>${e.to}`);
        const sender = mine ? rfcName(mine) : e.spoofed ? '(spoofed)' : '';
        const label = ctl(e) + (e.retransmit ? ` (retransmission of #${e.of})` : '');
        const line: Line = {
          t: e.t,
          left: toRight ? sender : '',
          label,
          toRight,
          lost: false,
          right: toRight ? '' : sender,
        };
        lines.push(line);
        segmentLine.set(e.id, { line, toRight, send: e });
        break;
      }
      case 'deliver': {
        const s = segmentLine.get(e.id);
        if (!s) break;
        const state = stateAt.get(`${s.send.to}>${s.send.from}`);
        const text = state ? rfcName(state) : '';
        if (s.toRight) s.line.right = text;
        else s.line.left = text;
        break;
      }
      case 'drop': {
        const s = segmentLine.get(e.id);
        if (!s) break;
        s.line.lost = true;
        if (s.toRight) s.line.right = `lost (${e.reason})`;
        else s.line.left = `lost (${e.reason})`;
        break;
      }
      case 'state': {
        stateAt.set(e.socket, e.to);
        const onLeft = ipOf(e.socket.slice(0, e.socket.indexOf('>'))) === leftIp;
        const s = e.seg !== undefined ? segmentLine.get(e.seg) : undefined;
        if (s) {
          // The receiver's state once this segment has been processed.
          if (s.toRight) s.line.right = rfcName(e.to);
          else s.line.left = rfcName(e.to);
        } else if (
          e.why !== 'connect' &&
          e.why !== 'listen' &&
          e.why !== 'close' &&
          e.why !== 'shutdown'
        ) {
          side(`${rfcName(e.from)} -> ${rfcName(e.to)} (${e.why})`, onLeft, e.t);
        }
        break;
      }
      case 'call':
        if (e.result !== 'ok') side(`${e.call}() = ${e.result}`, e.host === leftName, e.t);
        else if (['connect', 'close', 'shutdown', 'abort', 'listen'].includes(e.call)) {
          side(`${e.call}()`, e.host === leftName, e.t);
        }
        break;
      case 'kernel':
        side(`kernel: ${e.text}`, e.host === leftName, e.t);
        break;
    }
  }
  let leftW = 12;
  let labelW = 0;
  for (const l of lines) {
    if (!l.label) continue;
    leftW = Math.max(leftW, Math.min(28, l.left.length));
    labelW = Math.max(labelW, l.label.length);
  }
  const out: string[] = [];
  for (const l of lines) {
    const time = l.t.toFixed(3).padStart(9);
    if (!l.label)
      out.push(`${time}  ${l.left ? l.left : ' '.repeat(leftW + labelW + 10) + l.right}`);
    else out.push(`${time}  ${l.left.padEnd(leftW)} ${arrow(l, labelW)} ${l.right}`.trimEnd());
  }
  return out.join('\n');
}
