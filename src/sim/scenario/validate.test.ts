import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../profile';
import {
  formatIssues,
  parseScenario,
  parseScenarioText,
  ScenarioError,
  type ScenarioIssue,
} from './validate';

type Json = Record<string, unknown>;

const DOC = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');
const DOC_BLOCKS = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));
const FULL_EXAMPLE = DOC_BLOCKS.find((block) => 'version' in block) as Json;

/** A small valid scenario: the steps below are what the tests change. */
function base(steps: unknown[] = []): Json {
  return {
    version: 1,
    hosts: { client: '192.168.123.10', server: '10.0.0.80' },
    steps: [
      { at: 0, do: 'listen', host: 'server', port: 80, as: 'web' },
      { at: 0.5, do: 'connect', host: 'client', to: 'server:80', as: 'c1' },
      ...steps,
    ],
  };
}

/** The issues as "path: message" lines ([] when the scenario is valid). */
function issues(input: unknown): string[] {
  const result = parseScenario(input);
  return result.ok ? [] : result.issues.map((i) => formatIssues([i]));
}

const withStep = (step: Json) => issues(base([step]));
const withSettings = (settings: unknown) => issues({ ...base(), settings });

describe('a valid scenario', () => {
  it('accepts the full example of docs/scenario-format.md unchanged', () => {
    expect(FULL_EXAMPLE).toBeDefined();
    const result = parseScenario(FULL_EXAMPLE);
    expect(result).toEqual({ ok: true, scenario: FULL_EXAMPLE });
  });

  it('accepts every step example of the docs', () => {
    const steps = DOC_BLOCKS.filter((block) => 'do' in block);
    expect(steps.length).toBeGreaterThanOrEqual(13);
    for (const step of steps) {
      const scenario = { ...FULL_EXAMPLE, steps: [...(FULL_EXAMPLE.steps as Json[]), step] };
      expect(issues(scenario), JSON.stringify(step)).toEqual([]);
    }
  });

  it('covers every kind of step in the docs', () => {
    const kinds = new Set(DOC_BLOCKS.map((block) => block.do));
    for (const kind of ['listen', 'app', 'connect', 'send', 'close', 'shutdown', 'abort']) {
      expect(kinds).toContain(kind);
    }
    for (const kind of ['accept', 'drop', 'firewall', 'flood', 'vanish', 'set']) {
      expect(kinds).toContain(kind);
    }
  });

  it('accepts every setting at its profile default', () => {
    for (const profile of ['linux', 'rfc9293'] as const) {
      expect(issues({ ...base(), profile, settings: defaultSettings(profile) })).toEqual([]);
    }
  });

  it('returns a deep copy that shares nothing with the input', () => {
    const input = structuredClone(FULL_EXAMPLE);
    const result = parseScenario(input);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    const seen = new Set<unknown>();
    const walk = (v: unknown) => {
      if (typeof v !== 'object' || v === null) return;
      seen.add(v);
      Object.values(v).forEach(walk);
    };
    walk(input);
    const shared: unknown[] = [];
    const check = (v: unknown) => {
      if (typeof v !== 'object' || v === null) return;
      if (seen.has(v)) shared.push(v);
      Object.values(v).forEach(check);
    };
    check(result.scenario);
    expect(shared).toEqual([]);
    (result.scenario.steps[0] as unknown as Json).port = 81;
    expect(input).toEqual(FULL_EXAMPLE);
  });

  it('keeps $ and x- comments at the top level, in steps and in match', () => {
    const input = base([{ at: 1, do: 'drop', match: { 'x-why': 'lose it', id: 3 }, $note: [1] }]);
    input.$comment = 'a comment';
    input['x-author'] = { name: 'me' };
    const result = parseScenario(input);
    expect(result).toEqual({ ok: true, scenario: input });
  });

  it('accepts connections by address and the socket forms local>remote and *', () => {
    expect(
      withStep({ at: 1, do: 'connect', host: 'client', to: '10.0.0.99:8080', count: 3 }),
    ).toEqual([]);
    expect(
      withStep({ at: 1, do: 'close', host: 'server', socket: '10.0.0.80:80>192.168.123.10:40000' }),
    ).toEqual([]);
    expect(withStep({ at: 1, do: 'abort', host: 'client', socket: '*' })).toEqual([]);
    expect(withStep({ at: 1, do: 'send', host: 'server', socket: 'web#12', bytes: 1 })).toEqual([]);
  });
});

