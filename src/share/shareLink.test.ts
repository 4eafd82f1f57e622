import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_SCENARIOS } from '../sim/scenario/builtins';
import { runScenario } from '../sim/simulation';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { decodeShareState, encodeShareState, MAX_LINK_CHARS, type ShareState } from './shareLink';

const state: ShareState = {
  builtin: 'lost-final-ack',
  actions: [{ at: 1.5, do: 'app', host: 'server', closeOnEof: false }],
  time: 2.25,
  lang: 'ko',
  speed: 4,
};

function tamper(link: string, i: number): string {
  const c = link[i] === 'A' ? 'B' : 'A';
  return link.slice(0, i) + c + link.slice(i + 1);
}

describe('share links', () => {
  it('round-trips the scenario, actions, time, language and speed', async () => {
    const decoded = await decodeShareState('#' + encodeShareState(state));
    expect(decoded).toEqual({ ok: true, state });
  });

  it('replays to the same trace after a round trip', async () => {
    const own = { ...BUILTIN_SCENARIOS['half-close'], title: 'mine' };
    const link = encodeShareState({ scenario: own, actions: state.actions, time: 3 });
    const decoded = await decodeShareState(link);
    if (!decoded.ok) throw new Error('expected ok');
    const before = runScenario({ ...own, steps: [...own.steps, ...state.actions] });
    const after = runScenario({
      ...decoded.state.scenario!,
      steps: [...decoded.state.scenario!.steps, ...decoded.state.actions],
    });
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  it('stays short for a built-in with a few actions', () => {
    expect(encodeShareState(state).length).toBeLessThan(200);
  });

  it('names a truncated link as damaged', async () => {
    const link = encodeShareState({
      ...state,
      scenario: BUILTIN_SCENARIOS['syn-flood'],
      builtin: undefined,
    });
    const result = await decodeShareState(link.slice(0, link.length - 10));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['corrupt', 'not-json', 'not-base64']).toContain(result.error.code);
  });

  it('refuses a link of another version by name', async () => {
    const result = await decodeShareState('#v9.abc');
    expect(result).toEqual({ ok: false, error: { code: 'unknown-version', version: 'v9' } });
  });

  it('refuses an absurdly long link before decoding it', async () => {
    const result = await decodeShareState('v1.' + 'A'.repeat(MAX_LINK_CHARS + 1));
    expect(result.ok === false && result.error.code).toBe('too-long');
  });

  it('refuses a deflate bomb that would expand past the limit', async () => {
    const bomb = 'v1.' + encodeBase64Url(deflateSync(new Uint8Array(5_000_000)));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    const result = await decodeShareState(bomb);
    expect(result.ok === false && result.error.code).toBe('too-large');
  });

  it('says so when the browser cannot inflate deflate-raw, instead of failing', async () => {
    vi.stubGlobal(
      'DecompressionStream',
      class {
        constructor(format: string) {
          throw new TypeError(`Unsupported compression format: '${format}'`);
        }
      },
    );
    try {
      const result = await decodeShareState(encodeShareState(state));
      expect(result).toEqual({ ok: false, error: { code: 'unsupported' } });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('names an unknown built-in and an invalid scenario', async () => {
    const wire = (o: unknown) => 'v1.' + encodeBase64Url(deflateSync(strToU8(JSON.stringify(o))));
    expect(await decodeShareState(wire({ b: 'nope', a: [], t: 0 }))).toEqual({
      ok: false,
      error: { code: 'unknown-builtin', id: 'nope' },
    });
    const bad = await decodeShareState(
      wire({ s: { version: 1, hosts: {}, steps: [] }, a: [], t: 0 }),
    );
    expect(bad.ok === false && bad.error.code).toBe('invalid-scenario');
    const badAction = await decodeShareState(
      wire({ b: 'half-close', a: [{ at: 1, do: 'explode' }], t: 0 }),
    );
    expect(badAction.ok === false && badAction.error.code).toBe('invalid-scenario');
    if (!badAction.ok && badAction.error.code === 'invalid-scenario') {
      expect(badAction.error.issues[0]!.path).toMatch(/^actions\[0\]/);
    }
    expect((await decodeShareState(wire({ b: 'half-close', a: [], t: -5 }))).ok).toBe(false);
    expect((await decodeShareState(wire([1, 2, 3]))).ok).toBe(false);
  });

  it('never throws, whatever the hash holds', async () => {
    const link = encodeShareState(state);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (junk) => {
        expect((await decodeShareState(junk)).ok).toBe(false);
        expect((await decodeShareState('v1.' + junk)).ok).toBe(false);
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: link.length - 1 }), async (i) => {
        const result = await decodeShareState(tamper(link, i));
        if (result.ok) expect(result.state.time).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('rejects characters outside the alphabet', () => {
    expect(decodeBase64Url('ab+/')).toBeNull();
    expect(decodeBase64Url('abcde')).toBeNull();
  });
});
