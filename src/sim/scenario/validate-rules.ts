/**
 * The small checkers the scenario validator is built from. A rule checks one value, reports what
 * is wrong with it (naming the path and what was expected) and returns a fresh copy, or undefined.
 */
import type { ScenarioIssue } from './validate';

export interface Ctx {
  issues: ScenarioIssue[];
  /** The host names `hosts` declares, or null when `hosts` is unusable (names are not checked). */
  hostNames: ReadonlySet<string> | null;
}

export interface Rule<T> {
  /** What a valid value is, for messages: "an integer from 1 to 65535". */
  expected: string;
  check(value: unknown, path: string, ctx: Ctx): T | undefined;
}

export const U32_MAX = 4294967295;

/** Host names and socket names (`as`). */
export const NAME = /^[a-z][a-z0-9_-]*$/i;
export const NAME_TEXT = 'a name of letters, digits, "_" and "-" starting with a letter';
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

export const isIpv4 = (text: string): boolean => IPV4.test(text);
export const isComment = (key: string): boolean => key.startsWith('$') || key.startsWith('x-');

export function report(ctx: Ctx, path: string, message: string): undefined {
  ctx.issues.push({ path, message });
  return undefined;
}

/** A short description of a value for "got …": strings quoted, containers by kind. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

/** `steps[3]` + `match` → `steps[3].match`; odd keys are quoted: `hosts["a b"]`. */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$-]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: never one inherited from Object.prototype (`constructor`, …). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A rule whose only failure is "expected X, got Y"; `parse` returns undefined to fail. */
export function simple<T>(expected: string, parse: (value: unknown, ctx: Ctx) => T | undefined) {
  return {
    expected,
    check(value: unknown, path: string, ctx: Ctx): T | undefined {
      const result = parse(value, ctx);
      if (result === undefined) report(ctx, path, `expected ${expected}, got ${describe(value)}`);
      return result;
    },
  } satisfies Rule<T>;
}

interface NumOptions {
  min?: number;
  /** Exclusive lower bound. */
  above?: number;
  max?: number;
  integer?: boolean;
}

function numText({ min, above, max, integer }: NumOptions): string {
  if (integer && min === 1 && max === undefined) return 'a positive integer';
  const kind = integer ? 'an integer' : 'a number';
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  const low = above !== undefined ? `greater than ${above}` : `of at least ${min}`;
  return max === undefined ? `${kind} ${low}` : `${kind} ${low} and at most ${max}`;
}

export function num(options: NumOptions): Rule<number> {
  const { min = -Infinity, above = -Infinity, max = Infinity, integer = false } = options;
  return simple(numText(options), (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!integer || Number.isSafeInteger(v)) &&
    v >= min &&
    v > above &&
    v <= max
      ? v
      : undefined,
  );
}

export const int = (min: number, max?: number): Rule<number> =>
  num(max === undefined ? { min, integer: true } : { min, max, integer: true });

export const bool = simple('true or false', (v) => (typeof v === 'boolean' ? v : undefined));

export function str(max: number): Rule<string> {
  return simple(`a string of at most ${max} characters`, (v) =>
    typeof v === 'string' && v.length <= max ? v : undefined,
  );
}

export const name = simple(NAME_TEXT, (v) =>
  typeof v === 'string' && NAME.test(v) ? v : undefined,
);

export function oneOf<T extends string | number>(values: readonly T[]): Rule<T> {
  const text = values.map((v) => JSON.stringify(v)).join(', ');
  return simple(values.length === 1 ? text : `one of ${text}`, (v) =>
    values.find((allowed) => allowed === v),
  );
}

export function nullable<T>(rule: Rule<T>): Rule<T | null> {
  return {
    expected: `${rule.expected} or null`,
    check: (v, path, ctx) => (v === null ? null : rule.check(v, path, ctx)),
  };
}

const hostList = (ctx: Ctx): string => [...(ctx.hostNames ?? [])].join(', ');