describe('the top level', () => {
  it('says what it expected when the input is not an object', () => {
    for (const input of [null, [], 42, 'scenario', true, undefined]) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]!.path).toBe('');
    }
    expect(issues([])).toEqual(['expected a scenario object, got an array']);
  });

  it('requires version 1', () => {
    expect(issues({ ...base(), version: 2 })).toEqual(['version: expected 1, got 2']);
    expect(issues({ ...base(), version: '1' })).toEqual(['version: expected 1, got "1"']);
    const { version: _, ...noVersion } = base();
    expect(issues(noVersion)).toEqual(['version: missing; expected 1']);
  });

  it('checks profile, seed, until, title and description', () => {
    expect(issues({ ...base(), profile: 'bsd' })).toEqual([
      'profile: expected one of "linux", "rfc9293", got "bsd"',
    ]);
    expect(issues({ ...base(), seed: -1 })).toEqual([
      'seed: expected an integer from 0 to 4294967295, got -1',
    ]);
    expect(issues({ ...base(), seed: 4294967295 })).toEqual([]);
    expect(issues({ ...base(), seed: 1.5 })).toHaveLength(1);
    expect(issues({ ...base(), until: 0 })).toEqual([
      'until: expected a number greater than 0 and at most 86400, got 0',
    ]);
    expect(issues({ ...base(), until: 86400 })).toEqual([]);
    expect(issues({ ...base(), until: 86401 })).toHaveLength(1);
    expect(issues({ ...base(), title: 'x'.repeat(500) })).toEqual([]);
    expect(issues({ ...base(), title: 'x'.repeat(501) })[0]).toMatch(
      /^title: expected a string of at most 500 characters, got "x+…"$/,
    );
    expect(issues({ ...base(), description: 3 })).toEqual([
      'description: expected a string of at most 500 characters, got 3',
    ]);
  });

  it('reports unknown top-level fields, so typos are caught', () => {
    expect(issues({ ...base(), sead: 1 })[0]).toMatch(
      /^sead: unknown field; a scenario has version,/,
    );
  });

  it('requires hosts and steps', () => {
    expect(issues({ version: 1 })).toEqual([
      'hosts: missing; expected an object of 1 to 4 hosts, name → IPv4 address',
      'steps: missing; expected an array of at most 10000 steps',
    ]);
  });

  it('collects every issue, not just the first', () => {
    const input = {
      ...base([
        { at: -1, do: 'listen', host: 'nobody', port: '80' },
        { at: 1, do: 'send', host: 'client', socket: 'c1', bytes: 0 },
      ]),
      version: 3,
      settings: { delayMs: -1, bogus: true },
    };
    expect(issues(input)).toEqual([
      'version: expected 1, got 3',
      'settings.delayMs: expected a number from 0 to 10000, got -1',
      'settings.bogus: unknown setting',
      'steps[2].at: expected a number of at least 0, got -1',
      'steps[2].host: expected one of the hosts (client, server), got "nobody"',
      'steps[2].port: expected an integer from 1 to 65535, got "80"',
      'steps[3].bytes: expected an integer from 1 to 100000000, got 0',
    ]);
  });
});

