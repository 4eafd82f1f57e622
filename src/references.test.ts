/**
 * The repository stands alone: every "ref §X" in the code names a heading of the project's own
 * TCP reference (docs/tcp-reference.md), every relative link in the docs leads to a file that is
 * there, and nothing points outside the repository (a sibling checkout, the machine's paths).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli/run';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set([
  'node_modules',
  'dist',
  'dist-cli',
  '.git',
  'test-results',
  'playwright-report',
  'coverage',
]);
const TEXT = /\.(ts|tsx|js|mjs|json|md|html|css|yml|yaml|sh)$|^\.[\w-]+$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return TEXT.test(name) ? [path] : [];
  });
}

const all = files(root);
const rel = (path: string) => relative(root, path);
const reference = readFileSync(join(root, 'docs/tcp-reference.md'), 'utf8');
const headings = new Set(
  [...reference.matchAll(/^#{2,4} (\d+(?:\.\d+)*)[ .]/gm)].map((m) => m[1]!),
);

/** Every section a "ref §2.4" / "ref §2.1, §2.5" / "ref §2.5/§2.6" citation names. */
export function citedSections(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bref (§\d+(?:\.\d+)*(?:(?:, ?|\/|–)§\d+(?:\.\d+)*)*)/g)) {
    for (const s of m[1]!.matchAll(/§(\d+(?:\.\d+)*)/g)) out.push(s[1]!);
  }
  return out;
}

describe('the repository stands alone', () => {
  it('reads citations the way the code writes them', () => {
    expect(citedSections('ref §2.4 step 4; (ref §2.1, §2.5) ref §2.5/§2.6, ref §…')).toEqual([
      '2.4',
      '2.1',
      '2.5',
      '2.5',
      '2.6',
    ]);
  });

  it('resolves every "ref §" in src/ and docs/ to a heading of docs/tcp-reference.md', () => {
    const cited = all
      .filter((f) => rel(f).startsWith(`src${sep}`) || rel(f).startsWith(`docs${sep}`))
      .flatMap((f) => citedSections(readFileSync(f, 'utf8')).map((s) => ({ file: rel(f), s })));
    expect(cited.length).toBeGreaterThan(50);
    const missing = cited.filter(({ s }) => !headings.has(s));
    expect(missing, 'citations without a heading').toEqual([]);
  });

  it('has no path that leaves the repository, and no link to a file that is not there', () => {
    const problems: string[] = [];
    for (const file of all) {
      if (file === fileURLToPath(import.meta.url)) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:\.\.\/)+[\w@.-]+(?:\/[\w@.-]+)*/g)) {
        const target = resolve(dirname(file), m[0]);
        if (relative(root, target).startsWith('..')) problems.push(`${rel(file)}: ${m[0]}`);
      }
      for (const m of text.matchAll(/\/work\/|shared\/(?:reference|design|seeds)\b/g)) {
        problems.push(`${rel(file)}: ${m[0]}`);
      }
      if (!file.endsWith('.md')) continue;
      for (const m of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const link = m[1]!;
        if (/^[a-z]+:/i.test(link) || link.startsWith('/')) continue;
        if (!existsSync(resolve(dirname(file), link))) problems.push(`${rel(file)}: ${link}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the documentation shows what really happens', () => {
  const io = (sink: { out: string }) => ({
    stdout: (t: string | Uint8Array) => void (sink.out += String(t)),
    stderr: (t: string) => void (sink.out += t),
    cwd: root,
    readStdin: () => Promise.resolve(''),
    openFile: () => ({ write: () => undefined, close: () => Promise.resolve() }),
    version: '0',
  });

  it("README's sample output is the real output of the first command it shows", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The simulator from the command line'));
    const command = /npm run sim -- (\S+) +# the run as an RFC 793 ladder/.exec(section)![1]!;
    const sample = /The first command\s+prints:\s+```\n([^]*?)```/.exec(section)![1]!;
    const sink = { out: '' };
    expect(await runCli([command], io(sink))).toBe(0);
    expect(sample).toBe(sink.out);
  });

  it("scenario-format.md's full example is examples/lost-syn-ack.json, and no call in it fails", async () => {
    const doc = readFileSync(join(root, 'docs/scenario-format.md'), 'utf8');
    const example = /## A full example[^]*?```json\n([^]*?)```/.exec(doc)![1]!;
    const file = readFileSync(join(root, 'examples/lost-syn-ack.json'), 'utf8');
    expect(JSON.parse(example)).toEqual(JSON.parse(file));
    const sink = { out: '' };
    expect(await runCli(['examples/lost-syn-ack.json', '--strict'], io(sink))).toBe(0);
    expect(sink.out).not.toMatch(/= E(?!OF\b)[A-Z]+/); // recv() = EOF is no error
  });

  it('simulator-ui.md builds the embed before the e2e specs, as npm run test:e2e does', () => {
    const doc = readFileSync(join(root, 'docs/simulator-ui.md'), 'utf8');
    expect(doc).not.toContain('npx vite build && npx playwright test');
    expect(doc).toContain('npm run test:e2e');
  });
});
