/**
 * A segment reaches a host: the vanished-host and firewall checks, then demultiplexing by
 * 4-tuple (connection sockets, request sockets, TIME_WAIT), then the listener, then the RST a
 * closed port answers with (§3.10.7.1, ref §2.6).
 */
import { newEffects } from './effects';
import { listenerReceives, openRequest, requestReceives, resetFor } from './listener';
import { RST, SYN, ACK, type Segment } from './segment';
import { seqAdd, seqGt } from './seq';
import { segmentArrives } from './socket';
import { applyEffects, removeSocket, t, type World } from './world';

export function arrive(w: World, seg: Segment, demux: string | null = null): void {
  const hostIndex = w.hostByIp.get(seg.dst.ip);
  const host = hostIndex === undefined ? undefined : w.hosts[hostIndex];
  if (!host || host.vanished) {
    w.trace.push({ t: t(w), type: 'drop', id: seg.id, reason: 'unreachable' });
    return;
  }
  const rule = host.firewall.get(seg.dst.port);
  if (rule) {
    w.trace.push({ t: t(w), type: 'drop', id: seg.id, reason: 'firewall' });
    // REJECT --reject-with tcp-reset: the firewall answers in the port's name.
    if (rule === 'reject') resetFor(w, host, seg, 'rst-firewall');
    return;
  }
  w.deliveringId = seg.id;
  w.deliveringLine = w.trace.length;
  w.trace.push({ t: t(w), type: 'deliver', id: seg.id });

  const key = demux ?? `${seg.dst.ip}:${seg.dst.port}>${seg.src.ip}:${seg.src.port}`;
  const id = host.conns.get(key);
  const sock = id === undefined ? undefined : w.socks.get(id);
  if (sock) {
    if (sock.request) return requestReceives(w, sock, seg);
    if (
      sock.state === 'TIME_WAIT' &&
      seg.flags & SYN &&
      !(seg.flags & (ACK | RST)) &&
      seqGt(seg.seq, sock.rcvNxt)
    ) {
      // A new SYN may reopen the connection from TIME_WAIT (RFC MAY-2; Linux TCP_TW_SYN, ref §2.5).
      const lid = host.listeners.get(seg.dst.port);
      const l = lid === undefined ? undefined : w.socks.get(lid);
      if (l) {
        const fx = newEffects();
        const iss = seqAdd(sock.sndNxt, 65537);
        fx.transitions.push({ from: 'TIME_WAIT', to: 'CLOSED', why: 'timewait-reuse' });
        sock.state = 'CLOSED';
        applyEffects(w, sock, fx, seg);
        removeSocket(w, sock);
        openRequest(w, l, seg, iss);
        return;
      }
    }
    const fx = newEffects();
    segmentArrives(sock, seg, w.settings, w.now, fx);
    applyEffects(w, sock, fx, seg);
    return;
  }
  const lid = host.listeners.get(seg.dst.port);
  const l = lid === undefined ? undefined : w.socks.get(lid);
  if (l) return listenerReceives(w, l, seg);
  resetFor(w, host, seg, 'rst-no-listener');
}
