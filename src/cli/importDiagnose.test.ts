import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../sim/scenario/validate';
import { runCli } from './run';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8');
    },
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
    readStdin: () => Promise.resolve(''),
    openFile: (path) => {
      const chunks: Buffer[] = [];
      return {
        write: (c) => void chunks.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c)),
        close: () => Promise.resolve(writeFileSync(path, Buffer.concat(chunks))),
      };
    },
    version: 'test',
  });
  return { code, stdout, stderr };
}

const FIXTURES = join(import.meta.dirname, '..', 'capture', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'tcpsim-import-'));

describe('npm run sim -- --import', () => {
  it('prints the connections and the ladder with the real sequence numbers', async () => {
    const { code, stdout } = await cli('--import', join(FIXTURES, 'handshake-close.pcapng'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/pcapng, Ethernet, 11 packets, 11 TCP segments, 1 connection/);
    expect(stdout).toMatch(
      /#1 {2}10\.77\.0\.1:\d+ -> 10\.77\.0\.2:9000 .* closed \(FIN both ways\)/,
    );
    expect(stdout).toMatch(/SYN-SENT +--> <SEQ=\d+><CTL=SYN> +--> SYN-RECEIVED/);
    expect(stdout).toMatch(/TIME-WAIT +<-- <SEQ=\d+><ACK=\d+><CTL=FIN,ACK> +<-- LAST-ACK/);
    expect(stdout).toMatch(/note: Captured on the client/);
  });

  it('--json prints the trace format: sends with flags, seq, ack, len; states per side', async () => {
    const { code, stdout, stderr } = await cli(
      '--import',
      join(FIXTURES, 'handshake-close-any.pcap'),
      '--json',
    );
    expect(code).toBe(0);
    const events = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const sends = events.filter((e) => e.type === 'send');
    expect(sends).toHaveLength(11);
    expect(sends[0]).toMatchObject({ flags: 'SYN', ack: null, len: 0, retransmit: false });
    const client = events.filter((e) => e.type === 'state' && e.host === 'client').map((e) => e.to);
    expect(client).toEqual(['SYN_SENT', 'ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2', 'TIME_WAIT']);
    expect(stderr).toMatch(/estimated/);
  });

  it('--to-scenario writes a valid scenario', async () => {
    const out = join(tmp, 'replay.json');
    const { code } = await cli(
      '--import',
      join(FIXTURES, 'handshake-close.pcap'),
      '--to-scenario',
      out,
    );
    expect(code).toBe(0);
    expect(parseScenarioText(readFileSync(out, 'utf8')).ok).toBe(true);
  });

  it('a file that is not a capture gets a clear message and exit code 2', async () => {
    const bad = join(tmp, 'notes.txt');
    writeFileSync(bad, 'just some text\n');
    const { code, stderr } = await cli('--import', bad);
    expect(code).toBe(2);
    expect(stderr).toMatch(/notes\.txt: Not a capture file/);
  });

  it('an unknown connection number is refused', async () => {
    const { code, stderr } = await cli(
      '--import',
      join(FIXTURES, 'refused.pcap'),
      '--connection',
      '4',
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/has no connection 4/);
  });
});

describe('npm run sim -- --diagnose', () => {
  it('an ss -tan listing with a hundred CLOSE_WAIT names CLOSE_WAIT and the missing close()', async () => {
    const lines = ['State      Recv-Q Send-Q Local Address:Port   Peer Address:Port Process'];
    lines.push('LISTEN     0      128    0.0.0.0:8080           0.0.0.0:*');
    for (let i = 0; i < 100; i++)
      lines.push(`CLOSE-WAIT 1 0 10.0.0.5:8080 10.0.1.${i}:${40000 + i}`);
    const file = join(tmp, 'ss.txt');
    writeFileSync(file, lines.join('\n'));
    const { code, stdout } = await cli('--diagnose', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/100 {2}CLOSE_WAIT/);
    expect(stdout).toMatch(/\* CLOSE_WAIT piling up/);
    expect(stdout).toMatch(/never calls close\(\)/);
    expect(stdout).toMatch(/npm run sim -- close-wait-leak/);
  });

  it('a Windows netstat -an listing with SYN_RECEIVED in bulk names the SYN flood', async () => {
    const lines = [
      'Active Connections',
      '',
      '  Proto  Local Address          Foreign Address        State',
    ];
    lines.push('  TCP    0.0.0.0:80             0.0.0.0:0              LISTENING');
    for (let i = 0; i < 200; i++)
      lines.push(`  TCP    192.168.1.10:80   10.${i}.3.4:${1024 + i}   SYN_RECEIVED`);
    const file = join(tmp, 'win.txt');
    writeFileSync(file, lines.join('\r\n'));
    const { code, stdout } = await cli('--diagnose', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\* SYN_RECV piling up/);
    expect(stdout).toMatch(/SYN flood/);
    expect(stdout).toMatch(/200 remote addresses/);
  });

  it('garbage gets a clear message', async () => {
    const file = join(tmp, 'garbage.txt');
    writeFileSync(file, 'hello\nworld\n');
    const { code, stderr } = await cli('--diagnose', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/No TCP socket line found in 2 lines/);
  });
});
