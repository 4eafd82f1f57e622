/**
 * Where the element's simulation worker comes from: `tcp-handshake-sim.worker.js`, built next to
 * the element's script (vite.embed-worker.config.ts), found relative to the script's own URL.
 *
 * A file, not a blob: or data: URL: a strict Content-Security-Policy (`script-src 'self'`, which
 * also governs workers when there is no `worker-src`) allows a same-origin file and refuses both
 * of those. The URL must be read while the script first runs: `document.currentScript` is the
 * <script> element only then.
 */
const SCRIPT = 'tcp-handshake-sim.js';
export const WORKER_FILE = 'tcp-handshake-sim.worker.js';

/** A file next to a script URL (null when the script's URL is unknown). */
export function fileNextTo(file: string, scriptSrc: string | null | undefined): string | null {
  if (!scriptSrc) return null;
  try {
    return new URL(file, scriptSrc).href;
  } catch {
    return null;
  }
}

/** The worker next to a script URL (null when the script's URL is unknown). */
export function workerUrlNextTo(scriptSrc: string | null | undefined): string | null {
  return fileNextTo(WORKER_FILE, scriptSrc);
}

function currentScriptSrc(): string | null {
  if (typeof document === 'undefined') return null;
  const script = document.currentScript as HTMLScriptElement | null;
  if (script?.src) return script.src;
  // Loaded some other way (a bundler's chunk, a test): a script tag of ours, if there is one.
  const tag = document.querySelector<HTMLScriptElement>(`script[src$="${SCRIPT}"]`);
  return tag?.src ?? null;
}

/** Read once, when this module first runs (see above). */
const SCRIPT_SRC = currentScriptSrc();
export const WORKER_URL = workerUrlNextTo(SCRIPT_SRC);

/** The element's languages other than English (vite.embed-languages.config.ts). */
export const LANGUAGES_FILE = 'tcp-handshake-sim.languages.js';
export const LANGUAGES_URL = fileNextTo(LANGUAGES_FILE, SCRIPT_SRC);

/**
 * A classic worker from that file, or null where there is none to make: the page then computes on
 * its main thread (src/worker/runner.ts). `new Worker` throws for a script served from another
 * origin (a CDN): workers must be same-origin, and that is the case this fallback exists for.
 */
export function makeEmbedWorker(): Worker | null {
  if (!WORKER_URL || typeof Worker === 'undefined') return null;
  return new Worker(WORKER_URL);
}
