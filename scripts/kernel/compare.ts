/**
 * The comparison: per connection and direction, the segments one end sent must agree exactly in
 * flags, relative SEQ/ACK (from each end's ISN), length, window scale option and window field
 * (where the window is comparable: observe.ts WINDOW_REMEASURED_AT); per socket, the states in
 * order. Times
 * agree within a tolerance that says why a real kernel is late:
 *
 *  - timers run on the timer wheel (kernel/time/timer.c): with HZ=250 a timer of up to 256 ms is
 *    rounded to 4 ms, up to 2 s to 32 ms, up to 16 s to 256 ms, up to 131 s to 2 s;
 *  - the relay and the agents are userspace processes on a shared machine: 30 ms more;
 *  - a retransmission timeout comes from round trips measured through that relay, and each
 *    backoff doubles what those few milliseconds of scheduling added: 2 % of the gap more (the
 *    server giving up on a vanished client after its 2.4 s timeout came 288 ms late once, with
 *    the wheel's 256 ms and the relay's 30 ms allowing 286).
 *
 * Each time is measured from the previous event of the same connection in both runs (not from time
 * 0), so lateness does not pile up along a chain of retransmissions.
 */
import type { Observation, ObservedSegment, ObservedState } from './observe';

export const JITTER = 0.03;
/** How far a backed-off retransmission timeout may stretch, as a share of the gap. */
export const RTO_SPREAD = 0.02;

export function wheelGranularity(delay: number): number {
  if (delay < 0.256) return 0.004;
  if (delay < 2.048) return 0.032;
  if (delay < 16.384) return 0.256;
  if (delay < 131.072) return 2.048;
  return 16.384;
}

export function tolerance(gap: number): number {
  return JITTER + wheelGranularity(gap) + RTO_SPREAD * gap;
}

export interface Difference {
  where: string;
  what: string;
}

export interface Comparison {
  segments: number;
  /** Window fields compared (the window scale option is compared on every segment). */
  windows: number;
  states: number;
  differences: Difference[];
  /** The largest lateness seen and its tolerance, for the report. */
  worstTiming: { late: number; tol: number; where: string } | null;
}

function connKey(s: ObservedSegment): string {
  return [s.src, s.dst].sort().join(' ~ ');
}

function relative(
  segs: ObservedSegment[],
): (ObservedSegment & { rs: number; ra: number | null })[] {
  const isn = new Map<string, number>();
  for (const s of segs) if (s.flags.includes('SYN') && !isn.has(s.src)) isn.set(s.src, s.seq);
  return segs.map((s) => ({
    ...s,
    rs: (s.seq - (isn.get(s.src) ?? 0)) >>> 0,
    ra: s.ack === null ? null : (s.ack - (isn.get(s.dst) ?? 0)) >>> 0,
  }));
}

const show = (s: { flags: string; rs: number; ra: number | null; len: number; t: number }) =>
  `${s.flags} seq=${s.rs} ack=${s.ra ?? '-'} len=${s.len} @${s.t.toFixed(3)}`;

function group<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

/**
 * An event within the timing tolerance of the horizon may fall on either side of it in the kernel
 * run: one run's extra last events that close to the end are not a difference.
 */
function atTheEdge<T extends { t: number }>(a: T[], b: T[], horizon: number): [T[], T[]] {
  const edge = horizon - JITTER - wheelGranularity(0);
  const trim = (long: T[], n: number) => {
    let end = long.length;
    while (end > n && long[end - 1]!.t > edge) end--;
    return long.slice(0, end);
  };
  return a.length > b.length ? [trim(a, b.length), b] : [a, trim(b, a.length)];
}

