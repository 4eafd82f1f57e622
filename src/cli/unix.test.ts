/**
 * The command as a Unix tool: run as a real process through its `bin` entry, the way a user's
 * shell runs it (npx, a global install), and in-process for what needs no process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { defaultOptions, FLAGS, parseArgs, usage, type Flag } from './args';
import { userDirectory } from './load';
import { Output } from './output';
import { runCli, type CliIo } from './run';
import { terminalText } from './terminalText';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, pkg.bin['tcp-handshake-sim']);
const tmp = mkdtempSync(join(tmpdir(), 'tcpsim-unix-'));

function run(
  args: string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? tmp,
    input: options.input ?? '',
    encoding: 'utf8',
    env: options.env ?? { ...process.env, npm_lifecycle_event: '', INIT_CWD: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function io(over: Partial<CliIo> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += String(t)),
    stderr: (t) => void (err += t),
    cwd: tmp,
    readStdin: () => Promise.resolve(''),
    openFile: () => ({ write: () => undefined, close: () => Promise.resolve() }),
    version: '1.2.3',
    ...over,
    out: () => out,
    err: () => err,
  };
}

const scenario = (title: string) => ({
  version: 1,
  title,
  hosts: { client: '10.0.0.1', server: '10.0.0.2' },
  steps: [
    { at: 0, do: 'listen', host: 'server', port: 80 },
    { at: 0.1, do: 'connect', host: 'client', to: 'server:80', as: 'c' },
  ],
});

describe('the tcp-handshake-sim command', () => {
  it('is declared in package.json and prints its version and help', () => {
    expect(pkg.bin).toEqual({ 'tcp-handshake-sim': 'bin/tcp-handshake-sim.js' });
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const flag of FLAGS) expect(help.stdout).toContain(flag.name);
    expect(help.stdout).toContain('Exit status: 0');
  });

  it('reads a scenario from standard input with "-"', () => {
    const r = run(['-'], { input: JSON.stringify(scenario('From stdin')) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^From stdin\n[^]*SYN-SENT +--> <SEQ=\d+><CTL=SYN>/);
  });

  it('finds a relative path from the directory the command was run in', () => {
    const dir = join(tmp, 'docs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(scenario('Mine')));
    expect(run(['mine.json'], { cwd: dir }).stdout).toMatch(/^Mine\n/);
    // npm run sets the cwd to the package root and says where the user was in INIT_CWD.
    const viaNpm = run(['mine.json'], {
      cwd: root,
      env: { ...process.env, npm_lifecycle_event: 'sim', INIT_CWD: dir },
    });
    expect(viaNpm.stdout).toMatch(/^Mine\n/);
    expect(userDirectory({ npm_lifecycle_event: 'sim', INIT_CWD: '/u' }, '/pkg')).toBe('/u');
    expect(userDirectory({ INIT_CWD: '/u' }, '/here')).toBe('/here');
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const out = execFileSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" port-exhaustion --json | head -n 2`],
      {
        encoding: 'utf8',
      },
    );
    expect(out.trim().split('\n')).toHaveLength(2);
  });

  it('exits 2 on bad input, 1 on a failed call only with --strict, 0 otherwise', () => {
    expect(run(['--frobnicate']).code).toBe(2);
    expect(run(['nope.json']).code).toBe(2);
    expect(run(['-'], { input: '{"version": 1' }).code).toBe(2);
    expect(run(['firewall-drop', '--json']).code).toBe(0);
    const strict = run(['firewall-drop', '--strict', '--json']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe(
      // Linux 6.5+ SYN schedule (tcp_syn_linear_timeouts = 4): connect() fails at 131 s.
      '1 call failed; the first: at 131.1 s client connect() = ETIMEDOUT\n',
    );
    expect(run(['handshake-and-close', '--strict']).code).toBe(0);
  });
});

describe('what the command prints', () => {
  it('--netstat alone prints the tables and no ladder', async () => {
    const o = io();
    expect(await runCli(['syn-flood', '--netstat', '5,30'], o)).toBe(0);
    const text = o.out();
    expect(text).not.toMatch(/-->|<--/);
    expect(text.match(/\$ netstat -ant/g)).toHaveLength(4);
    expect(text.indexOf('[t=5 s] client$')).toBeLessThan(text.indexOf('[t=30 s] client$'));
  });

  it('--pcap alone writes the file and prints nothing; --ladder adds the ladder', async () => {
    const chunks: Uint8Array[] = [];
    const files = {
      openFile: () => ({
        write: (c: string | Uint8Array) => void chunks.push(c as Uint8Array),
        close: () => Promise.resolve(),
      }),
    };
    const quiet = io(files);
    expect(await runCli(['port-exhaustion', '--pcap', 'run.pcap', '--until', '1'], quiet)).toBe(0);
    expect(quiet.out()).toBe('');
    expect(chunks.length).toBeGreaterThan(1); // written as the run went, not at once
    const both = io(files);
    await runCli(['handshake-and-close', '--pcap', 'run.pcap', '--ladder'], both);
    expect(both.out()).toContain('SYN-SENT     --> <SEQ=100><CTL=SYN>');
  });

  it('says which file, line and column is not JSON, and shows the text', async () => {
    writeFileSync(
      join(tmp, 'broken.json'),
      '{\n  "version": 1,\n  "hosts": { "a": "10.0.0.1" ]\n}\n',
    );
    const o = io();
    expect(await runCli(['broken.json'], o)).toBe(2);
    expect(o.err()).toBe(
      'broken.json:3:30: not valid JSON: expected "," or "}" after a value, found "]\\n}\\n"\n' +
        '      "hosts": { "a": "10.0.0.1" ]\n' +
        `    ${' '.repeat(29)}^\n`,
    );
  });

  it('refuses a scenario past the work budget before running it, saying what to reduce', async () => {
    const steps = Array.from({ length: 9_999 }, (_, i) => ({
      at: 1,
      do: 'connect',
      host: 'client',
      to: 'server:80',
      as: `c${i}`,
      count: 100_000,
    }));
    const o = io({ readStdin: () => Promise.resolve(JSON.stringify({ ...scenario('x'), steps })) });
    expect(await runCli(['-'], o)).toBe(2);
    expect(o.err()).toContain('too much work');
    expect(o.err()).toContain('Reduce steps[0] (100,000 connections)');
    expect(o.out()).toBe('');
  });

  it('refuses standard input over 2 MB like the app refuses a file', async () => {
    const o = io({ readStdin: () => Promise.resolve(null) });
    expect(await runCli(['-'], o)).toBe(2);
    expect(o.err()).toBe(
      'standard input holds more than 2,000,000 bytes: a scenario is at most 2 MB\n',
    );
  });

  it('prints a title with ANSI escapes, NUL and CR as visible escapes', async () => {
    const title = 'red \u001b[31mALERT\u001b[0m\u0000 and \rover';
    const o = io({ readStdin: () => Promise.resolve(JSON.stringify(scenario(title))) });
    expect(await runCli(['-'], o)).toBe(0);
    const first = o.out().split('\n')[0];
    expect(first).toBe('red \\x1b[31mALERT\\x1b[0m\\x00 and \\x0dover');
    for (const c of ['\u0000', '\u001b', '\r']) expect(o.out()).not.toContain(c);
    expect(terminalText('a\u202eb')).toBe('a\\u202eb');
  });

  it('writes in bounded chunks and waits for a slow reader before running on', async () => {
    const sizes: number[] = [];
    let release: () => void = () => undefined;
    let waiting = 0;
    const o = io({
      stdout: (chunk) => {
        sizes.push(chunk.length);
        waiting++;
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    const done = runCli(['syn-flood', '--json'], o);
    // The run is paused on its first chunk until the reader takes it.
    await new Promise((r) => setImmediate(r));
    expect(waiting).toBe(1);
    let status: number | undefined;
    void done.then((s) => (status = s));
    while (status === undefined) {
      release();
      await new Promise((r) => setImmediate(r));
    }
    expect(status).toBe(0);
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.max(...sizes)).toBeLessThan(64 * 1024 + 4096);
  });
});

describe('the argument table', () => {
  it('takes a new flag as one row: parsed, and listed in the usage', () => {
    const extra: Flag = {
      name: '--replay',
      value: 'TRACE',
      help: 'replay a trace file',
      apply: (o, v) => (o.scenario = `replay:${v}`),
    };
    const o = parseArgs(['--replay=run.jsonl'], [...FLAGS, extra]);
    expect(o).toEqual({ ...defaultOptions(), scenario: 'replay:run.jsonl' });
    expect(usage([...FLAGS, extra])).toMatch(/--replay TRACE +replay a trace file/);
  });

  it('says what a flag expects, and takes "--" and "-" as operands', () => {
    expect(() => parseArgs(['x', '--until'])).toThrow('--until expects SECONDS');
    expect(() => parseArgs(['x', '--json=1'])).toThrow('--json takes no value');
    expect(() => parseArgs(['x', '--until', 'soon'])).toThrow(
      '--until expects a number of seconds',
    );
    expect(parseArgs(['--', '-odd.json']).scenario).toBe('-odd.json');
    expect(parseArgs(['-']).scenario).toBe('-');
  });

  it('chunks output through Output without losing a byte', async () => {
    let text = '';
    const out = new Output((c) => void (text += String(c)));
    for (let i = 0; i < 10_000; i++) await out.line(`line ${i}`);
    await out.flush();
    expect(text.split('\n')).toHaveLength(10_001);
  });
});