describe('hosts', () => {
  const withHosts = (hosts: unknown) => issues({ ...base(), hosts, steps: [] });

  it('accepts 1 to 4 hosts', () => {
    expect(withHosts({ a: '10.0.0.1' })).toEqual([]);
    expect(withHosts({ a: '10.0.0.1', b: '10.0.0.2', c: '10.0.0.3', d: '10.0.0.4' })).toEqual([]);
  });

  it('rejects no hosts, more than 4, and non-objects', () => {
    const expected = 'expected an object of 1 to 4 hosts, name → IPv4 address';
    expect(withHosts({})).toEqual([`hosts: ${expected}, got 0 hosts`]);
    const five = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`h${n}`, `10.0.0.${n}`]));
    expect(withHosts(five)).toEqual([`hosts: ${expected}, got 5 hosts`]);
    expect(withHosts(['10.0.0.1'])).toEqual([`hosts: ${expected}, got an array`]);
  });

  it('names the host whose address is not a dotted-quad IPv4 address', () => {
    for (const ip of ['10.0.0.256', '010.0.0.1', '10.0.0', '10.0.0.1 ', 'localhost', '::1']) {
      expect(withHosts({ a: ip })).toEqual([
        `hosts.a: expected an IPv4 address like "10.0.0.1", got ${JSON.stringify(ip)}`,
      ]);
    }
    expect(withHosts({ a: 10 })).toEqual([
      'hosts.a: expected an IPv4 address like "10.0.0.1", got 10',
    ]);
  });

  it('rejects host names that are not identifiers', () => {
    expect(withHosts({ '1st': '10.0.0.1' })[0]).toMatch(/^hosts\["1st"\]: expected a host name/);
    expect(withHosts({ 'a b': '10.0.0.1' })[0]).toMatch(/^hosts\["a b"\]: expected a host name/);
    expect(withHosts({ 'web-1': '10.0.0.1', db_2: '10.0.0.2' })).toEqual([]);
  });

  it('rejects two hosts with one address', () => {
    expect(withHosts({ a: '10.0.0.1', b: '10.0.0.1' })).toEqual([
      'hosts.b: the address 10.0.0.1 is already the address of a',
    ]);
  });
});

