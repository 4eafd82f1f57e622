/**
 * What the page's address asks for: a share link's state in the hash (`#v1.…`, see
 * src/share/shareLink.ts), or the older forms: `?scenario=<built-in id>`, a whole scenario as
 * JSON in `#scenario=…`, `?lang=ko`, `?speed=4`.
 */
import { decodeShareState, type ShareError, type ShareState } from '../share/shareLink';
import { isBuiltinId } from '../sim/scenario/builtins/index';
import type { SimStoreOptions } from '../store';

export interface StartOptions {
  /** The store's options when the address holds no share link (or a broken one). */
  store: SimStoreOptions;
  /** The state a share link holds. */
  share: ShareState | null;
  /** Why the share link in the address cannot be opened (the default scenario opens instead). */
  linkError: ShareError | null;
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

/**
 * Whether the hash is meant as a share link: anything but an in-page anchor (`#main`, a word
 * without a dot). A damaged link is still one, and gets a message saying what is wrong.
 */
export function isShareHash(hash: string): boolean {
  const raw = hash.replace(/^#/, '').trim();
  if (raw === '' || /^scenario=/.test(raw)) return false;
  return !/^[A-Za-z][\w-]*$/.test(raw) || /^v\d+$/.test(raw);
}

export async function startOptions(search: string, hash: string): Promise<StartOptions> {
  const query = new URLSearchParams(search);
  const raw = hash.replace(/^#/, '');
  const fragment = new URLSearchParams(raw);
  const store: SimStoreOptions = {};
  let share: ShareState | null = null;
  let linkError: ShareError | null = null;
  const text = fragment.get('scenario');
  if (text) store.scenario = readJson(text);
  else if (isShareHash(raw)) {
    const decoded = await decodeShareState(raw);
    if (decoded.ok) share = decoded.state;
    else linkError = decoded.error;
  }
  if (!share && !linkError) {
    const id = query.get('scenario');
    if (id && isBuiltinId(id)) store.builtinId = id;
    // A name that is no built-in is said, not silently replaced by the default scenario.
    else if (id !== null) linkError = { code: 'unknown-builtin', id };
    const speed = Number(query.get('speed'));
    if (speed > 0) store.speed = speed;
  }
  return { store, share, linkError, locale: query.get('lang') ?? share?.lang ?? undefined };
}
