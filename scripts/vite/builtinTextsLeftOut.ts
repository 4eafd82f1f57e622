/**
 * The embed script's copy of the built-in scenarios without their English `title` and
 * `description`: the element never shows them (its picker and card speak the dictionary, in the
 * reader's language, keyed by the built-in's id), and they are about 1 KB of the 150 KB gzip
 * budget. Steps, hosts and settings, everything a run depends on, are untouched, so the element
 * runs exactly what the app runs.
 */
import type { Plugin } from 'vite';

const BUILTIN_JSON = /[\\/]src[\\/]sim[\\/]scenario[\\/]builtins[\\/][a-z0-9-]+\.json$/;

export function withoutBuiltinTexts(source: string): string {
  const scenario = JSON.parse(source) as Record<string, unknown>;
  delete scenario.title;
  delete scenario.description;
  return JSON.stringify(scenario);
}

export function builtinTextsLeftOut(): Plugin {
  return {
    name: 'tcpsim-builtin-texts-left-out',
    enforce: 'pre',
    transform(code, id) {
      if (!BUILTIN_JSON.test(id)) return null;
      return { code: withoutBuiltinTexts(code), map: null };
    },
  };
}
