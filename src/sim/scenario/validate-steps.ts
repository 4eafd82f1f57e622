/** The rules for `steps`: one shape per kind, then a pass over the socket names. */
import { parseFlags } from '../segment';
import type { StepKind } from './types';
import type { Ctx, Rule, Shape } from './validate-rules';
import {
  NAME,
  bool,
  child,
  describe,
  endpoint,
  fields,
  hostName,
  int,
  isHost,
  isIpv4,
  isRecord,
  name,
  num,
  oneOf,
  opt,
  own,
  record,
  report,
  req,
  simple,
} from './validate-rules';
import { settingsRule } from './validate-settings';

export const MAX_STEPS = 10_000;

/** `name` or `name#n`: the base name is group 1, n group 2. */
const NAMED = /^([a-z][a-z0-9_-]*)(?:#([1-9][0-9]*))?$/i;

function isIpPort(text: string): boolean {
  const m = /^(.+):([1-9][0-9]{0,4})$/.exec(text);
  return !!m && isIpv4(m[1]!) && Number(m[2]) <= 65535;
}

/** `local>remote`, or `ip:port>*` for a listener (how the trace writes sockets). */
function isSocketKey(text: string): boolean {
  const [local = '', remote = '', ...rest] = text.split('>');
  return rest.length === 0 && isIpPort(local) && (remote === '*' || isIpPort(remote));
}

const socket = simple(
  'a socket: a name given by "as", "<as>#n", "local>remote" (ip:port>ip:port) or "*"',
  (v) => (typeof v === 'string' && (v === '*' || NAMED.test(v) || isSocketKey(v)) ? v : undefined),
);

const listener = simple('a listener: its name given by "as", ip:port or ip:port>*', (v) =>
  typeof v === 'string' && (NAME.test(v) || isIpPort(v) || (v.endsWith('>*') && isSocketKey(v)))
    ? v
    : undefined,
);

const FLAG_NAMES = 'names from SYN, FIN, RST, PSH, ACK joined by commas, each once';
const flags = simple(`flags like "SYN,ACK" (${FLAG_NAMES})`, (v) => {
  if (typeof v !== 'string' || parseFlags(v) === null) return undefined;
  const names = v.split(',').map((part) => part.trim().toUpperCase());
  return new Set(names).size === names.length ? v : undefined;
});

/** The sender of a segment: a host name or an IPv4 address. */
const from = simple('a host name or an IPv4 address', (v, ctx) =>
  typeof v === 'string' && (isIpv4(v) || isHost(ctx, v)) ? v : undefined,
);

const at = req(num({ min: 0 }));
const host = req(hostName);
const port = int(1, 65_535);
const count = int(1, 100_000);
const seconds = num({ min: 0 });

const match = record(
  'an object of conditions (from, flags, nth, count, data, id)',
  {
    from: opt(from),
    flags: opt(flags),
    nth: opt(int(1)),
    count: opt(int(1)),
    data: opt(bool),
    id: opt(int(0)),
  },
  { message: 'unknown field; match has from, flags, nth, count, data, id', comments: true },
);

const socketCall: Shape = { host, socket: req(socket) };

const SHAPES: Record<StepKind, Shape> = {
  listen: { host, port: req(port), backlog: opt(int(0, 1_000_000)), as: opt(name) },
  app: { host, accept: opt(bool), read: opt(bool), closeOnEof: opt(bool) },
  connect: {
    host,
    to: req(endpoint),
    port: opt(port),
    as: opt(name),
    count: opt(count),
    interval: opt(seconds),
    closeAfter: opt(seconds),
  },
  send: { host, socket: req(socket), bytes: req(int(1, 100_000_000)) },
  close: socketCall,
  shutdown: socketCall,
  abort: socketCall,
  accept: { host, socket: opt(listener), count: opt(count) },
  drop: { match: req(match), count: opt(int(1)) },
  firewall: { host, port: req(port), action: req(oneOf(['drop', 'reject', 'off'])) },
  flood: { to: req(endpoint), count: req(count), rate: req(num({ above: 0, max: 1_000_000 })) },
  vanish: { host },
  set: { settings: req(settingsRule) },
};

const KINDS = Object.keys(SHAPES) as StepKind[];
const kindRule = oneOf(KINDS);

function checkStep(v: unknown, path: string, ctx: Ctx): Record<string, unknown> | undefined {
  if (!isRecord(v)) return report(ctx, path, `expected a step object, got ${describe(v)}`);
  const kind = own(v, 'do');
  if (!KINDS.some((k) => k === kind)) {
    fields(ctx, path, v, { at, do: req(kindRule) }, null);
    return undefined;
  }
  const shape = { at, do: req(kindRule), ...SHAPES[kind as StepKind] };
  const known = Object.keys(shape).join(', ');
  const unknown = { message: `unknown field; a ${String(kind)} step has ${known}`, comments: true };
  const step = fields(ctx, path, v, shape, unknown);
  const inMatch = isRecord(step.match) ? step.match.count : undefined;
  if (step.count !== undefined && inMatch !== undefined && inMatch !== step.count) {
    report(ctx, child(path, 'count'), `differs from match.count (${String(inMatch)}); write one`);
  }
  return step;
}

interface Declared {
  index: number;
  do: unknown;
  port: unknown;
  /** A connect step's count: its sockets are `name#1` … `name#count`. */
  count: number | undefined;
}

/** What is wrong with `base` or `base#n` (n null) as a reference to what `decl` declared. */
function misnamed(decl: Declared, base: string, n: number | null, accept: boolean): string | null {
  if (decl.do === 'listen') return null;
  if (accept) return `"${base}" names a connecting socket, not a listener`;
  if (decl.count === undefined)
    return n === null ? null : `"${base}" names one socket: write "${base}"`;
  if (n !== null && n <= decl.count) return null;
  return `"${base}" names ${decl.count} sockets: write "${base}#1" to "${base}#${decl.count}"`;
}

/**
 * Socket names: `as` names a socket once per host (a listen step may repeat its listener's name
 * for the same port, to change the backlog; a connect with `count` and no `as` names its sockets
 * `conn#n`), and a step's `socket` names one declared on its host, in the form it was declared.
 */
function checkNames(ctx: Ctx, steps: (Record<string, unknown> | undefined)[]): void {
  const declared = new Map<string, Declared>();
  const key = (host: unknown, as: unknown) => `${String(host)}\u0000${String(as)}`;
  steps.forEach((step, index) => {
    if (step?.host === undefined) return;
    const count = typeof step.count === 'number' ? step.count : undefined;
    const as = step.do === 'connect' && count !== undefined ? (step.as ?? 'conn') : step.as;
    if (as === undefined || (step.do !== 'listen' && step.do !== 'connect')) return;
    const before = declared.get(key(step.host, as));
    if (!before) declared.set(key(step.host, as), { index, do: step.do, port: step.port, count });
    else if (before.do !== 'listen' || step.do !== 'listen' || before.port !== step.port) {
      const path = child('steps', index);
      const message = `"${String(as)}" already names a socket of ${String(step.host)} (steps[${before.index}])`;
      report(ctx, step.as === undefined ? path : child(path, 'as'), message);
    }
  });
  steps.forEach((step, index) => {
    const ref = typeof step?.socket === 'string' ? NAMED.exec(step.socket) : null;
    if (!step || !ref || step.host === undefined) return;
    const [, base = '', n] = ref;
    const decl = declared.get(key(step.host, base));
    const message = decl
      ? misnamed(decl, base, n === undefined ? null : Number(n), step.do === 'accept')
      : `no step names a socket "${base}" with "as" on ${String(step.host)}`;
    if (message) report(ctx, child(child('steps', index), 'socket'), message);
  });
}

export const stepsRule: Rule<Record<string, unknown>[]> = {
  expected: `an array of at most ${MAX_STEPS} steps`,
  check(v, path, ctx) {
    if (!Array.isArray(v) || v.length > MAX_STEPS) {
      const got = Array.isArray(v) ? `${v.length} steps` : describe(v);
      return report(ctx, path, `expected ${stepsRule.expected}, got ${got}`);
    }
    const before = ctx.issues.length;
    const steps = Array.from(v, (step: unknown, i) => checkStep(step, child(path, i), ctx));
    checkNames(ctx, steps);
    return ctx.issues.length === before ? (steps as Record<string, unknown>[]) : undefined;
  },
};
