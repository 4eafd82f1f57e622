import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { parseListing } from './parseListing';
import { diagnoseStrings } from './strings';
import { paramNames } from '../i18n/translate';

const rowsOf = (text: string) =>
  parseListing(text).rows.map((r) => [
    r.state,
    `${r.localIp}:${r.localPort}`,
    `${r.remoteIp}:${r.remotePort}`,
  ]);

describe('reading listings in every spelling the seeds use', () => {
  it('Linux netstat -antp (seed 001), IPv6 included', () => {
    const l = parseListing(`Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
tcp        0      0 127.0.0.53:53           0.0.0.0:*               LISTEN      512/systemd-resolve
tcp        0      0 172.31.22.162:39750     169.254.169.254:80      TIME_WAIT   -
tcp        0    384 172.31.22.162:22        13.209.1.57:48444       ESTABLISHED 900/sshd
tcp        0      0 192.168.123.10:32802    207.46.108.46:1863      CLOSE_WAIT
tcp        0      0 10.0.0.1:80             10.0.0.2:5000           FIN_WAIT1
tcp        0      0 10.0.0.1:80             10.0.0.2:5001           FIN_WAIT2
tcp        0      0 10.0.0.1:80             10.0.0.2:5002           SYN_RECV
tcp6       0      0 :::22                   :::*                    LISTEN      1/sshd`);
    expect(l.format).toBe('netstat-linux');
    expect(l.rows.map((r) => r.state)).toEqual([
      'LISTEN',
      'TIME_WAIT',
      'ESTABLISHED',
      'CLOSE_WAIT',
      'FIN_WAIT_1',
      'FIN_WAIT_2',
      'SYN_RECEIVED',
      'LISTEN',
    ]);
    expect(l.rows[2]!.sendQ).toBe(384);
    expect(l.skipped).toBe(2);
  });

  it('ss -tano with and without the Netid column, IPv4-mapped addresses', () => {
    expect(
      rowsOf(`State      Recv-Q Send-Q Local Address:Port   Peer Address:Port Process
ESTAB      0      0      10.0.0.5:22          10.0.0.9:51000    timer:(keepalive,119min,0)
CLOSE-WAIT 1      0      [::ffff:10.0.0.5]:8080 [::ffff:10.0.0.7]:40000
tcp   SYN-SENT 0 1 10.0.0.5:40000 10.9.9.9:443 timer:(on,1.2sec,2)
TIME-WAIT  0      0      10.0.0.5:41000       10.0.0.8:80
FIN-WAIT-1 0 1 10.0.0.5:80 10.0.0.8:1 
LAST-ACK 0 1 10.0.0.5:80 10.0.0.8:2`),
    ).toEqual([
      ['ESTABLISHED', '10.0.0.5:22', '10.0.0.9:51000'],
      ['CLOSE_WAIT', '10.0.0.5:8080', '10.0.0.7:40000'],
      ['SYN_SENT', '10.0.0.5:40000', '10.9.9.9:443'],
      ['TIME_WAIT', '10.0.0.5:41000', '10.0.0.8:80'],
      ['FIN_WAIT_1', '10.0.0.5:80', '10.0.0.8:1'],
      ['LAST_ACK', '10.0.0.5:80', '10.0.0.8:2'],
    ]);
  });

  it('Windows netstat -an (seed 001): LISTENING, SYN_RECEIVED, the offload column', () => {
    const l = parseListing(`Active Connections\r
\r
  Proto  Local Address          Foreign Address        State\r
  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\r
  TCP    192.168.0.2:7995       204.79.197.200:443     TIME_WAIT       InHost\r
  TCP    [::]:445               [::]:0                 LISTENING\r
  TCP    10.0.0.2:80            6.6.6.6:1000           SYN_RECEIVED\r
  UDP    0.0.0.0:500            *:*                    \r`);
    expect(l.format).toBe('netstat-windows');
    expect(l.rows.map((r) => r.state)).toEqual(['LISTEN', 'TIME_WAIT', 'LISTEN', 'SYN_RECEIVED']);
  });

  it('macOS/FreeBSD netstat -an -p tcp: addresses with a dot before the port, SYN_RCVD', () => {
    expect(
      rowsOf(`Active Internet connections (including servers)
Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)
tcp4       0      0  192.168.1.5.52345      17.57.146.20.5223      ESTABLISHED
tcp46      0      0  *.22                   *.*                    LISTEN
tcp4       0      0  10.0.0.1.80            10.0.0.9.1234          SYN_RCVD
tcp4       0      0  10.0.0.1.80            10.0.0.9.1235          FIN_WAIT_2`),
    ).toEqual([
      ['ESTABLISHED', '192.168.1.5:52345', '17.57.146.20:5223'],
      ['LISTEN', '*:22', '*:null'],
      ['SYN_RECEIVED', '10.0.0.1:80', '10.0.0.9:1234'],
      ['FIN_WAIT_2', '10.0.0.1:80', '10.0.0.9:1235'],
    ]);
  });

  it('Solaris spellings IDLE and BOUND are read but belong to no RFC state', () => {
    const l = parseListing(
      'tcp 0 0 10.0.0.1:80 0.0.0.0:* BOUND\ntcp 0 0 10.0.0.1:81 0.0.0.0:* IDLE',
    );
    expect(l.rows.map((r) => [r.spelled, r.state])).toEqual([
      ['BOUND', null],
      ['IDLE', null],
    ]);
  });

  it('garbage has no rows', () => {
    expect(parseListing('GET / HTTP/1.1\nHost: example\n\n<html>').rows).toEqual([]);
  });
});

