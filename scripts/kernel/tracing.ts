/**
 * State changes from the kernel itself: the sock:inet_sock_set_state tracepoint, recorded in a
 * tracing instance of our own (its own buffer and clock), removed afterwards. The tracepoint sees
 * every namespace, so events are kept only for the addresses of the run.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { sh, type Cleanup } from './system';

const ROOT = '/sys/kernel/tracing';

export interface TracingSession {
  mark(t0: number): void;
  read(t0: number, ips: string[]): { t: number; socket: string; from: string; to: string }[];
}

export async function startTracing(cleanup: Cleanup): Promise<TracingSession> {
  if (!existsSync(`${ROOT}/instances`)) {
    await sh(['mount', '-t', 'tracefs', 'nodev', ROOT]);
    cleanup.add(`umount ${ROOT}`, () => sh(['umount', ROOT]));
  }
  const dir = `${ROOT}/instances/tcpk${process.pid}`;
  mkdirSync(dir);
  cleanup.add(`rmdir ${dir}`, () => rmdirSync(dir));
  const event = `${dir}/events/sock/inet_sock_set_state/enable`;
  writeFileSync(`${dir}/trace_clock`, 'mono');
  writeFileSync(`${dir}/buffer_size_kb`, '8192');
  writeFileSync(event, '1');
  cleanup.add('disable inet_sock_set_state', () => writeFileSync(event, '0'));
  let text = '';
  return {
    mark() {},
    read(t0, ips) {
      // Reading `trace` does not consume it; several runs read the same growing buffer.
      text = readFileSync(`${dir}/trace`, 'utf8');
      const out: { t: number; socket: string; from: string; to: string }[] = [];
      const re =
        /\s(\d+\.\d+): inet_sock_set_state: family=AF_INET protocol=IPPROTO_TCP sport=(\d+) dport=(\d+) saddr=([\d.]+) daddr=([\d.]+) .*oldstate=TCP_(\w+) newstate=TCP_(\w+)/;
      for (const line of text.split('\n')) {
        const m = re.exec(line);
        if (!m) continue;
        const [, ts, sport, dport, saddr, daddr, from, to] = m;
        if (!ips.includes(saddr!)) continue;
        const t = Number(ts) - t0;
        if (t < -1) continue;
        out.push({ t, socket: `${saddr}:${sport}>${daddr}:${dport}`, from: from!, to: to! });
      }
      return out;
    },
  };
}
