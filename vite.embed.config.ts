/**
 * The custom element, <tcp-handshake-sim>, as one classic script: dist/embed/tcp-handshake-sim.js
 * (an IIFE: it runs from a plain <script src> tag, lazy views inlined, in production mode), on
 * Preact's React-compatible runtime: the same components, 55 KB gzip lighter than React DOM. Run after the app's build (`npm run build`), which empties dist/ first.
 *
 * The components import their CSS as global stylesheets (`import './Wire.css'`), which suits the
 * app's own page. Here each such import becomes a call that hands the CSS text to
 * src/embed/cssRegistry.ts instead, in the same order, and the element adopts it into its shadow
 * root: no <style> or <link> ever reaches the host page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { builtinTextsLeftOut } from './scripts/vite/builtinTextsLeftOut.ts';
import { LIGHT_RUNTIME } from './scripts/vite/lightRuntime.ts';
import { pureD3Shape } from './scripts/vite/pureD3Shape.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const REGISTRY = path.join(root, 'src/embed/cssRegistry.ts');
const PREFIX = '\0tcpsim-css:';
/** The virtual module must not end in .css, or Vite's CSS plugins would take it for CSS. */
const SUFFIX = '.registration.js';

/**
 * Modules the embed build replaces with a twin of its own, by resolved file: the lazy views'
 * module with its eager twin (one script has nothing to split), the main-thread simulation with
 * one that loads the worker's script (src/embed/scriptRunners.ts), and the languages' loaders
 * with ones that load the script of languages (src/embed/scriptLanguages.ts).
 */
const SWAPPED_MODULES = new Map([
  [
    path.join(root, 'src/ui/Simulator/deferredViews.ts'),
    path.join(root, 'src/embed/eagerViews.ts'),
  ],
  // The simulation on the page's thread, when no worker can be made: the worker's own script
  // loaded onto the page rather than a second copy of the core in this one.
  [path.join(root, 'src/worker/localRunners.ts'), path.join(root, 'src/embed/scriptRunners.ts')],
  // The languages other than English: one script next to the element's, loaded when first asked
  // for, rather than inlined into it.
  [
    path.join(root, 'src/i18n/languageLoaders.ts'),
    path.join(root, 'src/embed/scriptDictionaries.ts'),
  ],
  [
    path.join(root, 'src/teach/content/languageLoaders.ts'),
    path.join(root, 'src/embed/scriptTeachContent.ts'),
  ],
]);

function swapModules(): Plugin {
  return {
    name: 'tcpsim-swap-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && SWAPPED_MODULES.get(resolved.id)) ?? null;
    },
  };
}

function cssIntoShadowRoot(): Plugin {
  return {
    name: 'tcpsim-css-into-shadow-root',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/\.css$/.test(source) || importer.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      return PREFIX + resolved.id + SUFFIX;
    },
    load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      const name = path.relative(root, file).split(path.sep).join('/');
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `import { addCss } from ${JSON.stringify(REGISTRY)};`,
        `addCss(${JSON.stringify(name)}, css);`,
      ].join('\n');
    },
  };
}

export default defineConfig({
  plugins: [swapModules(), cssIntoShadowRoot(), builtinTextsLeftOut(), react(), pureD3Shape()],
  resolve: { alias: LIGHT_RUNTIME },
  publicDir: false,
  define: {
    // Library mode leaves process.env.NODE_ENV for a consumer's bundler; this file is final.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    lib: {
      entry: path.join(root, 'src/embed/element.ts'),
      formats: ['iife'],
      name: 'TcpHandshakeSim',
      fileName: () => 'tcp-handshake-sim.js',
    },
  },
});
