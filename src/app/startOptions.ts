/**
 * What the page's address asks for: `?scenario=<built-in id>`, a whole scenario as JSON in
 * `#scenario=…` (what share links will use), `?lang=ko`, `?speed=4`.
 */
import { isBuiltinId } from '../sim/scenario/builtins/index';
import type { SimStoreOptions } from '../store';

export interface StartOptions {
  store: SimStoreOptions;
  locale: string | undefined;
}

/** A broken one is handed over anyway: the store falls back to a built-in and says why. */
function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function startOptions(search: string, hash: string): StartOptions {
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const store: SimStoreOptions = {};
  const id = query.get('scenario');
  if (id && isBuiltinId(id)) store.builtinId = id;
  const text = fragment.get('scenario');
  if (text) store.scenario = readJson(text);
  const speed = Number(query.get('speed'));
  if (speed > 0) store.speed = speed;
  return { store, locale: query.get('lang') ?? undefined };
}
