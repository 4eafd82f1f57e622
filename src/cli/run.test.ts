import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTshark, tsharkPackets } from '../../scripts/tshark';
import { runScenario } from '../sim/simulation';
import { BUILTIN_SCENARIOS } from '../sim/scenario/builtins';
import type { SendEvent } from '../sim/trace';
import { runCli } from './run';

const tmp = mkdtempSync(join(tmpdir(), 'tcpsim-cli-'));

/** The command run in-process, as a user's shell would: real files, `cwd` as the user's directory. */
async function cli(argv: string[], options: { stdin?: string; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += typeof t === 'string' ? t : Buffer.from(t).toString('latin1');
    },
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? tmp,
    readStdin: (limit) =>
      Promise.resolve(
        Buffer.byteLength(options.stdin ?? '') > limit ? null : (options.stdin ?? ''),
      ),
    openFile(path) {
      const chunks: Uint8Array[] = [];
      return {
        write: (c) => void chunks.push(typeof c === 'string' ? Buffer.from(c) : c),
        close: () => Promise.resolve(writeFileSync(path, Buffer.concat(chunks))),
      };
    },
    version: '9.8.7',
  });
  return { code, stdout, stderr };
}

describe('npm run sim', () => {
  it('prints the handshake as an RFC 793 ladder with the RFC numbers', async () => {
    const { code, stdout } = await cli(['handshake-and-close']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/0\.100 {2}SYN-SENT +--> <SEQ=100><CTL=SYN> +--> SYN-RECEIVED/);
    expect(stdout).toMatch(
      /0\.150 {2}ESTABLISHED +<-- <SEQ=300><ACK=101><CTL=SYN,ACK> +<-- SYN-RECEIVED/,
    );
    expect(stdout).toMatch(
      /0\.200 {2}ESTABLISHED +--> <SEQ=101><ACK=301><CTL=ACK> +--> ESTABLISHED/,
    );
  });

  it('prints netstat -ant tables at the times asked, in the Linux layout', async () => {
    const { stdout } = await cli(['handshake-and-close', '--netstat', '2.12']);
    expect(stdout).toContain('[t=2.12 s] server$ netstat -ant');
    expect(stdout).toContain(
      'tcp        0      1 10.0.0.80:80            192.168.123.10:40000    LAST_ACK   ',
    );
    expect(stdout).toContain(
      'tcp        0      0 192.168.123.10:40000    10.0.0.80:80            TIME_WAIT  ',
    );
  });

  it('prints ss -tan spellings with --ss', async () => {
    const { stdout } = await cli(['syn-flood', '--netstat', '2', '--ss', '--until', '3']);
    expect(stdout).toMatch(/LISTEN +0 +128 +10\.0\.0\.80:80 0\.0\.0\.0:\*/);
    expect(stdout).toContain('SYN-RECV');
  });

  it('prints JSON Lines in time order with the documented fields', async () => {
    const { stdout } = await cli(['no-listener', '--json']);
    const events = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events[0]).toMatchObject({ t: 0.1, type: 'state', from: 'CLOSED', to: 'SYN_SENT' });
    expect(events[1]).toMatchObject({
      t: 0.1,
      type: 'send',
      id: 1,
      from: '192.168.123.10:40000',
      to: '10.0.0.80:8080',
      flags: 'SYN',
      seq: 100,
      ack: null,
      len: 0,
      retransmit: false,
    });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'send', flags: 'RST,ACK', seq: 0, ack: 101 }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'call',
        host: 'client',
        socket: 'c1',
        call: 'connect',
        result: 'ECONNREFUSED',
      }),
    );
    const times = events.map((e) => e.t as number);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('adds netstat events to the JSON Lines when asked', async () => {
    const { stdout } = await cli(['handshake-and-close', '--json', '--netstat', '0.5']);
    const netstat = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; host?: string; rows?: unknown[] })
      .filter((e) => e.type === 'netstat' && e.host === 'server');
    expect(netstat[0]?.rows).toEqual([
      { recvQ: 0, sendQ: 0, local: '10.0.0.80:80', foreign: '0.0.0.0:*', state: 'LISTEN' },
      {
        recvQ: 0,
        sendQ: 0,
        local: '10.0.0.80:80',
        foreign: '192.168.123.10:40000',
        state: 'ESTABLISHED',
      },
    ]);
  });

  it('lists every validation issue of a bad scenario and exits 2 without a stack trace', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 2,
        hosts: { client: '10.0.0.1' },
        steps: [{ at: -1, do: 'listen' }],
      }),
    );
    const { code, stderr, stdout } = await cli([file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad.json: the scenario is not valid');
    expect(stderr).toContain('version');
    expect(stderr).toContain('steps[0].at');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says what is wrong with a file that is not JSON', async () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{ "version": 1,');
    const { code, stderr } = await cli([file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not valid JSON/);
  });

  it('names the built-ins when the scenario cannot be found', async () => {
    const { code, stderr } = await cli(['no-such-scenario']);
    expect(code).toBe(2);
    expect(stderr).toContain('lost-final-ack');
  });

  it('rejects an unknown option with the usage', async () => {
    const { code, stderr } = await cli(['lost-final-ack', '--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --frobnicate');
    expect(stderr).toContain('usage: tcp-handshake-sim');
  });

  it('stops the run at --until', async () => {
    const { stdout } = await cli(['firewall-drop', '--json', '--until', '10']);
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!) as { t: number };
    expect(last.t).toBeLessThanOrEqual(10);
  });
});

describe('pcap export of a simulated run', () => {
  it.skipIf(!hasTshark())(
    'reads back in tshark with good checksums and the same segments as the trace',
    async () => {
      for (const name of ['handshake-and-close', 'lost-final-ack', 'syn-flood-cookies'] as const) {
        const file = join(tmp, `${name}.pcap`);
        const { code } = await cli([name, '--pcap', file, '--until', '30']);
        expect(code).toBe(0);
        const sends = runScenario({
          ...BUILTIN_SCENARIOS[name],
          until: 30,
        }) /* same as --until 30 */
          .filter((e): e is SendEvent => e.type === 'send');
        const packets = tsharkPackets(file);
        expect(packets).toHaveLength(sends.length);
        packets.forEach((p, i) => {
          const s = sends[i]!;
          expect(p.checksumGood, `${name} frame ${i + 1} checksums`).toBe(true);
          expect({ flags: p.flags, seq: p.seq, ack: p.ack, len: p.len }).toEqual({
            flags: s.flags,
            seq: s.seq,
            ack: s.ack,
            len: s.len,
          });
        });
        // Where the core retransmitted a segment, Wireshark's analysis says so too.
        const lostAck = name === 'lost-final-ack';
        if (lostAck) {
          const retransmitted = sends.findIndex((s) => s.retransmit);
          expect(retransmitted).toBeGreaterThan(0);
          expect(packets[retransmitted]!.retransmission).toBe(true);
        }
      }
    },
  );

  it.skipIf(!hasTshark())('shows the Linux SYN options in tshark', async () => {
    const file = join(tmp, 'syn.pcap');
    await cli(['handshake-and-close', '--pcap', file]);
    const text = execFileSync('tshark', ['-r', file, '-c', '1', '-V'], { encoding: 'utf8' });
    expect(text).toContain('Maximum segment size: 1460 bytes');
    expect(text).toContain('SACK permitted');
    expect(text).toContain('Timestamps');
    // Linux 6.18 sizes the scale by tcp_rmem[2], 32 MiB (ref §2.12), and offers 44 × 1460 bytes.
    expect(text).toContain('Window scale: 10');
    expect(text).toContain('Window: 64240');
  });
});
