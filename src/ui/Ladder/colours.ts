/**
 * Segment colours from the theme's custom properties, with Okabe–Ito defaults (distinguishable
 * with the common colour-vision deficiencies). Colour is never the only cue: each kind also has
 * its own tail mark, data is drawn thicker, and retransmissions are dashed.
 */
import type { SegKind } from './ladderIndex';

export const SEG_KINDS: readonly SegKind[] = ['syn', 'synack', 'ack', 'fin', 'rst', 'data'];

const DEFAULTS: Record<SegKind | 'mixed', string> = {
  syn: '#0072B2',
  synack: '#CC79A7',
  ack: '#009E73',
  fin: '#E69F00',
  rst: '#D55E00',
  data: '#56B4E9',
  mixed: '#999999',
};

export function segColour(kind: SegKind | 'mixed'): string {
  return `var(--tcpsim-seg-${kind}, ${DEFAULTS[kind]})`;
}
