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

/** `480` → `480px`; a CSS length in px, em, rem, vh or svh passes; anything else is ignored. */
export function heightOf(value: string | null): string | null {
  const text = value?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(text)) return `${text}px`;
  if (/^\d+(\.\d+)?(px|em|rem|vh|svh|dvh|lvh)$/.test(text)) return text;
  return null;
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
