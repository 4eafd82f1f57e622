#!/usr/bin/env node
// The `tcp-handshake-sim` command. In a checkout (src/ present) it runs the TypeScript source
// through tsx, so the command is never older than the code; a packed copy (npm pack, a global
// install from the tarball) has no src/ and runs the bundle `npm run build:cli` made.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist-cli/tcp-handshake-sim.js', import.meta.url).href);
}
