/** The command line of `npm run sim`, parsed without a library: few flags, clear errors. */
export interface CliOptions {
  scenario: string;
  json: boolean;
  until: number | null;
  netstat: number[];
  ss: boolean;
  pcap: string | null;
  help: boolean;
  /** --import FILE, --connection N,…, --to-scenario FILE: see importCapture.ts. */
  importFile: string | null;
  connections: number[];
  toScenario: string | null;
  /** --diagnose FILE or -: see diagnose.ts. */
  diagnose: string | null;
}

export const USAGE = `usage: npm run sim -- <built-in name | path.json> [--json] [--until SECONDS]
                    [--netstat T[,T…]] [--ss] [--pcap FILE]

  --json            print the trace as JSON Lines, one event per line
  --until SECONDS   stop the run at this simulated time
  --netstat T,…     print each host's netstat -ant at these times (seconds)
  --ss              print ss -tan instead of netstat -ant
  --pcap FILE       write the run as a pcap file (Wireshark, tshark)
  --list            list the built-in scenarios

       npm run sim -- --import CAPTURE [--json] [--connection N,…] [--to-scenario FILE]
       npm run sim -- --diagnose LISTING   (a netstat or ss listing; - reads standard input)

  --import FILE     read a pcap or pcapng capture: its connections as a ladder, or --json
  --connection N,…  only these connections of the capture (numbers from the listing)
  --to-scenario F   write a scenario file replaying the (first) chosen connection
  --diagnose FILE   name what a netstat -ant / ss -tan / Windows or macOS netstat listing shows`;

export class UsageError extends Error {}

function seconds(flag: string, text: string | undefined): number {
  const n = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UsageError(`${flag} expects a number of seconds ≥ 0, got ${text ?? 'nothing'}`);
  }
  return n;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    scenario: '',
    json: false,
    until: null,
    netstat: [],
    ss: false,
    pcap: null,
    help: false,
    importFile: null,
    connections: [],
    toScenario: null,
    diagnose: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--json':
        o.json = true;
        break;
      case '--ss':
        o.ss = true;
        break;
      case '--until':
        o.until = seconds('--until', value());
        break;
      case '--netstat': {
        const list = value();
        if (!list) throw new UsageError('--netstat expects times in seconds, e.g. --netstat 1,2.5');
        o.netstat = list.split(',').map((x) => seconds('--netstat', x));
        break;
      }
      case '--pcap': {
        const file = value();
        if (!file) throw new UsageError('--pcap expects a file name');
        o.pcap = file;
        break;
      }
      case '--import':
      case '--to-scenario':
      case '--diagnose': {
        const file = value();
        if (!file) throw new UsageError(`${flag} expects a file name`);
        if (flag === '--import') o.importFile = file;
        else if (flag === '--to-scenario') o.toScenario = file;
        else o.diagnose = file;
        break;
      }
      case '--connection': {
        const list = value() ?? '';
        o.connections = list.split(',').map((x) => {
          const n = Number(x);
          if (!Number.isInteger(n) || n < 1) {
            throw new UsageError(`--connection expects connection numbers, e.g. 1,3; got ${list}`);
          }
          return n;
        });
        break;
      }
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '--list':
        o.scenario = '--list';
        break;
      default:
        if (flag!.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
        if (o.scenario)
          throw new UsageError(`one scenario at a time (got ${o.scenario} and ${flag})`);
        o.scenario = flag!;
    }
  }
  if (!o.scenario && !o.help && !o.importFile && !o.diagnose)
    throw new UsageError('name a built-in scenario or a scenario file');
  return o;
}
