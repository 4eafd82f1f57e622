/**
 * A build of one classic script (an IIFE) into dist/embed, next to the element's: the worker file
 * and the languages file. Run after vite.embed.config.ts, which empties dist/embed first.
 */
import { defineConfig, type UserConfig } from 'vite';

export function classicScript(entry: string, name: string, fileName: string): UserConfig {
  return defineConfig({
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: 'dist/embed',
      emptyOutDir: false,
      sourcemap: false,
      minify: true,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
    },
  });
}