export function compare(sim: Observation, kernel: Observation, horizon: number): Comparison {
  const out: Comparison = {
    segments: 0,
    windows: 0,
    states: 0,
    differences: [],
    worstTiming: null,
  };
  const timing = (where: string, tSim: number, tK: number, aSim: number, aK: number) => {
    const gap = tSim - aSim;
    const late = Math.abs(tK - aK - gap);
    const tol = tolerance(gap);
    if (!out.worstTiming || late / tol > out.worstTiming.late / out.worstTiming.tol) {
      out.worstTiming = { late, tol, where };
    }
    if (late > tol) {
      out.differences.push({
        where,
        what: `time: kernel ${(tK - aK).toFixed(3)} s after the previous event, simulator ${gap.toFixed(3)} s (tolerance ${(tol * 1000).toFixed(0)} ms)`,
      });
    }
  };

  const simConns = group(sim.segments, connKey);
  const s0 = (conn: string) => relative(simConns.get(conn) ?? []);
  /** Sockets whose peer's FIN,ACK came after a raced ACK (foldRacedAcks). */
  const raced = new Set<string>();
  const kConns = group(kernel.segments, connKey);
  // Each connection's segments in the simulator's order, paired with the kernel's counterpart:
  // a state's time is also measured from the last segment before it.
  const pairs = new Map<string, { s: ObservedSegment; k: ObservedSegment | null }[]>();
  for (const conn of new Set([...simConns.keys(), ...kConns.keys()])) {
    const s = relative(simConns.get(conn) ?? []);
    const k = foldRacedAcks(s0(conn), relative(kConns.get(conn) ?? []), raced);
    // Times are measured from the previous segment of the connection in the simulator's order,
    // and from the same segment (same sender, same position) in the kernel's run: two segments
    // sent at one instant from both ends may be captured in either order.
    const position = (list: typeof s) => {
      const count = new Map<string, number>();
      return list.map((x) => {
        const n = count.get(x.src) ?? 0;
        count.set(x.src, n + 1);
        return `${x.src}#${n}`;
      });
    };
    const sPos = position(s);
    const kByPos = new Map(position(k).map((p, i) => [p, k[i]!]));
    pairs.set(
      conn,
      s.map((x, i) => ({ s: x, k: kByPos.get(sPos[i]!) ?? null })),
    );
    const sPrev = s.map((_, i) => (i === 0 ? null : s[i - 1]!));
    const kPrev = s.map((_, i) => (i === 0 ? null : (kByPos.get(sPos[i - 1]!) ?? null)));
    for (const src of new Set([...s, ...k].map((x) => x.src))) {
      const [si, ki] = atTheEdge(
        s.map((x, i) => Object.assign([x, i] as const, { t: x.t })).filter(([x]) => x.src === src),
        k.map((x, i) => Object.assign([x, i] as const, { t: x.t })).filter(([x]) => x.src === src),
        horizon,
      );
      const where = `${src} → ${src === conn.split(' ~ ')[0] ? conn.split(' ~ ')[1] : conn.split(' ~ ')[0]}`;
      for (let i = 0; i < Math.max(si.length, ki.length); i++) {
        const a = si[i];
        const b = ki[i];
        if (!a || !b) {
          out.differences.push({
            where: `${where} #${i + 1}`,
            what: a
              ? `simulator sent ${show(a[0])}, kernel nothing`
              : `kernel sent ${show(b![0])}, simulator nothing`,
          });
          break;
        }
        const [x, xi] = a;
        const [y] = b;
        out.segments++;
        if (x.flags !== y.flags || x.rs !== y.rs || x.ra !== y.ra || x.len !== y.len) {
          out.differences.push({
            where: `${where} #${i + 1}`,
            what: `simulator ${show(x)}, kernel ${show(y)}`,
          });
          break;
        }
        if (x.wscale !== y.wscale) {
          out.differences.push({
            where: `${where} #${i + 1}`,
            what: `${show(x)}: window scale ${x.wscale ?? 'none'} in the simulator, ${y.wscale ?? 'none'} on the kernel`,
          });
        }
        if (x.window !== null) {
          out.windows++;
          if (x.window !== y.window) {
            out.differences.push({
              where: `${where} #${i + 1}`,
              what: `${show(x)}: window ${x.window} in the simulator, ${y.window} on the kernel`,
            });
          }
        }
        if (x.delivered !== y.delivered) {
          out.differences.push({
            where: `${where} #${i + 1}`,
            what: `${show(x)} ${x.delivered ? 'delivered' : 'lost'} in the simulator, ${y.delivered ? 'delivered' : 'lost'} on the kernel`,
          });
        }
        const sp = sPrev[xi];
        const kp = kPrev[xi];
        // The first segment of a connection follows a step: how late the agent made the call is
        // the harness's, not the kernel's, so times are measured from it onwards.
        if (sp && kp) timing(`${where} #${i + 1} ${x.flags}`, x.t, y.t, sp.t, kp.t);
      }
    }
  }

  const simSocks = group(sim.states, (x) => x.socket);
  const kSocks = group(kernel.states, (x) => x.socket);
  for (const sock of new Set([...simSocks.keys(), ...kSocks.keys()])) {
    const wide = raced.has(sock);
    const [s, k] = atTheEdge(
      collapse(simSocks.get(sock) ?? [], wide),
      collapse(kSocks.get(sock) ?? [], wide),
      horizon,
    );
    const names = (l: ObservedState[]) => l.map((x) => x.to).join(' → ');
    out.states += s.length;
    if (names(s) !== names(k)) {
      out.differences.push({
        where: `states of ${sock}`,
        what: `simulator ${names(s) || '(none)'}, kernel ${names(k) || '(none)'}`,
      });
      continue;
    }
    // Times from the previous event both runs timed precisely: the previous state (unless it was
    // a /proc sample) or the last segment of the connection sent before it, whichever is later.
    const [a, b] = sock.split('>');
    const segs = pairs.get([a, b].sort().join(' ~ ')) ?? [];
    let anchor = 0;
    for (let i = 1; i < s.length; i++) {
      if (k[i]!.timed === false) continue;
      let from: { s: number; k: number } | null =
        k[anchor]!.timed !== false ? { s: s[anchor]!.t, k: k[anchor]!.t } : null;
      const seg = segs.filter((p) => p.k && p.s.t <= s[i]!.t + 1e-9).pop();
      if (seg && (!from || seg.s.t > from.s)) from = { s: seg.s.t, k: seg.k!.t };
      if (from) timing(`${sock} → ${s[i]!.to}`, s[i]!.t, k[i]!.t, from.s, from.k);
      anchor = i;
    }
  }

  for (const name of new Set([...Object.keys(sim.connects), ...Object.keys(kernel.connects)])) {
    if (sim.connects[name] !== kernel.connects[name]) {
      out.differences.push({
        where: `connect() of ${name}`,
        what: `simulator ${sim.connects[name] ?? '(pending)'}, kernel ${kernel.connects[name] ?? '(pending)'}`,
      });
    }
  }
  return out;
}