describe('steps', () => {
  it('names the step and field when a port is a string', () => {
    expect(withStep({ at: 0, do: 'listen', host: 'server', port: '80' })).toEqual([
      'steps[2].port: expected an integer from 1 to 65535, got "80"',
    ]);
  });

  it('requires steps to be an array of at most 10000 step objects', () => {
    expect(issues({ ...base(), steps: {} })).toEqual([
      'steps: expected an array of at most 10000 steps, got an object',
    ]);
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      at: i / 10,
      do: 'vanish',
      host: 'client',
    }));
    expect(issues({ ...base(), steps: many })).toEqual([]);
    expect(issues({ ...base(), steps: [...many, many[0]] })).toEqual([
      'steps: expected an array of at most 10000 steps, got 10001 steps',
    ]);
    expect(issues(base([null]))).toEqual(['steps[2]: expected a step object, got null']);
  });

  it('requires at to be a finite number of at least 0', () => {
    for (const at of [-0.1, NaN, Infinity, '1']) {
      expect(withStep({ at, do: 'vanish', host: 'client' })).toHaveLength(1);
    }
    expect(withStep({ do: 'vanish', host: 'client' })).toEqual([
      'steps[2].at: missing; expected a number of at least 0',
    ]);
  });

  it('lists the kinds when do is unknown', () => {
    expect(withStep({ at: 0, do: 'lsten', host: 'server' })).toEqual([
      'steps[2].do: expected one of "listen", "app", "connect", "send", "close", "shutdown", ' +
        '"abort", "accept", "drop", "firewall", "flood", "vanish", "set", got "lsten"',
    ]);
  });

  it('reports unknown step fields with the fields the kind has', () => {
    expect(withStep({ at: 0, do: 'listen', host: 'server', prot: 80, port: 81 })).toEqual([
      'steps[2].prot: unknown field; a listen step has at, do, host, port, backlog, as',
    ]);
    expect(withStep({ at: 0, do: 'listen', host: 'server' })).toEqual([
      'steps[2].port: missing; expected an integer from 1 to 65535',
    ]);
  });

  it('requires host to be a key of hosts, never an inherited property', () => {
    for (const host of ['nobody', 'toString', 'constructor', '__proto__', 1]) {
      expect(withStep({ at: 0, do: 'vanish', host })).toEqual([
        `steps[2].host: expected one of the hosts (client, server), got ${JSON.stringify(host)}`,
      ]);
    }
  });

  it('requires to to be name:port or a.b.c.d:port', () => {
    for (const to of ['server:80', '10.0.0.80:80', '10.1.2.3:65535', 'client:1']) {
      expect(withStep({ at: 0, do: 'connect', host: 'client', to })).toEqual([]);
    }
    for (const to of [
      'server',
      'server:0',
      'server:65536',
      'nobody:80',
      'server:080',
      '1.2.3:80',
    ]) {
      expect(withStep({ at: 0, do: 'connect', host: 'client', to })[0]).toMatch(
        /^steps\[2\]\.to: expected "host:port" with a host name \(client, server\) or an IPv4/,
      );
    }
  });

  it('bounds connect count, interval and closeAfter', () => {
    const connect = { at: 0, do: 'connect', host: 'client', to: 'server:80', as: 'many' };
    expect(withStep({ ...connect, count: 100_000, interval: 0, closeAfter: 0 })).toEqual([]);
    expect(withStep({ ...connect, count: 100_001 })).toEqual([
      'steps[2].count: expected an integer from 1 to 100000, got 100001',
    ]);
    expect(withStep({ ...connect, count: 0 })).toHaveLength(1);
    expect(withStep({ ...connect, interval: -1 })).toEqual([
      'steps[2].interval: expected a number of at least 0, got -1',
    ]);
    expect(withStep({ ...connect, closeAfter: -1 })).toHaveLength(1);
    expect(withStep({ ...connect, port: 70000 })).toHaveLength(1);
  });

  it('bounds send bytes to a positive integer of at most 100000000', () => {
    const send = { at: 1, do: 'send', host: 'client', socket: 'c1' };
    expect(withStep({ ...send, bytes: 100_000_000 })).toEqual([]);
    for (const bytes of [0, 1.5, 100_000_001, '10']) {
      expect(withStep({ ...send, bytes })).toHaveLength(1);
    }
  });

  it('checks the app policy fields are booleans', () => {
    expect(withStep({ at: 0, do: 'app', host: 'server', read: 'no' })).toEqual([
      'steps[2].read: expected true or false, got "no"',
    ]);
  });

  it('checks the firewall action and port', () => {
    const firewall = { at: 0, do: 'firewall', host: 'server', port: 80 };
    for (const action of ['drop', 'reject', 'off']) {
      expect(withStep({ ...firewall, action })).toEqual([]);
    }
    expect(withStep({ ...firewall, action: 'block' })).toEqual([
      'steps[2].action: expected one of "drop", "reject", "off", got "block"',
    ]);
  });

  it('bounds the flood count and rate', () => {
    const flood = { at: 0, do: 'flood', to: 'server:80', count: 100_000, rate: 1_000_000 };
    expect(withStep(flood)).toEqual([]);
    expect(withStep({ ...flood, count: 100_001 })).toHaveLength(1);
    expect(withStep({ ...flood, rate: 0 })).toEqual([
      'steps[2].rate: expected a number greater than 0 and at most 1000000, got 0',
    ]);
    expect(withStep({ ...flood, rate: 1_000_001 })).toHaveLength(1);
    expect(withStep({ at: 0, do: 'flood', to: 'server:80' })).toEqual([
      'steps[2].count: missing; expected an integer from 1 to 100000',
      'steps[2].rate: missing; expected a number greater than 0 and at most 1000000',
    ]);
  });

  it('validates set.settings like settings', () => {
    expect(withStep({ at: 1, do: 'set', settings: { lossRate: 2, nope: 1 } })).toEqual([
      'steps[2].settings.lossRate: expected a number from 0 to 1, got 2',
      'steps[2].settings.nope: unknown setting',
    ]);
    expect(withStep({ at: 1, do: 'set' })).toEqual([
      'steps[2].settings: missing; expected an object of settings',
    ]);
  });
});

