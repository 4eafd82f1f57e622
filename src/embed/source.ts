/**
 * What an embed runs: a share state (`state`), a scenario file of the page's own site (`src`), a
 * built-in (`scenario`), or the default. Whatever is wrong becomes a problem to show and to send
 * as `tcpsim-error`, and the default scenario runs instead: never an empty box.
 */
import { decodeShareState } from '../share/shareLink';
import { isBuiltinId } from '../sim/scenario/builtins/index';
import { parseScenarioText } from '../sim/scenario/validate';
import { createSimStore, type SimStore } from '../store';
import { storeFromShareState } from '../store/shareState';
import type { EmbedProblem } from '../ui/Share/problems';

/** A scenario file larger than this is refused. */
const MAX_SCENARIO_CHARS = 2_000_000;

export interface SourceRequest {
  state: string | null;
  src: string | null;
  scenario: string | null;
}

export interface Loaded {
  store: SimStore;
  problems: EmbedProblem[];
  /** The language a share state asks for. */
  lang: string | undefined;
}

function fallback(problem: EmbedProblem): Loaded {
  return { store: createSimStore(), problems: [problem], lang: undefined };
}

async function fetchScenario(src: string, base: string, origin: string): Promise<Loaded> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return fallback({ code: 'fetch-failed', src, reason: 'not a URL' });
  }
  if (url.origin !== origin) return fallback({ code: 'cross-origin', src });
  let text: string;
  try {
    const response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin' });
    if (!response.ok) {
      return fallback({ code: 'fetch-failed', src, reason: `HTTP ${response.status}` });
    }
    text = await response.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fallback({ code: 'fetch-failed', src, reason });
  }
  if (text.length > MAX_SCENARIO_CHARS) {
    return fallback({ code: 'fetch-failed', src, reason: `${text.length} characters` });
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return fallback({ code: 'invalid-scenario', src, issues: parsed.issues });
  return { store: createSimStore({ scenario: parsed.scenario }), problems: [], lang: undefined };
}

export async function loadSource(
  request: SourceRequest,
  where: { base: string; origin: string },
): Promise<Loaded> {
  if (request.state) {
    const decoded = await decodeShareState(request.state);
    if (!decoded.ok) return fallback({ code: 'bad-state', error: decoded.error });
    return { store: storeFromShareState(decoded.state), problems: [], lang: decoded.state.lang };
  }
  if (request.src) return fetchScenario(request.src, where.base, where.origin);
  const name = request.scenario?.trim();
  if (name) {
    if (!isBuiltinId(name)) return fallback({ code: 'unknown-scenario', name: name.slice(0, 80) });
    return { store: createSimStore({ builtinId: name }), problems: [], lang: undefined };
  }
  return { store: createSimStore(), problems: [], lang: undefined };
}
