// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCapture } from '../../capture/capture';
import { inferRun } from '../../capture/infer';
import { BUILTIN_SCENARIOS } from '../../sim/scenario/builtins/index';
import { createSimulation } from '../../sim/simulation';
import { exportName } from './download';
import { ladderModel } from './ladderModel';
import { ladderSvg } from './ladderSvg';
import { ladderMermaid } from './mermaid';
import { stateDiagramSvg } from './stateDiagramSvg';

const WORDS = { lost: '(lost)', estimated: '(estimated)', more: '{count} more' };

function run(id: keyof typeof BUILTIN_SCENARIOS) {
  const scenario = BUILTIN_SCENARIOS[id];
  const sim = createSimulation(scenario);
  sim.run();
  return { trace: sim.trace, hosts: scenario.hosts };
}

describe('the ladder for export', () => {
  it('has one row per segment with the RFC numbers and each side’s state', () => {
    const { trace, hosts } = run('handshake-and-close');
    const m = ladderModel(trace, hosts, { from: 0, to: 1000 });
    expect(m.rows[0]).toMatchObject({
      flags: 'SYN',
      seq: 100,
      toRight: true,
      leftState: 'SYN_SENT',
      rightState: 'SYN_RECEIVED',
    });
    expect(m.rows[1]).toMatchObject({
      flags: 'SYN,ACK',
      seq: 300,
      ack: 101,
      leftState: 'ESTABLISHED',
    });
  });

  it('keeps only the range asked for', () => {
    const { trace, hosts } = run('handshake-and-close');
    const all = ladderModel(trace, hosts, { from: 0, to: 1000 }).rows.length;
    const part = ladderModel(trace, hosts, { from: 0, to: 0.15 }).rows.length;
    expect(part).toBe(2);
    expect(all).toBeGreaterThan(part);
  });

  it('marks a lost segment', () => {
    const { trace, hosts } = run('lost-final-ack');
    expect(ladderModel(trace, hosts, { from: 0, to: 1000 }).rows.some((r) => r.lost)).toBe(true);
  });

  it('SVG: a standalone light file with the title, the range and an arrow per segment', () => {
    const { trace, hosts } = run('handshake-and-close');
    const m = ladderModel(trace, hosts, { from: 0, to: 1000 });
    const svg = ladderSvg(m, {
      title: 'Handshake <&> close',
      rangeText: '0.000–1.000 s',
      words: WORDS,
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('title')?.textContent).toBe('Handshake <&> close (0.000–1.000 s)');
    expect(doc.querySelectorAll('line[marker-end]')).toHaveLength(m.rows.length);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('SYN seq=100');
  });

  it('relative SEQ/ACK start from each side’s ISN', () => {
    const bytes = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../capture/fixtures/handshake-close.pcap')),
    );
    const r = inferRun(parseCapture(bytes).connections, 'x');
    const m = ladderModel(r.trace, r.hosts, { from: 0, to: 10 });
    const svg = ladderSvg(m, { title: 't', rangeText: 'r', isn: r.isn, words: WORDS });
    expect(svg).toContain('SYN seq=0<');
    expect(svg).toContain('SYN,ACK seq=0 ack=1<');
    expect(svg).toContain('stroke-dasharray');
  });

  it('Mermaid: a sequenceDiagram that Mermaid itself parses', async () => {
    const { trace, hosts } = run('lost-final-ack');
    const m = ladderModel(trace, hosts, { from: 0, to: 1000 });
    const text = ladderMermaid(m, 'Lost final ACK', '0.000–70.000 s');
    expect(text.startsWith('sequenceDiagram\n  title Lost final ACK (0.000–70.000 s)\n')).toBe(
      true,
    );
    expect(text).toMatch(/client->>server: 0\.\d+ SYN seq=100/);
    expect(text).toContain('-x');
    const { default: mermaid } = await import('mermaid');
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
    await expect(mermaid.parse('sequenceDiagram\n  a-->>: oops\n  ;;')).rejects.toThrow();
  });

  it('the state diagram SVG draws every state and the walked ones bold', () => {
    const svg = stateDiagramSvg('Title', '0–1 s', new Set(['SYN_SENT', 'ESTABLISHED']));
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const s of ['LISTEN', 'SYN_SENT', 'TIME_WAIT', 'CLOSE_WAIT']) expect(texts).toContain(s);
    expect(svg).toContain('font-weight="700" fill="#111827">ESTABLISHED');
  });

  it('file names carry the title and the range, without characters file systems refuse', () => {
    expect(exportName('A/B: "x"', '0.000 s–1.000 s', 'svg')).toBe('A-B- -x- 0.000 s–1.000 s.svg');
  });
});
