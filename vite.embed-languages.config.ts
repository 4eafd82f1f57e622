/**
 * The custom element's languages other than English, as one classic script next to the
 * element's: dist/embed/tcp-handshake-sim.languages.js (src/embed/languagesPack.ts). The element
 * loads it the first time another language is asked for (src/embed/scriptLanguages.ts). Run after
 * vite.embed.config.ts, which empties dist/embed first.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classicScript } from './scripts/vite/classicScript.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

export default classicScript(
  path.join(root, 'src/embed/languagesPack.ts'),
  'TcpHandshakeSimLanguages',
  'tcp-handshake-sim.languages.js',
);