describe('drop match', () => {
  const drop = (match: unknown, extra: Json = {}) =>
    withStep({ at: 0, do: 'drop', match, ...extra });

  it('accepts flags in any order and case but rejects unknown or repeated names', () => {
    for (const flags of ['SYN,ACK', 'ACK,SYN', 'syn, ack', 'PSH,ACK', 'RST', 'FIN,PSH,ACK']) {
      expect(drop({ flags })).toEqual([]);
    }
    for (const flags of ['SYN,FOO', '', 'SYN,', 'SYN,SYN', 'SYN|ACK', 7]) {
      expect(drop({ flags })[0]).toMatch(
        /^steps\[2\]\.match\.flags: expected flags like "SYN,ACK"/,
      );
    }
  });

  it('requires nth and count to be positive integers and id an integer', () => {
    expect(drop({ nth: 0 })).toEqual(['steps[2].match.nth: expected a positive integer, got 0']);
    expect(drop({ count: 1.5 })).toHaveLength(1);
    expect(drop({ id: -1 })).toHaveLength(1);
    expect(drop({ id: 0, data: true, nth: 3, count: 2 })).toEqual([]);
    expect(drop({ data: 'yes' })).toHaveLength(1);
  });

  it('accepts from as a host name or an IPv4 address', () => {
    for (const from of ['server', '10.0.0.80', '203.0.113.9']) {
      expect(drop({ from })).toEqual([]);
    }
    for (const from of ['nobody', 'server:80', '10.0.0.80:80', 5]) {
      expect(drop({ from })).toEqual([
        `steps[2].match.from: expected a host name or an IPv4 address, got ${JSON.stringify(from)}`,
      ]);
    }
  });

  it('requires match and rejects its unknown fields', () => {
    expect(withStep({ at: 0, do: 'drop' })).toEqual([
      'steps[2].match: missing; expected an object of conditions (from, flags, nth, count, data, id)',
    ]);
    expect(drop({ flag: 'SYN' })).toEqual([
      'steps[2].match.flag: unknown field; match has from, flags, nth, count, data, id',
    ]);
  });

  it('rejects a count on the step that differs from match.count', () => {
    expect(drop({ count: 2 }, { count: 2 })).toEqual([]);
    expect(drop({ count: 2 }, { count: 3 })).toEqual([
      'steps[2].count: differs from match.count (2); write one',
    ]);
  });
});

describe('socket names', () => {
  it('rejects a socket name no step gives with as on that host', () => {
    expect(withStep({ at: 1, do: 'close', host: 'client', socket: 'c2' })).toEqual([
      'steps[2].socket: no step names a socket "c2" with "as" on client',
    ]);
    expect(withStep({ at: 1, do: 'close', host: 'server', socket: 'c1' })).toHaveLength(1);
  });

  it('rejects malformed socket references', () => {
    const keys = ['10.0.0.80:80>', '10.0.0.80>1.2.3.4:5', '1.2.3.4:5:6>1.2.3.4:5', 'a>b>c'];
    for (const socket of ['c1#0', 'c1#', '#1', '', 3, ...keys]) {
      expect(withStep({ at: 1, do: 'close', host: 'client', socket })[0]).toMatch(
        /^steps\[2\]\.socket: expected a socket/,
      );
    }
  });

  it('rejects a name given twice on a host, except a listen again on the same port', () => {
    expect(withStep({ at: 1, do: 'connect', host: 'client', to: 'server:80', as: 'c1' })).toEqual([
      'steps[2].as: "c1" already names a socket of client (steps[1])',
    ]);
    expect(
      withStep({ at: 1, do: 'listen', host: 'server', port: 80, as: 'web', backlog: 1 }),
    ).toEqual([]);
    expect(withStep({ at: 1, do: 'listen', host: 'server', port: 81, as: 'web' })).toHaveLength(1);
    expect(withStep({ at: 1, do: 'connect', host: 'server', to: 'client:80', as: 'c1' })).toEqual(
      [],
    );
  });

  it('requires accept to name a listener', () => {
    for (const socket of [undefined, 'web', '10.0.0.80:80', '10.0.0.80:80>*']) {
      expect(withStep({ at: 1, do: 'accept', host: 'server', socket })).toEqual([]);
    }
    expect(withStep({ at: 1, do: 'accept', host: 'client', socket: 'c1' })).toEqual([
      'steps[2].socket: "c1" names a connecting socket, not a listener',
    ]);
    expect(withStep({ at: 1, do: 'accept', host: 'server', socket: 'web#1' })).toHaveLength(1);
  });

  it('accepts a listener by its address ip:port>*', () => {
    expect(withStep({ at: 1, do: 'close', host: 'server', socket: '10.0.0.80:80>*' })).toEqual([]);
  });

  it('refers to a single connect by its name and to a counted one by name#n up to count', () => {
    expect(withStep({ at: 1, do: 'close', host: 'client', socket: 'c1#1' })).toEqual([
      'steps[2].socket: "c1" names one socket: write "c1"',
    ]);
    const burst = { at: 1, do: 'connect', host: 'client', to: 'server:80', as: 'b', count: 3 };
    const close = (socket: string) =>
      issues(base([burst, { at: 2, do: 'close', host: 'client', socket }]));
    expect(close('b#3')).toEqual([]);
    const wrong = 'steps[3].socket: "b" names 3 sockets: write "b#1" to "b#3"';
    expect(close('b')).toEqual([wrong]);
    expect(close('b#4')).toEqual([wrong]);
  });

  it('names the sockets of a counted connect without as conn#n', () => {
    const burst = { at: 1, do: 'connect', host: 'client', to: 'server:80', count: 2 };
    const send = { at: 2, do: 'send', host: 'client', socket: 'conn#2', bytes: 10 };
    expect(issues(base([burst, send]))).toEqual([]);
    expect(issues(base([burst, burst]))).toEqual([
      'steps[3]: "conn" already names a socket of client (steps[2])',
    ]);
  });
});

