/**
 * The runtime both builds ship: the app's page and the embed script run the same components on
 * Preact's React-compatible layer and a motion-values-only framer-motion, because what a first
 * visit downloads is the budget (150 KB gzip for the app's first load, 150 KB for the embed).
 * Measured on the app's first load: React DOM is ~58 KB gzip against Preact's ~11 KB; framer-
 * motion's animation engine ~42 KB for the five functions the views use (src/embed/motionLite.tsx
 * says which, and its test fails when a view imports anything else).
 *
 * Unit tests (Vitest) run the components on React itself; the end-to-end tests run these builds.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const LIGHT_RUNTIME: Alias[] = [
  // Motion values without the animation engine: see src/embed/motionLite.tsx.
  { find: 'framer-motion', replacement: path.join(root, 'src/embed/motionLite.tsx') },
  // Every scale's range is numeric: no colour, date or string blending (~5 KB gzip).
  { find: /^d3-interpolate$/, replacement: path.join(root, 'src/embed/d3/numberInterpolate.ts') },
  // Only scale.tickFormat() uses it, and no view calls that (~2 KB gzip).
  { find: /^d3-format$/, replacement: path.join(root, 'src/embed/d3/formatLeftOut.ts') },
  // Preact's React compatibility layer instead of React: ~47 KB gzip less.
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  // …with React's spelling of tabindex on SVG elements (src/embed/preactRuntime.js).
  { find: /^react-dom$/, replacement: path.join(root, 'src/embed/preactRuntime.js') },
  { find: /^react$/, replacement: path.join(root, 'src/embed/preactRuntime.js') },
];
