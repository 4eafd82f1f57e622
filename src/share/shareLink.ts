/**
 * Share links: the state that matters (scenario or built-in id, recorded actions, playback time,
 * language, speed) as `#v1.<base64url(deflate(JSON))>` in the URL hash. Opening the link replays
 * the same run to the event. Decoding never throws: a damaged link gets a reason the UI can name.
 *
 * Encoding is synchronous (fflate), because the Copy link button must reach the clipboard inside
 * the click's user activation. Decoding uses the platform's DecompressionStream('deflate-raw'):
 * the embed script only ever decodes, so it carries no inflate code of its own.
 */
import { deflateSync } from 'fflate';
import { BUILTIN_SCENARIOS, isBuiltinId, type BuiltinId } from '../sim/scenario/builtins';
import type { Scenario, Step } from '../sim/scenario/types';
import { parseScenario, type ScenarioIssue } from '../sim/scenario/validate';
import { decodeBase64Url, encodeBase64Url } from './base64url';

export const SHARE_VERSION = 1;
const PREFIX = `v${SHARE_VERSION}.`;
/** Far above any real link (a few KB), far below what would hurt: a tampered link is refused. */
export const MAX_LINK_CHARS = 200_000;
export const MAX_JSON_BYTES = 2_000_000;

export interface ShareState {
  /** A built-in, by id; or a scenario of the user's own. */
  builtin?: BuiltinId;
  scenario?: Scenario;
  actions: Step[];
  /** Playback time, seconds. */
  time: number;
  lang?: string;
  speed?: number;
}

export type ShareError =
  | { code: 'empty' }
  | { code: 'too-long'; chars: number }
  | { code: 'unknown-version'; version: string }
  | { code: 'not-base64' }
  | { code: 'corrupt' }
  | { code: 'unsupported' }
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'bad-shape'; detail: string }
  | { code: 'unknown-builtin'; id: string }
  | { code: 'invalid-scenario'; issues: ScenarioIssue[] };

export type DecodeResult = { ok: true; state: ShareState } | { ok: false; error: ShareError };

interface Wire {
  b?: string;
  s?: unknown;
  a?: unknown;
  t?: unknown;
  l?: unknown;
  x?: unknown;
}

export function encodeShareState(state: ShareState): string {
  const wire: Wire = { a: state.actions, t: state.time };
  if (state.builtin) wire.b = state.builtin;
  else wire.s = state.scenario;
  if (state.lang) wire.l = state.lang;
  if (state.speed !== undefined) wire.x = state.speed;
  const json = new TextEncoder().encode(JSON.stringify(wire));
  return PREFIX + encodeBase64Url(deflateSync(json, { level: 9 }));
}

/**
 * Inflates with a ceiling, so a tiny link cannot expand into gigabytes (a deflate bomb): reading
 * stops, and the stream is cancelled, as soon as the output passes the limit.
 */
async function inflateLimited(
  data: Uint8Array,
  limit: number,
): Promise<Uint8Array | 'too-large' | 'corrupt' | 'unsupported'> {
  let inflater: DecompressionStream;
  try {
    inflater = new DecompressionStream('deflate-raw');
  } catch {
    // Browsers before 2023 (Safari 16.4, Firefox 113) have no deflate-raw, or no stream at all.
    return 'unsupported';
  }
  const writer = inflater.writable.getWriter();
  // Failures surface on the reading side; these promises must not go unhandled.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflater.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return 'corrupt';
  }
  if (size === 0) return 'corrupt';
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export async function decodeShareState(hash: string): Promise<DecodeResult> {
  const text = hash
    .replace(/^#/, '')
    .replace(/^state=/, '')
    .trim();
  const fail = (error: ShareError): DecodeResult => ({ ok: false, error });
  if (!text) return fail({ code: 'empty' });
  if (text.length > MAX_LINK_CHARS) return fail({ code: 'too-long', chars: text.length });
  const dot = text.indexOf('.');
  const version = dot > 0 ? text.slice(0, dot) : '';
  if (version !== `v${SHARE_VERSION}`)
    return fail({ code: 'unknown-version', version: version || text.slice(0, 8) });
  const bytes = decodeBase64Url(text.slice(dot + 1));
  if (!bytes || bytes.length === 0) return fail({ code: 'not-base64' });
  const inflated = await inflateLimited(bytes, MAX_JSON_BYTES);
  if (inflated === 'too-large') return fail({ code: 'too-large' });
  if (inflated === 'corrupt') return fail({ code: 'corrupt' });
  if (inflated === 'unsupported') return fail({ code: 'unsupported' });
  let wire: Wire;
  try {
    wire = JSON.parse(new TextDecoder().decode(inflated)) as Wire;
  } catch {
    return fail({ code: 'not-json' });
  }
  if (typeof wire !== 'object' || wire === null || Array.isArray(wire)) {
    return fail({ code: 'bad-shape', detail: 'expected an object' });
  }
  if (typeof wire.t !== 'number' || !Number.isFinite(wire.t) || wire.t < 0 || wire.t > 86_400) {
    return fail({ code: 'bad-shape', detail: 't: expected a playback time in seconds' });
  }
  if (!Array.isArray(wire.a))
    return fail({ code: 'bad-shape', detail: 'a: expected a list of actions' });
  if (wire.l !== undefined && typeof wire.l !== 'string') {
    return fail({ code: 'bad-shape', detail: 'l: expected a language tag' });
  }
  if (wire.x !== undefined && (typeof wire.x !== 'number' || !(wire.x > 0 && wire.x <= 64))) {
    return fail({ code: 'bad-shape', detail: 'x: expected a speed from 0.25 to 64' });
  }
  let base: Scenario;
  let builtin: BuiltinId | undefined;
  if (wire.b !== undefined) {
    if (typeof wire.b !== 'string' || !isBuiltinId(wire.b)) {
      return fail({ code: 'unknown-builtin', id: String(wire.b).slice(0, 60) });
    }
    builtin = wire.b;
    base = BUILTIN_SCENARIOS[builtin];
  } else {
    const parsed = parseScenario(wire.s);
    if (!parsed.ok) return fail({ code: 'invalid-scenario', issues: parsed.issues });
    base = parsed.scenario;
  }
  // Actions are validated as steps of the run they will be replayed in (names must resolve).
  const combined = parseScenario({ ...base, steps: [...base.steps, ...wire.a] });
  if (!combined.ok) {
    const own = base.steps.length;
    return fail({
      code: 'invalid-scenario',
      issues: combined.issues.map((i) => ({
        ...i,
        path: i.path.replace(/^steps\[(\d+)\]/, (_, n: string) => `actions[${Number(n) - own}]`),
      })),
    });
  }
  const state: ShareState = {
    actions: combined.scenario.steps.slice(base.steps.length),
    time: wire.t,
  };
  if (builtin) state.builtin = builtin;
  else state.scenario = base;
  if (typeof wire.l === 'string') state.lang = wire.l;
  if (typeof wire.x === 'number') state.speed = wire.x;
  return { ok: true, state };
}