/** Whether `text` names a declared host (any well-formed name when `hosts` is unusable). */
export function isHost(ctx: Ctx, text: string): boolean {
  return ctx.hostNames ? ctx.hostNames.has(text) : NAME.test(text);
}

export const hostName: Rule<string> = {
  expected: 'the name of a host',
  check(v, path, ctx) {
    if (typeof v === 'string' && isHost(ctx, v)) return v;
    return report(ctx, path, `expected one of the hosts (${hostList(ctx)}), got ${describe(v)}`);
  },
};

/** `host:port` with a host name or an IPv4 address and a port from 1 to 65535. */
export function hostPort(ctx: Ctx, text: string): boolean {
  const m = /^([^:]+):([1-9][0-9]{0,4})$/.exec(text);
  return !!m && (isIpv4(m[1]!) || isHost(ctx, m[1]!)) && Number(m[2]) <= 65535;
}

export const endpoint: Rule<string> = {
  expected: '"host:port"',
  check(v, path, ctx) {
    if (typeof v === 'string' && hostPort(ctx, v)) return v;
    const hosts = ctx.hostNames ? ` (${hostList(ctx)})` : '';
    const what = `"host:port" with a host name${hosts} or an IPv4 address and a port from 1 to 65535`;
    return report(ctx, path, `expected ${what}, got ${describe(v)}`);
  },
};

/**
 * How deep a comment's value may nest. Checked without recursion: a 100,000-deep comment used to
 * pass in a browser (a deep stack) and fail in Node (a shallow one), so the app saved scenarios
 * the CLI rejected. One limit, independent of the engine, gives one answer.
 */
export const MAX_COMMENT_DEPTH = 32;

function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > limit) return true;
    for (const item of Array.isArray(v) ? v : Object.values(v)) stack.push([item, depth + 1]);
  }
  return false;
}

/** A copy of a comment's JSON value (comments are kept, but never shared with the input). */
export function copyJson(value: unknown, path: string, ctx: Ctx): unknown {
  if (depthExceeds(value, MAX_COMMENT_DEPTH)) {
    return report(ctx, path, `expected a comment nested at most ${MAX_COMMENT_DEPTH} levels deep`);
  }
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return JSON.parse(text) as unknown;
  } catch {
    // cyclic or too deep: reported below
  }
  return report(ctx, path, 'expected a JSON value in a comment (not circular, not too deep)');
}

export interface Field {
  rule: Rule<unknown>;
  required?: boolean;
}
export type Shape = Record<string, Field>;

export const req = (rule: Rule<unknown>): Field => ({ rule, required: true });
export const opt = (rule: Rule<unknown>): Field => ({ rule });

/**
 * Checks an object against a shape: each field's rule, missing required fields, and unknown keys
 * (reported with `unknown`, or kept when they are `$…`/`x-…` comments and `comments` is set).
 * Returns a fresh object with the fields in the shape's order, then the comments.
 */
export function fields(
  ctx: Ctx,
  path: string,
  src: Record<string, unknown>,
  shape: Shape,
  unknown: { message: string; comments: boolean } | null,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, { rule, required }] of Object.entries(shape)) {
    const value = own(src, key);
    if (value === undefined) {
      if (required) report(ctx, child(path, key), `missing; expected ${rule.expected}`);
      continue;
    }
    const checked = rule.check(value, child(path, key), ctx);
    if (checked !== undefined) out[key] = checked;
  }
  if (!unknown) return out;
  for (const key of Object.keys(src)) {
    if (Object.hasOwn(shape, key)) continue;
    if (unknown.comments && isComment(key)) {
      out[key] = copyJson(src[key], child(path, key), ctx);
    } else {
      report(ctx, child(path, key), unknown.message);
    }
  }
  return out;
}

/** An object rule made of a shape. */
export function record(
  expected: string,
  shape: Shape,
  unknown: { message: string; comments: boolean },
): Rule<Record<string, unknown>> {
  return {
    expected,
    check(v, path, ctx) {
      if (!isRecord(v)) return report(ctx, path, `expected ${expected}, got ${describe(v)}`);
      return fields(ctx, path, v, shape, unknown);
    },
  };
}