describe('settings', () => {
  it('reports unknown settings', () => {
    expect(withSettings({ delay: 10 })).toEqual(['settings.delay: unknown setting']);
    expect(withSettings(5)).toEqual(['settings: expected an object of settings, got 5']);
  });

  it.each([
    ['delayMs', [0, 10_000, 2.5], [-1, 10_001, '50']],
    ['msl', [0.001, 3600], [0, 3601]],
    ['synRetries', [0, 20], [-1, 21, 1.5]],
    ['synackRetries', [0, 20], [21]],
    ['retries2', [0, 20], [21]],
    ['orphanRetries', [0, 20], [21]],
    ['synLinearTimeouts', [0, 4], [21]],
    ['finTimeout', [0, 60, null], [-1, 'never']],
    ['rtoInitial', [0.01, 60], [0, 61]],
    ['rtoMin', [0.001, 60], [0]],
    ['rtoMax', [0.01, 3600], [0, 3601]],
    ['syncookies', [true, false], [1, 'true']],
    ['abortOnOverflow', [true], [0]],
    ['twReuse', [false], [null]],
    ['timestamps', [true], ['yes']],
    [
      'portRange',
      [
        [1, 65535],
        [5000, 5000],
      ],
      [[0, 10], [10, 5], [1], [1, 2, 3], '1-2', [1, 70000]],
    ],
    ['lossRate', [0, 0.5, 1], [-0.1, 1.1]],
    ['somaxconn', [0, 4096], [-1, 1.5]],
    ['maxSynBacklog', [1, 128], [0]],
    ['mss', [88, 1460, 65_495], [87, 65_496]],
    ['rcvBuf', [1, 65535], [0, 2 ** 30 + 1]],
    ['rcvBufMax', [1, 33_554_432], [0, 2 ** 30 + 1]],
    ['windowScale', [0, 14, null], [15, -1, 'auto']],
    ['linuxWindows', [true, false], [0, null]],
    [
      'isn',
      [{}, { client: 0, server: 4294967295 }],
      [{ client: -1 }, { other: 1 }, { client: 1.5 }, [1]],
    ],
  ])('checks the type and range of %s', (key, good, bad) => {
    for (const value of good) expect(withSettings({ [key]: value }), String(value)).toEqual([]);
    for (const value of bad) {
      const found = withSettings({ [key]: value });
      expect(found.length, JSON.stringify(value)).toBeGreaterThan(0);
      expect(found.every((line) => line.startsWith(`settings.${key}`))).toBe(true);
    }
  });

  it('names the element of portRange at fault and the order of its ends', () => {
    expect(withSettings({ portRange: [1, 70000] })).toEqual([
      'settings.portRange[1]: expected an integer from 1 to 65535, got 70000',
    ]);
    expect(withSettings({ portRange: [61000, 32768] })).toEqual([
      'settings.portRange: expected low ≤ high, got [61000, 32768]',
    ]);
  });

  it('requires isn keys to be host names', () => {
    expect(withSettings({ isn: { other: 1 } })).toEqual([
      'settings.isn.other: not the name of a host',
    ]);
  });
});

