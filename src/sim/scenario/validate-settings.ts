/** The rules for `settings` (and `set` steps): every key of Settings, with its type and range. */
import type { Settings } from '../profile';
import type { Rule } from './validate-rules';
import {
  bool,
  child,
  describe,
  int,
  isHost,
  isRecord,
  nullable,
  num,
  opt,
  record,
  report,
  U32_MAX,
} from './validate-rules';

const retries = int(0, 20);

const PORT_RANGE = 'two ports [low, high] from 1 to 65535';
const portRange: Rule<[number, number]> = {
  expected: PORT_RANGE,
  check(v, path, ctx) {
    if (!Array.isArray(v) || v.length !== 2) {
      return report(ctx, path, `expected ${PORT_RANGE}, got ${describe(v)}`);
    }
    const port = int(1, 65535);
    const [low, high] = [
      port.check(v[0], child(path, 0), ctx),
      port.check(v[1], child(path, 1), ctx),
    ];
    if (low === undefined || high === undefined) return undefined;
    if (low > high) return report(ctx, path, `expected low ≤ high, got [${low}, ${high}]`);
    return [low, high];
  },
};

const ISN = 'an object of host name → initial sequence number';
const isnValue = int(0, U32_MAX);
const isn: Rule<Record<string, number>> = {
  expected: ISN,
  check(v, path, ctx) {
    if (!isRecord(v)) return report(ctx, path, `expected ${ISN}, got ${describe(v)}`);
    const before = ctx.issues.length;
    const out: Record<string, number> = {};
    for (const key of Object.keys(v)) {
      if (!isHost(ctx, key)) report(ctx, child(path, key), 'not the name of a host');
      const value = isnValue.check(v[key], child(path, key), ctx);
      if (value !== undefined && isHost(ctx, key)) out[key] = value; // never "__proto__"
    }
    return ctx.issues.length === before ? out : undefined;
  },
};

/** One rule per setting: the mapped type makes a new setting without a rule a compile error. */
const SETTINGS: { [K in keyof Settings]-?: Rule<Settings[K]> } = {
  delayMs: num({ min: 0, max: 10_000 }),
  isn,
  msl: num({ min: 0.001, max: 3600 }),
  synRetries: retries,
  synackRetries: retries,
  finTimeout: nullable(num({ min: 0, max: 86_400 })),
  rtoInitial: num({ min: 0.01, max: 60 }),
  rtoMin: num({ min: 0.001, max: 60 }),
  rtoMax: num({ min: 0.01, max: 3600 }),
  syncookies: bool,
  abortOnOverflow: bool,
  twReuse: bool,
  portRange,
  lossRate: num({ min: 0, max: 1 }),
  somaxconn: int(0, 1_000_000),
  maxSynBacklog: int(1, 1_000_000),
  retries2: retries,
  orphanRetries: retries,
  synLinearTimeouts: retries,
  mss: int(88, 65_495),
  rcvBuf: int(1, 2 ** 30),
  rcvBufMax: int(1, 2 ** 30),
  timestamps: bool,
  delayedAck: bool,
  tailLossProbe: bool,
  windowScale: nullable(int(0, 14)),
  linuxWindows: bool,
};

const SHAPE = Object.fromEntries(Object.entries(SETTINGS).map(([key, rule]) => [key, opt(rule)]));

export const settingsRule = record('an object of settings', SHAPE, {
  message: 'unknown setting',
  comments: false,
}) as Rule<Partial<Settings>>;
