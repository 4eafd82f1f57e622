import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { LIGHT_RUNTIME } from './scripts/vite/lightRuntime.ts';
import { pureD3Shape } from './scripts/vite/pureD3Shape.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * What an embedding documentation site may well impose; the preview serves every page under it,
 * so every end-to-end test runs under it.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

export default defineConfig({
  plugins: [react(), pureD3Shape()],
  // The same light runtime as the embed (scripts/vite/lightRuntime.ts says why and what it saves).
  resolve: { alias: LIGHT_RUNTIME },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        // The app; the iframe embed (it loads dist/embed/tcp-handshake-sim.js, built by
        // vite.embed.config.ts); an example page embedding two elements and an iframe.
        main: path.join(root, 'index.html'),
        embed: path.join(root, 'embed.html'),
        example: path.join(root, 'examples/embed.html'),
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': STRICT_CSP },
  },
});