describe('hostile input', () => {
  it('reports prototype-pollution keys and leaves Object.prototype alone', () => {
    const text = JSON.stringify(base([{ at: 0, do: 'vanish', host: 'client', __proto__x: 1 }]))
      .replace('"__proto__x"', '"__proto__"')
      .replace('{"version":1', '{"__proto__":{"polluted":1},"version":1')
      .replace('"hosts":{', '"hosts":{"__proto__":"10.9.9.9",')
      .replace('"steps":', '"settings":{"__proto__":{"delayMs":1},"isn":{"__proto__":1}},"steps":');
    const result = parseScenarioText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toEqual([
        'settings.isn.__proto__',
        'settings.__proto__',
        'hosts.__proto__',
        'steps[2].__proto__',
        '__proto__',
      ]);
    }
    expect(({} as Json).polluted).toBeUndefined();
    expect(({} as Json).delayMs).toBeUndefined();
  });

  it('does not modify its input', () => {
    const input = base([{ at: 'x', do: 'drop', match: { flags: 'SYN,FOO' } }]);
    const before = JSON.stringify(input);
    parseScenario(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('survives deeply nested values in comments and fields', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => parseScenario({ ...base(), $deep: deep, title: deep })).not.toThrow();
    expect(() => parseScenarioText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).not.toThrow();
  });

  it('survives getters that throw', () => {
    const input = base();
    Object.defineProperty(input, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseScenario(input)).toEqual({
      ok: false,
      issues: [{ path: '', message: 'could not be read: boom' }],
    });
  });
});

describe('parseScenarioText', () => {
  it('reports a JSON syntax error as one issue for the whole text', () => {
    const result = parseScenarioText('{"version": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]!.path).toBe('');
      expect(result.issues[0]!.message).toMatch(/^not valid JSON: ./);
    }
  });

  it('parses and validates valid text', () => {
    expect(parseScenarioText(JSON.stringify(FULL_EXAMPLE))).toEqual({
      ok: true,
      scenario: FULL_EXAMPLE,
    });
  });
});

describe('ScenarioError and formatIssues', () => {
  const list: ScenarioIssue[] = [
    { path: 'steps[3].match.flags', message: 'expected flags' },
    { path: '', message: 'not valid JSON: oops' },
  ];

  it('writes one issue per line as "path: message"', () => {
    expect(formatIssues(list)).toBe('steps[3].match.flags: expected flags\nnot valid JSON: oops');
  });

  it('is an Error whose message lists every issue', () => {
    const error = new ScenarioError(list);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ScenarioError');
    expect(error.issues).toBe(list);
    expect(error.message.split('\n')).toEqual([
      'steps[3].match.flags: expected flags',
      'not valid JSON: oops',
    ]);
  });
});

describe('properties', () => {
  /** Every issue is a pair of strings; a valid result validates again to itself. */
  function wellBehaved(input: unknown): void {
    const result = parseScenario(input);
    if (result.ok) {
      expect(parseScenario(result.scenario)).toEqual(result);
    } else {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(typeof issue.path).toBe('string');
        expect(typeof issue.message).toBe('string');
      }
    }
  }

  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => wellBehaved(value)));
  });

  it('never throws on arbitrary JSON text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseScenarioText(text)));
  });

  it('never throws on valid scenarios with parts replaced, removed or added', () => {
    /** Every object and array in the value, the value itself first. */
    const containers = (value: unknown): Json[] => {
      if (typeof value !== 'object' || value === null) return [];
      return [value as Json, ...Object.values(value).flatMap(containers)];
    };
    const mutation = fc.tuple(
      fc.nat(),
      fc.oneof(
        fc.constantFrom('at', 'do', 'host', 'port', 'socket', 'flags', '__proto__', '0'),
        fc.string(),
      ),
      fc.oneof(fc.jsonValue(), fc.constant(undefined)),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const input = structuredClone(FULL_EXAMPLE);
        for (const [pick, key, value] of mutations) {
          const all = containers(input);
          const target = all[pick % all.length]!;
          const keys = Object.keys(target);
          const name = keys.length > 0 && pick % 2 === 0 ? keys[pick % keys.length]! : key;
          if (value === undefined) {
            delete target[name];
          } else {
            // defineProperty, so that "__proto__" becomes an own key as JSON.parse makes it
            const property = { value, enumerable: true, writable: true, configurable: true };
            Object.defineProperty(target, name, property);
          }
        }
        const before = JSON.stringify(input);
        wellBehaved(input);
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  });
});
