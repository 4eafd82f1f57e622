/**
 * The embed's options, as the custom element's attributes and the iframe's hash spell them:
 * scenario, src, state, lang, autoplay, speed, controls, theme, height.
 */
import type { ControlsLevel } from '../ui/Simulator/Simulator';

export const ATTRIBUTES = [
  'scenario',
  'src',
  'state',
  'lang',
  'autoplay',
  'speed',
  'controls',
  'theme',
  'height',
] as const;

export type Attribute = (typeof ATTRIBUTES)[number];

/** Attributes that choose what runs; a change loads it afresh. */
export const SOURCE_ATTRIBUTES: ReadonlySet<string> = new Set(['scenario', 'src', 'state']);

export function controlsLevel(value: string | null): ControlsLevel {
  return value === 'minimal' || value === 'none' ? value : 'full';
}

export type Theme = 'auto' | 'light' | 'dark';

export function themeOf(value: string | null): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/**
 * The largest height an embed takes, per unit: a height of 1e20px made a 33,554,428 px element.
 * Past these a simulator is taller than any screen shows at once.
 */
export const MAX_HEIGHT = { px: 4000, em: 250, rem: 250, vh: 100, svh: 100, dvh: 100, lvh: 100 };

/**
 * `480` → `480px`; a CSS length in px, em, rem, vh or svh passes, reduced to MAX_HEIGHT; anything
 * else is ignored.
 */
export function heightOf(value: string | null): string | null {
  const m = /^(\d+(?:\.\d+)?(?:e\+?\d+)?)(px|em|rem|vh|svh|dvh|lvh)?$/i.exec(value?.trim() ?? '');
  if (!m) return null;
  const unit = (m[2]?.toLowerCase() ?? 'px') as keyof typeof MAX_HEIGHT;
  const n = Number(m[1]);
  if (Number.isNaN(n)) return null;
  return `${Math.min(n, MAX_HEIGHT[unit])}${unit}`;
}

/** A positive speed, or null (the store clamps it to the speeds on offer). */
export function speedOf(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** `origins=https://a.example,https://b.example`: exact origins only, never `*`. */
export function originsOf(value: string | null): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const part of value.split(/[\s,]+/)) {
    if (!part) continue;
    try {
      const origin = new URL(part).origin;
      if (origin !== 'null' && origin === part.replace(/\/$/, '') && !out.includes(origin)) {
        out.push(origin);
      }
    } catch {
      // Not a URL: not an origin anyone could be.
    }
  }
  return out;
}
