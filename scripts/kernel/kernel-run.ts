/**
 * Runs one scenario on the real Linux kernel: two network namespaces (the scenario's hosts) joined
 * by a pair of TUN devices and scripts/kernel/relay.py, which holds every packet for the link's
 * delay (this kernel has no netem) and plays the wire's faults (drop rules, a vanished host). Each
 * host's application is scripts/kernel/agent.py making the step's socket calls at the step's time.
 * tcpdump captures both ends; states come from the sock:inet_sock_set_state tracepoint and, for
 * timewait and request sockets (not full sockets, so not traced), from /proc/net/tcp.
 *
 * Everything it makes (namespaces, devices, processes, the tracing instance) is recorded in a
 * Cleanup and removed in a finally, so a failure halfway leaves nothing behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseFlags } from '../../src/sim/segment';
import type { Settings } from '../../src/sim/profile';
import type { Scenario, Step } from '../../src/sim/scenario/types';
import { fateTime } from './observe';
import { readPcap, type WireSegment } from './pcap-read';
import { sh, type Cleanup } from './system';
import type { TracingSession } from './tracing';

const HERE = new URL('.', import.meta.url).pathname;

export interface KernelEvent {
  /** Seconds since the scenario's time 0. */
  t: number;
  host: string;
  [key: string]: unknown;
}

export interface KernelRun {
  /** Segments each host sent (its own capture), in kernel addresses. */
  sent: (WireSegment & { t: number; host: string; delivered: boolean })[];
  /** Agent events: calls and their results, /proc observations. */
  events: KernelEvent[];
  /** Tracepoint transitions, in kernel addresses. */
  transitions: { t: number; socket: string; from: string; to: string }[];
  sysctls: Record<string, string>;
  /** Scenario host name → the address it had in the kernel run. */
  ips: Record<string, string>;
}

/** The sysctls a namespace gets from the simulator's settings, so both sides run the same knobs. */
export function sysctlsFor(s: Settings): Record<string, string> {
  const out: Record<string, string> = {
    'net.ipv4.tcp_syn_retries': String(s.synRetries),
    'net.ipv4.tcp_synack_retries': String(s.synackRetries),
    'net.ipv4.tcp_syncookies': s.syncookies ? '1' : '0',
    'net.ipv4.tcp_abort_on_overflow': s.abortOnOverflow ? '1' : '0',
    'net.ipv4.tcp_tw_reuse': s.twReuse ? '1' : '2',
    'net.ipv4.ip_local_port_range': `${s.portRange[0]} ${s.portRange[1]}`,
    'net.core.somaxconn': String(s.somaxconn),
    'net.ipv4.tcp_max_syn_backlog': String(s.maxSynBacklog),
    'net.ipv4.tcp_retries2': String(s.retries2),
    'net.ipv4.tcp_orphan_retries': String(s.orphanRetries),
    'net.ipv4.tcp_syn_linear_timeouts': String(s.synLinearTimeouts),
    'net.ipv4.tcp_timestamps': s.timestamps ? '1' : '0',
    // The minimum (one page) is the kernel's default; the model has no use for it.
    'net.ipv4.tcp_rmem': `4096 ${s.rcvBuf} ${s.rcvBufMax}`,
  };
  if (s.finTimeout !== null) out['net.ipv4.tcp_fin_timeout'] = String(s.finTimeout);
  return out;
}

interface Agent {
  proc: ChildProcess;
  send(cmd: object): void;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.max(0, ms)));
}

function mono(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

/** Starts a long-running helper; the line `ready` (or a JSON with ready) says it is up. */
function startHelper(
  cleanup: Cleanup,
  args: string[],
  onLine: (line: string) => void,
  readyTest: (line: string) => boolean,
  what: string,
  onStderr?: (text: string) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const proc = spawn(args[0]!, args.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    cleanup.process(proc, what);
    let stderr = '';
    proc.on('exit', () => onStderr?.(stderr));
    let ready = false;
    proc.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (!ready && readyTest(stderr)) {
        ready = true;
        resolve(proc);
      }
    });
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      if (!ready && readyTest(line)) {
        ready = true;
        resolve(proc);
        return;
      }
      onLine(line);
    });
    proc.on('exit', (code) => {
      if (!ready) reject(new Error(`${what} exited (${code}): ${stderr.trim()}`));
    });
    setTimeout(() => {
      if (!ready) reject(new Error(`${what} did not start within 10 s: ${stderr.trim()}`));
    }, 10_000);
  });
}