describe('naming the patterns', () => {
  const ss = (
    state: string,
    n: number,
    local: (i: number) => string,
    remote: (i: number) => string,
  ) => Array.from({ length: n }, (_, i) => `${state} 0 0 ${local(i)} ${remote(i)}`).join('\n');

  it('TIME_WAIT from ephemeral ports toward one server: port exhaustion ahead', () => {
    const d = analyse(
      parseListing(
        ss(
          'TIME-WAIT',
          20000,
          (i) => `10.0.0.5:${32768 + i}`,
          () => '10.0.0.80:80',
        ),
      ),
    );
    expect(d.findings.map((f) => f.id)).toEqual(['time-wait-ports']);
    expect(d.findings[0]!.percent).toBe(70.8);
    expect(d.findings[0]!.reproduce.builtin).toBe('port-exhaustion');
  });

  it('SYN_SENT to one address (a firewall) versus many (a scanner)', () => {
    const one = analyse(
      parseListing(
        ss(
          'SYN-SENT',
          5,
          (i) => `10.0.0.5:${40000 + i}`,
          () => '10.9.9.9:443',
        ),
      ),
    );
    expect(one.findings.map((f) => f.id)).toEqual(['syn-sent-one']);
    expect(one.findings[0]!.commands[0]).toBe('nc -vz -w 3 10.9.9.9 443');
    const many = analyse(
      parseListing(
        ss(
          'SYN-SENT',
          40,
          (i) => `10.0.0.5:${40000 + i}`,
          (i) => `10.${i}.0.1:445`,
        ),
      ),
    );
    expect(many.findings.map((f) => f.id)).toEqual(['syn-sent-many']);
  });

  it('"Reproduce this" carries the listing numbers into the built-in scenario', () => {
    const d = analyse(
      parseListing(
        ss(
          'CLOSE-WAIT',
          40,
          () => '10.0.0.5:8080',
          (i) => `10.0.1.${i}:${40000 + i}`,
        ),
      ),
    );
    const s = d.findings[0]!.reproduce.scenario;
    expect(d.findings[0]!.reproduce.builtin).toBe('close-wait-leak');
    expect(s.hosts.server).toBe('10.0.0.5');
    expect(s.steps.find((x) => x.do === 'listen')).toMatchObject({ port: 8080 });
    expect(s.steps.find((x) => x.do === 'connect')).toMatchObject({ to: 'server:8080', count: 40 });
  });

  it('a healthy listing names nothing', () => {
    const d = analyse(
      parseListing(
        ss(
          'ESTAB',
          50,
          (i) => `10.0.0.5:${40000 + i}`,
          (i) => `10.0.1.${i}:443`,
        ),
      ),
    );
    expect(d.findings).toEqual([]);
  });
});

describe('the diagnosis texts', () => {
  it('Korean and Chinese have every English text with the same parameters, translated', () => {
    for (const locale of ['ko', 'zh-CN'] as const) {
      for (const [key, text] of Object.entries(diagnoseStrings.en)) {
        const other = diagnoseStrings[locale][key as keyof typeof diagnoseStrings.en];
        expect(paramNames(other)).toEqual(paramNames(text));
        expect(other).not.toBe(text);
      }
    }
  });
});

describe('"Reproduce this" scenarios', () => {
  const line = (state: string, local: string, remote: string, sendQ = 0) =>
    `${state} 0 ${sendQ} ${local} ${remote}`;
  const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
  const listing = [
    ...many(30, (i) => line('SYN-RECV', '10.0.0.5:443', `10.9.${i}.1:${1000 + i}`)),
    ...many(12, (i) => line('CLOSE-WAIT', '10.0.0.5:8080', `10.0.1.${i}:${40000 + i}`)),
    ...many(1500, (i) => line('TIME-WAIT', `10.0.0.5:${33000 + i}`, '10.0.0.80:5432')),
    ...many(12, (i) => line('FIN-WAIT-1', '10.0.0.5:80', `10.0.2.${i}:${40000 + i}`)),
    ...many(12, (i) => line('FIN-WAIT-2', `10.0.0.5:${50000 + i}`, '10.0.0.81:80')),
    ...many(12, (i) => line('LAST-ACK', '10.0.0.5:80', `10.0.3.${i}:${40000 + i}`)),
    ...many(4, (i) => line('SYN-SENT', `10.0.0.5:${45000 + i}`, '10.0.0.99:3306')),
    ...many(6, (i) => line('ESTAB', '10.0.0.5:22', `10.0.4.${i}:${40000 + i}`, 512)),
  ].join('\n');

  it('every named pattern opens a valid scenario with the listing numbers', async () => {
    const { parseScenario } = await import('../sim/scenario/validate');
    const d = analyse(parseListing(listing));
    expect(d.findings.map((f) => f.id)).toEqual([
      'syn-recv',
      'close-wait',
      'time-wait-ports',
      'fin-wait-1',
      'fin-wait-2',
      'last-ack',
      'syn-sent-one',
      'stale-established',
    ]);
    for (const f of d.findings) {
      const checked = parseScenario(f.reproduce.scenario);
      expect(checked.ok, `${f.id}: ${JSON.stringify(checked.ok ? '' : checked.issues)}`).toBe(true);
    }
    const synFlood = d.findings[0]!.reproduce.scenario;
    expect(synFlood.steps.find((s) => s.do === 'flood')).toMatchObject({
      to: 'server:443',
      count: 30,
    });
    const ports = d.findings[2]!.reproduce.scenario;
    expect(ports.hosts).toEqual({ client: '10.0.0.5', server: '10.0.0.80' });
    expect(ports.steps.find((s) => s.do === 'connect')).toMatchObject({
      to: 'server:5432',
      count: 1500,
    });
  });
});
