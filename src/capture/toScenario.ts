/**
 * "Turn this into a scenario": the story of an imported connection as a scenario file the
 * simulator replays (docs/scenario-format.md): who listened and who connected, with the capture's
 * own ports and initial sequence numbers, the data each side wrote, the segments the capture shows
 * were retransmitted (their first transmission dropped), and who closed or reset first, each at
 * the moment the capture shows it. A learner can then break the same story differently.
 */
import type { Scenario, Step } from '../sim/scenario/types';
import { F_ACK, F_FIN, F_RST, F_SYN, fromA, type Connection } from './connections';
import type { ImportedRun } from './infer';
import { flagText } from './tcpPacket';

/** The addresses the scenario format's hosts must have when the capture's are IPv6. */
const STAND_IN = { client: '192.168.123.10', server: '10.0.0.80' };
const MAX_DESCRIPTION = 500;

function isIpv4(ip: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(ip);
}

function round(t: number): number {
  return Math.max(0, Math.round(t * 1e6) / 1e6);
}

/** A scenario replaying `connection`, on the time axis of `run` (which must include it). */
export function connectionToScenario(
  connection: Connection,
  run: ImportedRun,
  source: string,
): Scenario {
  const c = connection;
  const sameHost = c.a.ip === c.b.ip;
  const v4 = isIpv4(c.a.ip) && isIpv4(c.b.ip) && !sameHost;
  const hosts = v4
    ? { client: c.a.ip, server: c.b.ip }
    : { client: STAND_IN.client, server: STAND_IN.server };
  const sendTime = new Map<number, number>();
  for (const e of run.trace) if (e.type === 'send') sendTime.set(e.id, e.t);
  const at = (frame: number) => round(sendTime.get(frame) ?? 0);

  const steps: Step[] = [];
  const refused = c.rst && !c.synAck && c.synSeq !== null;
  const unanswered = !c.rst && !c.synAck && c.synSeq !== null;
  const handshake = c.synSeq !== null;
  if (handshake && !refused && !unanswered) {
    steps.push({ at: 0, do: 'listen', host: 'server', port: c.b.port, as: 'srv' });
  }
  if (unanswered) {
    steps.push({ at: 0, do: 'firewall', host: 'server', port: c.b.port, action: 'drop' });
  }
  const first = c.segments[0]!;
  steps.push({
    at: at(first.frame),
    do: 'connect',
    host: 'client',
    to: `server:${c.b.port}`,
    port: c.a.port,
    as: 'c1',
  });

  // Which transmissions the capture shows were repeated: the first one is dropped in the replay.
  const seen = new Map<string, { frame: number; flags: string; nth: number }>();
  const nthOfFlags = new Map<string, number>();
  let closedA = false;
  let closedB = false;
  for (const s of c.segments) {
    const mine = fromA(c, s);
    const host = mine ? 'client' : 'server';
    const socket = mine ? 'c1' : 'srv#1';
    const span = s.len + (s.flags & F_SYN ? 1 : 0) + (s.flags & F_FIN ? 1 : 0);
    const flags = flagText(s.flags & (F_SYN | F_FIN | F_RST | F_ACK | 0x08));
    const key = `${host} ${flags}`;
    const nth = (nthOfFlags.get(key) ?? 0) + 1;
    const seqKey = `${host} ${s.seq} ${s.flags & (F_SYN | F_FIN)}`;
    if (span > 0 && seen.has(seqKey)) {
      const original = seen.get(seqKey)!;
      steps.push({
        at: 0,
        do: 'drop',
        match: { from: host, flags: original.flags, nth: original.nth },
        $comment: `frame ${s.frame} retransmits frame ${original.frame}`,
      } as Step);
      continue;
    }
    nthOfFlags.set(key, nth);
    if (span > 0) seen.set(seqKey, { frame: s.frame, flags, nth });
    if (s.len > 0 && (mine || !refused)) {
      steps.push({ at: at(s.frame), do: 'send', host, socket, bytes: s.len });
    }
    if (s.flags & F_FIN && !(mine ? closedA : closedB)) {
      steps.push({ at: at(s.frame), do: 'close', host, socket });
      if (mine) closedA = true;
      else closedB = true;
    }
    if (s.flags & F_RST && !refused && !(mine ? closedA : closedB)) {
      steps.push({ at: at(s.frame), do: 'abort', host, socket });
      if (mine) closedA = true;
      else closedB = true;
    }
  }
  // A side whose close the capture shows closes when the capture says, not at the peer's FIN on
  // its own: otherwise, with Linux's delayed ACK, a server that closed 200 ms after the client
  // would send its FIN with the ACK (three segments) where the capture has four.
  for (const [host, closes] of [
    ['client', closedA],
    ['server', closedB],
  ] as const) {
    if (closes) steps.push({ at: 0, do: 'app', host, closeOnEof: false });
  }
  steps.sort((x, y) => x.at - y.at);

  const isn: Record<string, number> = {};
  if (c.synSeq !== null) isn.client = c.synSeq;
  const synAck = c.segments.find((s) => !fromA(c, s) && s.flags & F_SYN);
  if (synAck) isn.server = synAck.seq;
  const last = run.trace.length ? run.trace[run.trace.length - 1]!.t : 0;
  const parts = [
    `Replays connection ${c.id} of ${source}: ${c.a.ip} port ${c.a.port} to ${c.b.ip} port ${c.b.port}.`,
    v4 ? '' : ' The capture is IPv6 or loopback; the scenario uses stand-in IPv4 addresses.',
  ];
  return {
    version: 1,
    title: `Capture: ${source}, connection ${c.id}`.slice(0, 500),
    description: parts.join('').slice(0, MAX_DESCRIPTION),
    profile: 'linux',
    settings: {
      delayMs: Math.min(10_000, Math.max(1, Math.round(run.delay * 1000))),
      isn,
    },
    hosts,
    steps,
    until: Math.ceil(last + 61),
  };
}