export interface KernelPlan {
  scenario: Scenario;
  settings: Settings;
  /** Seconds of scenario time to run. */
  horizon: number;
  /** A small number, unique among runs at the same time: the namespaces' names and subnet. */
  slot: number;
  /**
   * The SYNs of the scenario's floods as the simulator sent them (forged sources, seeded), in
   * scenario addresses: the relay puts the same packets on the wire at the same times.
   */
  forged: { at: number; from: string; to: string; seq: number; window: number }[];
}

/** Where a flood's forged sources live (RFC 2544's benchmarking range, as steps.ts draws them). */
const FORGED_SOURCES = '198.18.0.0/15';

export async function runOnKernel(
  plan: KernelPlan,
  cleanup: Cleanup,
  tracing: TracingSession,
): Promise<KernelRun> {
  const { scenario, settings, horizon, slot, forged } = plan;
  const hostNames = Object.keys(scenario.hosts);
  if (hostNames.length !== 2) throw new Error('a replay needs exactly two hosts');
  const tag = `tcpk${process.pid % 10000}s${slot}`;
  const ns = { r: `${tag}r`, [hostNames[0]!]: `${tag}a`, [hostNames[1]!]: `${tag}b` };
  const dev = { [hostNames[0]!]: `${tag}a`, [hostNames[1]!]: `${tag}b` };
  // Addresses of our own (10.77.<slot>.1/.2), not the scenario's: the tracepoint is global, so
  // another program on the machine using the scenario's addresses could otherwise mix in.
  // The second octet changes per invocation: orphans of an earlier run can outlive its namespaces.
  const net = `10.${64 + (process.pid % 128)}.${slot}`;
  const ips: Record<string, string> = {
    [hostNames[0]!]: `${net}.1`,
    [hostNames[1]!]: `${net}.2`,
  };
  const byScenarioIp = new Map(hostNames.map((h) => [scenario.hosts[h]!, h]));
  const kernelIp = (nameOrIp: string) => ips[nameOrIp] ?? ips[byScenarioIp.get(nameOrIp) ?? ''];

  const dir = mkdtempSync(join(tmpdir(), `${tag}-`));
  cleanup.add(`rm -r ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  for (const n of Object.values(ns)) {
    await sh(['ip', 'netns', 'add', n]);
    cleanup.add(`ip netns del ${n}`, () => sh(['ip', 'netns', 'del', n]).then(() => undefined));
  }

  // The relay creates both TUN devices in its own namespace; they move to the hosts' namespaces
  // and stay attached to its file descriptors.
  const drops: { src: string; t: number }[] = [];
  const relay = await startHelper(
    cleanup,
    [
      'ip',
      // Real-time priority: the relay's delay must not wait for other work on a busy machine.
      ...['netns', 'exec', ns.r!, 'chrt', '-f', '20', 'python3', join(HERE, 'relay.py')],
      ...[dev[hostNames[0]!]!, dev[hostNames[1]!]!, String(settings.delayMs)],
      ...[ips[hostNames[0]!]!, ips[hostNames[1]!]!],
    ],
    (line) => drops.push(JSON.parse(line)),
    (line) => line.trim() === 'ready',
    'relay',
  );
  const relaySend = (cmd: object) => relay.stdin!.write(JSON.stringify(cmd) + '\n');

  const sysctls = sysctlsFor(settings);
  for (const [i, h] of hostNames.entries()) {
    const peer = hostNames[1 - i]!;
    const n = ns[h]!;
    await sh(['ip', '-n', ns.r!, 'link', 'set', dev[h]!, 'netns', n]);
    await sh(['ip', '-n', n, 'link', 'set', 'lo', 'up']);
    await sh(['ip', 'netns', 'exec', n, 'sysctl', '-qw', 'net.ipv6.conf.all.disable_ipv6=1']);
    await sh(['ip', '-n', n, 'addr', 'add', ips[h]!, 'peer', ips[peer]!, 'dev', dev[h]!]);
    await sh(['ip', '-n', n, 'link', 'set', dev[h]!, 'mtu', '1500', 'up']);
    // Answers to a flood's forged sources go onto the wire, where the relay drops them.
    await sh(['ip', '-n', n, 'route', 'add', FORGED_SOURCES, 'dev', dev[h]!]);
    for (const [k, v] of Object.entries(sysctls)) {
      await sh(['ip', 'netns', 'exec', n, 'sysctl', '-qw', `${k}=${v}`]);
    }
  }

  const pcaps: Record<string, string> = {};
  const captureLoss: string[] = [];
  for (const h of hostNames) {
    pcaps[h] = join(dir, `${h}.pcap`);
    await startHelper(
      cleanup,
      ['ip', 'netns', 'exec', ns[h]!, 'tcpdump', '-i', dev[h]!, '-n', '-U', '-Z', 'root'].concat([
        '--time-stamp-precision=micro',
        // Each packet to the file as it comes: without it libpcap holds a ring-buffer block, and
        // the last packets of a run could be lost when tcpdump is stopped.
        '--immediate-mode',
        // Headers only (lengths come from the IP header): with the default 256 KiB snap length
        // the capture ring holds a handful of frames, and a burst of 30 FINs overflowed it.
        '-s',
        '128',
        '-B',
        '4096',
        '-w',
        pcaps[h]!,
        'tcp',
      ]),
      () => undefined,
      (text) => text.includes('listening on'),
      `tcpdump (${h})`,
      (text) => {
        const dropped = /(\d+) packets? dropped by kernel/.exec(text);
        if (dropped && dropped[1] !== '0') captureLoss.push(`${h}: ${dropped[0]}`);
      },
    );
  }

  const events: KernelEvent[] = [];
  let wallMinusMono = 0;
  const agents: Record<string, Agent> = {};
  for (const h of hostNames) {
    const proc = await startHelper(
      cleanup,
      ['ip', 'netns', 'exec', ns[h]!, 'chrt', '-f', '10', 'python3', join(HERE, 'agent.py')],
      (line) => events.push({ ...(JSON.parse(line) as object), host: h } as KernelEvent),
      (line) => {
        if (!line.startsWith('{"ready"')) return false;
        const r = JSON.parse(line) as { wall: number; t: number };
        wallMinusMono = r.wall - r.t;
        return true;
      },
      `agent (${h})`,
    );
    agents[h] = { proc, send: (cmd) => proc.stdin!.write(JSON.stringify(cmd) + '\n') };
  }

  const nft = (h: string, script: string) => sh(['ip', 'netns', 'exec', ns[h]!, 'nft', script]);
  const firewall = new Map<string, Map<number, string>>();
  async function applyFirewall(h: string) {
    const rules = [...(firewall.get(h) ?? new Map()).entries()].map(([port, action]) =>
      action === 'drop' ? `tcp dport ${port} drop` : `tcp dport ${port} reject with tcp reset`,
    );
    await nft(h, 'add table inet tcpk');
    await nft(h, 'flush table inet tcpk');
    await nft(
      h,
      'add chain inet tcpk input { type filter hook input priority 0 ; policy accept ; }',
    );
    for (const rule of rules) await nft(h, `add rule inet tcpk input ${rule}`);
  }

  // The steps, as the simulator orders them: by time, then file order; connect count expanded.
  // Socket calls and the wire's faults are handed to the agents and the relay at once, each with
  // its due time; only firewall rules (nft) are applied from here at their time.
  let t0 = 0;
  const due = (at: number) => t0 + at;
  const timeline: { at: number; run: () => unknown; timed?: boolean }[] = [];
  for (const step of scenario.steps) timeline.push(...kernelActions(step));
  timeline.sort((a, b) => a.at - b.at);

  function kernelActions(step: Step): { at: number; run: () => unknown; timed?: boolean }[] {
    const at = step.at;
    switch (step.do) {
      case 'listen':
        return [
          {
            at,
            run: () =>
              agents[step.host]!.send({
                due: due(at),
                op: 'listen',
                ip: ips[step.host],
                port: step.port,
                backlog: step.backlog ?? 128,
                as: step.as ?? null,
              }),
          },
        ];
      case 'app':
        return [{ at, run: () => agents[step.host]!.send({ due: due(at), ...step, op: 'app' }) }];
      case 'accept':
        return [
          {
            at,
            run: () =>
              agents[step.host]!.send({
                due: due(at),
                op: 'accept',
                count: step.count ?? 1,
              }),
          },
        ];
      case 'connect': {
        const target = step.to.slice(0, step.to.lastIndexOf(':'));
        const port = Number(step.to.slice(step.to.lastIndexOf(':') + 1));
        const count = step.count ?? 1;
        return Array.from({ length: count }, (_, i) => ({
          at: at + i * (step.interval ?? 0),
          run: () =>
            agents[step.host]!.send({
              due: due(at + i * (step.interval ?? 0)),
              op: 'connect',
              to: kernelIp(target),
              port,
              lport: step.port ?? null,
              as: step.count !== undefined ? `${step.as ?? 'conn'}#${i + 1}` : (step.as ?? 'conn'),
              closeAfter: step.closeAfter ?? null,
            }),
        }));
      }
      case 'send':
      case 'close':
      case 'shutdown':
      case 'abort':
        return [
          {
            at,
            run: () =>
              agents[step.host]!.send({
                due: due(at),
                op: step.do,
                socket: step.socket,
                bytes: step.do === 'send' ? step.bytes : 0,
              }),
          },
        ];
      case 'drop':
        return [
          {
            at,
            run: () =>
              relaySend({
                due: due(at),
                op: 'drop',
                from: step.match.from ? kernelIp(step.match.from) : null,
                flags: step.match.flags ? parseFlags(step.match.flags) : null,
                data: step.match.data ?? false,
                nth: step.match.nth ?? 1,
                count: step.count ?? step.match.count ?? 1,
              }),
          },
        ];
      case 'firewall':
        return [
          {
            at,
            timed: true,
            run: () => {
              const rules = firewall.get(step.host) ?? new Map<number, string>();
              if (step.action === 'off') rules.delete(step.port);
              else rules.set(step.port, step.action);
              firewall.set(step.host, rules);
              return applyFirewall(step.host);
            },
          },
        ];
      case 'vanish':
        return [{ at, run: () => relaySend({ due: due(at), op: 'vanish', ip: ips[step.host] }) }];
      case 'flood':
        return []; // its SYNs are the simulator's own (plan.forged), injected below

      default:
        throw new Error(`step "${step.do}" cannot be replayed on the kernel`);
    }
  }

  // Firewall rules of time 0 are in place before anything starts; later ones at their time.
  for (const item of timeline.filter((x) => x.timed && x.at <= 0)) await item.run();
  // Time 0 a little ahead, so the first steps are not late.
  t0 = mono() + 0.5;
  tracing.mark(t0);
  for (const item of timeline) if (!item.timed) item.run();
  for (const syn of forged) {
    const [src, sport] = syn.from.split(':');
    const at = syn.to.lastIndexOf(':');
    relaySend({
      due: due(syn.at),
      op: 'inject',
      src,
      sport: Number(sport),
      dst: kernelIp(syn.to.slice(0, at)),
      dport: Number(syn.to.slice(at + 1)),
      seq: syn.seq,
      window: syn.window,
    });
  }
  for (const item of timeline.filter((x) => x.timed && x.at > 0)) {
    await sleep((t0 + item.at - mono()) * 1000);
    await item.run();
  }
  await sleep((t0 + horizon - mono()) * 1000);
  for (const a of Object.values(agents)) a.send({ op: 'quit' });
  // The wire stays up until what was sent before the horizon has arrived (or was dropped).
  await sleep(fateTime(settings.delayMs) * 1000);
  relaySend({ op: 'quit' });
  await sleep(200); // tcpdump -U has written the last packets; stop it with the cleanup

  const transitions = tracing.read(t0, Object.values(ips));
  for (const e of events) e.t -= t0;
  const relative = (wall: number) => wall - wallMinusMono - t0;
  const received: (WireSegment & { t: number })[] = [];
  const sent: KernelRun['sent'] = [];
  await cleanup.stop(/^tcpdump/);
  // A capture that lost packets cannot be compared: say so rather than report a disagreement.
  if (captureLoss.length) throw new Error(`tcpdump lost packets (${captureLoss.join('; ')})`);
  for (const h of hostNames) {
    for (const seg of readPcap(pcaps[h]!)) {
      if (seg.src.startsWith(`${ips[h]}:`)) {
        sent.push({ ...seg, t: relative(seg.wall), host: h, delivered: false });
      } else {
        received.push({ ...seg, t: relative(seg.wall) });
      }
    }
  }
  sent.sort((a, b) => a.t - b.t);
  received.sort((a, b) => a.t - b.t);
  // Which sent segments arrived: a received copy is the sent one with the same header sent about
  // one link delay earlier (a TIME_WAIT socket's repeated ACKs are identical, IP ID included).
  const bySentKey = new Map<string, typeof sent>();
  for (const seg of sent) bySentKey.set(segKey(seg), [...(bySentKey.get(segKey(seg)) ?? []), seg]);
  for (const r of received) {
    const want = r.t - settings.delayMs / 1000;
    let best: (typeof sent)[number] | null = null;
    for (const c of bySentKey.get(segKey(r)) ?? []) {
      if (c.delivered || c.t > r.t + 0.001) continue;
      if (!best || Math.abs(c.t - want) < Math.abs(best.t - want)) best = c;
    }
    if (best) best.delivered = true;
  }
  void drops;
  return { sent, events, transitions, sysctls, ips };
}

function segKey(s: WireSegment): string {
  return `${s.src}>${s.dst} ${s.flags} ${s.seq} ${s.ack} ${s.len} ${s.ipId}`;
}
