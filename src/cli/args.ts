/**
 * The command line, parsed from one table: each flag is a row (its name, the value it takes, its
 * help line, what it sets), so a new flag is one row here and its handling where it belongs. The
 * usage text is generated from the same rows, so it cannot drift from what is accepted.
 */
export interface CliOptions {
  /** A built-in name, a path, or "-" for standard input; "" when none was given. */
  scenario: string;
  ladder: boolean;
  json: boolean;
  until: number | null;
  netstat: number[];
  ss: boolean;
  pcap: string | null;
  strict: boolean;
  list: boolean;
  help: boolean;
  version: boolean;
  /** --import FILE, --connection N,…, --to-scenario FILE: see importCapture.ts. */
  importFile: string | null;
  connections: number[];
  toScenario: string | null;
  /** --diagnose FILE or -: see diagnose.ts. */
  diagnose: string | null;
}

export class UsageError extends Error {}

export interface Flag {
  /** `--netstat`. */
  name: string;
  /** `-h`. */
  short?: string;
  /** The value's placeholder in the usage (`SECONDS`); a flag without one takes no value. */
  value?: string;
  help: string;
  /** Records the flag; `value` is the flag's argument (undefined for a flag without one). */
  apply(o: CliOptions, value: string): void;
}

function seconds(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UsageError(`${flag} expects a number of seconds ≥ 0, got "${text}"`);
  }
  return n;
}

export const FLAGS: readonly Flag[] = [
  {
    name: '--ladder',
    help: 'print the run as an RFC 793 ladder (the default when no other output is asked for)',
    apply: (o) => (o.ladder = true),
  },
  {
    name: '--json',
    help: 'print the trace as JSON Lines, one event per line',
    apply: (o) => (o.json = true),
  },
  {
    name: '--netstat',
    value: 'T[,T…]',
    help: "print each host's netstat -ant at these times (seconds)",
    apply: (o, v) => (o.netstat = v.split(',').map((x) => seconds('--netstat', x))),
  },
  {
    name: '--ss',
    help: 'with --netstat: print ss -tan instead of netstat -ant',
    apply: (o) => (o.ss = true),
  },
  {
    name: '--pcap',
    value: 'FILE',
    help: 'write the run as a pcap file (Wireshark, tshark)',
    apply: (o, v) => (o.pcap = v),
  },
  {
    name: '--until',
    value: 'SECONDS',
    help: 'stop the run at this simulated time',
    apply: (o, v) => (o.until = seconds('--until', v)),
  },
  {
    name: '--strict',
    help: 'exit with status 1 when a call failed (connect() = ETIMEDOUT, …)',
    apply: (o) => (o.strict = true),
  },
  {
    name: '--import',
    value: 'CAPTURE',
    help: 'read a pcap or pcapng capture instead of a scenario: its connections as a ladder, or --json',
    apply: (o, v) => (o.importFile = v),
  },
  {
    name: '--connection',
    value: 'N[,N…]',
    help: 'with --import: only these connections (numbers from the listing)',
    apply: (o, v) =>
      (o.connections = v.split(',').map((x) => {
        const n = Number(x);
        if (!Number.isInteger(n) || n < 1) {
          throw new UsageError(`--connection expects connection numbers, e.g. 1,3; got ${v}`);
        }
        return n;
      })),
  },
  {
    name: '--to-scenario',
    value: 'FILE',
    help: 'with --import: write a scenario file replaying the (first) chosen connection',
    apply: (o, v) => (o.toScenario = v),
  },
  {
    name: '--diagnose',
    value: 'LISTING',
    help: 'name what a netstat -ant / ss -tan / Windows or macOS netstat listing shows (- reads standard input)',
    apply: (o, v) => (o.diagnose = v),
  },
  { name: '--list', help: 'list the built-in scenarios', apply: (o) => (o.list = true) },
  { name: '--version', short: '-V', help: 'print the version', apply: (o) => (o.version = true) },
  { name: '--help', short: '-h', help: 'print this help', apply: (o) => (o.help = true) },
];

const COMMAND = 'tcp-handshake-sim';

export function usage(flags: readonly Flag[] = FLAGS): string {
  const rows = flags.map((f) => {
    const names = (f.short ? `${f.short}, ` : '    ') + f.name + (f.value ? ` ${f.value}` : '');
    return [names, f.help] as const;
  });
  const width = Math.max(...rows.map(([names]) => names.length)) + 2;
  return [
    `usage: ${COMMAND} [options] <built-in name | file.json | ->`,
    `       npm run sim -- [options] <built-in name | file.json | ->`,
    '',
    'Runs a scenario of the TCP simulator. "-" reads the scenario from standard input; a path is',
    'relative to the directory the command was run from.',
    '',
    ...rows.map(([names, help]) => `  ${names.padEnd(width)}${help}`),
    '',
    'Exit status: 0 the run completed; 1 a call failed and --strict was given; 2 bad input',
    '(an unknown option, a scenario that cannot be read, is not valid or asks for too much work).',
  ].join('\n');
}

export function defaultOptions(): CliOptions {
  return {
    scenario: '',
    ladder: false,
    json: false,
    until: null,
    netstat: [],
    ss: false,
    pcap: null,
    strict: false,
    list: false,
    help: false,
    version: false,
    importFile: null,
    connections: [],
    toScenario: null,
    diagnose: null,
  };
}

export function parseArgs(argv: readonly string[], flags: readonly Flag[] = FLAGS): CliOptions {
  const o = defaultOptions();
  let operandsOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const isFlag = !operandsOnly && arg.startsWith('-') && arg !== '-';
    if (isFlag && arg === '--') {
      operandsOnly = true;
      continue;
    }
    if (!isFlag) {
      if (o.scenario) throw new UsageError(`one scenario at a time (got ${o.scenario} and ${arg})`);
      o.scenario = arg;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const flag = flags.find((f) => f.name === name || f.short === name);
    if (!flag) throw new UsageError(`unknown option ${name}`);
    if (!flag.value) {
      if (eq >= 0) throw new UsageError(`${name} takes no value`);
      flag.apply(o, '');
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') {
      throw new UsageError(`${name} expects ${flag.value}`);
    }
    flag.apply(o, value);
  }
  if (!o.scenario && !o.help && !o.version && !o.list && !o.importFile && !o.diagnose) {
    throw new UsageError('name a built-in scenario, a scenario file, or - for standard input');
  }
  if (o.json && o.ladder) {
    throw new UsageError('--json and --ladder both write to standard output: choose one');
  }
  if (o.ss && o.netstat.length === 0) throw new UsageError('--ss goes with --netstat T[,T…]');
  return o;
}

/** The ladder is printed when asked, or when nothing else was. */
export function wantsLadder(o: CliOptions): boolean {
  return o.ladder || (!o.json && o.netstat.length === 0 && o.pcap === null);
}
