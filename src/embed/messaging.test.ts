import { describe, expect, it } from 'vitest';
import { allowedOrigins, MESSAGE_SOURCE, post, readCommand } from './messaging';

const DOCS = 'https://docs.example.org';

describe('iframe messages', () => {
  it('obeys an allowed origin and ignores every other', () => {
    const allowed = allowedOrigins([DOCS], 'https://sim.example');
    expect(readCommand({ origin: DOCS, data: { type: 'play' } }, allowed)).toEqual({
      type: 'play',
    });
    expect(readCommand({ origin: 'https://evil.example', data: { type: 'play' } }, allowed)).toBe(
      null,
    );
    // Its own origin is not allowed when a list is given.
    expect(readCommand({ origin: 'https://sim.example', data: { type: 'play' } }, allowed)).toBe(
      null,
    );
    expect(readCommand({ origin: 'null', data: { type: 'play' } }, allowed)).toBe(null);
  });

  it('allows only its own origin when no list is given', () => {
    const allowed = allowedOrigins([], 'https://sim.example');
    expect(allowed).toEqual(['https://sim.example']);
    expect(readCommand({ origin: DOCS, data: { type: 'step' } }, allowed)).toBe(null);
    expect(readCommand({ origin: 'https://sim.example', data: { type: 'step' } }, allowed)).toEqual(
      { type: 'step' },
    );
  });

  it('reads load commands and refuses malformed ones', () => {
    const allowed = [DOCS];
    expect(
      readCommand({ origin: DOCS, data: { type: 'load', scenario: 'syn-flood' } }, allowed),
    ).toEqual({ type: 'load', scenario: 'syn-flood' });
    expect(readCommand({ origin: DOCS, data: { type: 'load' } }, allowed)).toBe(null);
    expect(readCommand({ origin: DOCS, data: { type: 'load', scenario: 5 } }, allowed)).toBe(null);
    expect(readCommand({ origin: DOCS, data: 'play' }, allowed)).toBe(null);
    expect(readCommand({ origin: DOCS, data: null }, allowed)).toBe(null);
    expect(readCommand({ origin: DOCS, data: { type: 'eval' } }, allowed)).toBe(null);
  });

  it('posts to each allowed origin, never to *', () => {
    const sent: [unknown, string][] = [];
    const target = { postMessage: (m: unknown, o: string) => sent.push([m, o]) };
    post(target, [DOCS, 'https://b.example'], { type: 'resize', height: 300 });
    expect(sent).toEqual([
      [{ source: MESSAGE_SOURCE, type: 'resize', height: 300 }, DOCS],
      [{ source: MESSAGE_SOURCE, type: 'resize', height: 300 }, 'https://b.example'],
    ]);
  });
});