/**
 * A state entered and left while one segment is processed is not a state anyone can observe: the
 * kernel passes FIN_WAIT2 on its way from FIN_WAIT1 to TIME_WAIT when a FIN,ACK acknowledges its
 * FIN (tcp_rcv_state_process, then tcp_fin); the simulator goes straight there (RFC 9293 §3.10.7.4,
 * FIN-WAIT-1 with the FIN acknowledged). Both runs are read the same way.
 */
function collapse(list: ObservedState[], raced: boolean): ObservedState[] {
  // After a raced ACK (foldRacedAcks) the FIN_WAIT2 lasted until the FIN,ACK: up to a tick.
  const within = raced ? TICK + JITTER : 0.001;
  const out: ObservedState[] = [];
  for (const x of list) {
    const prev = out[out.length - 1];
    const passing = prev?.to === 'FIN_WAIT_2' && x.to === 'TIME_WAIT' && x.t - prev.t < within;
    if (passing) out[out.length - 1] = x;
    else out.push(x);
  }
  return out;
}

/** One jiffy at HZ=250. */
const TICK = 0.004;

type Relative = ObservedSegment & { rs: number; ra: number | null };

/**
 * Before any data arrived, Linux holds the ACK of a FIN only until the next timer tick (ato is 0
 * in tcp_send_delayed_ack: 0–4 ms at HZ=250). An application that closes before the tick sends one
 * FIN,ACK that carries it; one that closes after sends ACK, then FIN,ACK. The simulator's
 * application closes at once: one FIN,ACK. Whether the agent's close() beats the tick is a race
 * the kernel run cannot control, so where the simulator sent that FIN,ACK alone, a bare ACK with
 * the same numbers followed within a tick by it is counted as the FIN,ACK. The peer then passes
 * through FIN_WAIT2 for up to that tick: its socket goes in `raced`.
 */
function foldRacedAcks(s: Relative[], k: Relative[], raced: Set<string>): Relative[] {
  const out = [...k];
  for (const src of new Set(s.map((x) => x.src))) {
    const sl = s.filter((x) => x.src === src);
    let i = 0;
    for (let j = 0; j < out.length && i < sl.length; j++) {
      if (out[j]!.src !== src) continue;
      const next = out.slice(j + 1).find((x) => x.src === src);
      const [a, b, want] = [out[j]!, next, sl[i]!];
      const same = (x: Relative) => x.rs === want.rs && x.ra === want.ra && x.len === 0;
      if (
        want.flags === 'FIN,ACK' &&
        a.flags === 'ACK' &&
        b?.flags === 'FIN,ACK' &&
        same(a) &&
        same(b) &&
        b.t - a.t <= TICK + JITTER
      ) {
        out.splice(j, 1);
        raced.add(`${a.dst}>${a.src}`);
        j--;
        continue;
      }
      i++;
    }
  }
  return out;
}
