/**
 * The simulator's CSS, as text, for the custom element's shadow roots. In the embed build every
 * plain `import './X.css'` of a component becomes `addCss('X.css', text)` (see
 * vite.embed.config.ts), so the sheets arrive in the very order the app's page would apply them,
 * and a lazily loaded view's CSS arrives with it. Nothing is ever written into the host page.
 */
export interface CssEntry {
  name: string;
  text: string;
}

const entries: CssEntry[] = [];
const listeners = new Set<() => void>();

export function addCss(name: string, text: string): void {
  if (entries.some((e) => e.name === name)) return;
  entries.push({ name, text });
  for (const listener of listeners) listener();
}

export function collectedCss(): readonly CssEntry[] {
  return entries;
}

/** Called whenever more CSS arrives (a lazy view's module was evaluated). */
export function onCssAdded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
