import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS } from '../sim/scenario/builtins/index';
import { TCP_STATES } from '../sim/state';
import en from './en';
import type { MessageKey } from './dictionary';
import type { Dictionary } from './dictionary';
import { languageName, loadDictionary, loadedDictionary, LOCALES, matchLocale } from './locales';
import { LANGUAGE_NAMES } from './names';

const DICTIONARIES: Record<string, Dictionary> = Object.fromEntries(
  await Promise.all(LOCALES.map(async (l) => [l, await loadDictionary(l)] as const)),
);
import { createTranslator, paramNames } from './translate';

describe('dictionaries', () => {
  it('offers English, Korean and Simplified Chinese, each named in itself', () => {
    expect(LOCALES).toEqual(['en', 'ko', 'zh-CN']);
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LOCALES].sort());
    for (const l of LOCALES) expect(languageName(l)).toBe(DICTIONARIES[l]!['locale.name']);
  });

  it('loads a language once, and gives English for one it does not have', async () => {
    expect(loadedDictionary('ko')).toBe(DICTIONARIES.ko);
    expect(await loadDictionary('ko')).toBe(DICTIONARIES.ko);
    expect(await loadDictionary('xx')).toBe(en);
  });

  it.each(Object.entries(DICTIONARIES))('%s has every key with the same {params}', (_, dict) => {
    expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(paramNames(dict[key]), key).toEqual(paramNames(en[key]));
      expect(dict[key].trim(), key).not.toBe('');
    }
  });

  it('has a card for every built-in scenario and a line for every state', () => {
    const keys = new Set<string>(Object.keys(en));
    for (const id of BUILTIN_IDS) {
      for (const part of ['title', 'summary', 'watch', 'netstat', 'conclusion', 'next']) {
        expect(keys.has(`scenario.${id}.${part}`), `${id}.${part}`).toBe(true);
      }
    }
    for (const state of TCP_STATES) expect(keys.has(`state.${state}`), state).toBe(true);
  });

  it('uses no symbol glyphs where words or icons belong', () => {
    // Arrows are for screen readers only (the live region); play/pause/cross glyphs never.
    for (const [key, text] of Object.entries(en)) {
      expect(text, key).not.toMatch(/[▶⏸⏵⏹✕✖✗❌⋯]/u);
      if (!key.startsWith('announce.')) expect(text, key).not.toMatch(/[→←]/u);
    }
  });
});

describe('translate', () => {
  it('fills in named params and leaves unknown ones visible', () => {
    const t = createTranslator(en, en);
    expect(t('playback.skipped', { seconds: 58 })).toBe('58 s skipped');
    expect(t('endpoint.tuple', { local: 'a' })).toBe('a to {remote}');
  });

  it('picks the closest locale on offer', () => {
    expect(matchLocale(['en-GB'])).toBe('en');
    expect(matchLocale(['xx-YY'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });
});
