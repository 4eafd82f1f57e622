import { describe, expect, it } from 'vitest';
import { encodeShareState } from '../share/shareLink';
import { createTranslator, DEFAULT_LOCALE, loadDictionary, LOCALES } from '../i18n';
import { BUILTIN_IDS } from '../sim/scenario/builtins';
import { describeLinkError } from '../ui/Share/problems';
import { startOptions } from './startOptions';

describe('startOptions', () => {
  it('opens a share link from the hash, with its language', async () => {
    const hash = `#${encodeShareState({ builtin: 'syn-flood', actions: [], time: 3, lang: 'ko' })}`;
    const start = await startOptions('', hash);
    expect(start.share?.builtin).toBe('syn-flood');
    expect(start.share?.time).toBe(3);
    expect(start.locale).toBe('ko');
    expect(start.linkError).toBeNull();
  });

  it('says why a bad link cannot open and falls back to the default', async () => {
    const cut = encodeShareState({ builtin: 'syn-flood', actions: [], time: 3 }).slice(0, 20);
    const start = await startOptions('?scenario=no-listener', `#${cut}`);
    expect(start.share).toBeNull();
    expect(start.linkError?.code).toMatch(/corrupt|not-base64/);
    expect(start.store).toEqual({});
    expect((await startOptions('', '#v9.abc')).linkError).toEqual({
      code: 'unknown-version',
      version: 'v9',
    });
  });

  it('leaves an in-page anchor alone, but not a damaged link', async () => {
    expect((await startOptions('', '#main')).linkError).toBeNull();
    expect((await startOptions('', '#v1')).linkError).toEqual({
      code: 'unknown-version',
      version: 'v1',
    });
    expect((await startOptions('', '#@@@')).linkError?.code).toBe('unknown-version');
    expect((await startOptions('', '#')).linkError).toBeNull();
  });

  it('still reads the older forms', async () => {
    expect(await startOptions('?scenario=no-listener&speed=4&lang=ko', '')).toEqual({
      store: { builtinId: 'no-listener', speed: 4 },
      share: null,
      linkError: null,
      locale: 'ko',
    });
    const start = await startOptions('', `#scenario=${encodeURIComponent('{"version":1}')}`);
    expect(start.store.scenario).toEqual({ version: 1 });
  });

  it('says that ?scenario= names no built-in, and lists the built-ins in every language', async () => {
    const start = await startOptions('?scenario=nope', '');
    expect(start.linkError).toEqual({ code: 'unknown-builtin', id: 'nope' });
    expect(start.store).toEqual({});
    for (const locale of LOCALES) {
      const t = createTranslator(
        await loadDictionary(locale),
        await loadDictionary(DEFAULT_LOCALE),
      );
      const { detail } = describeLinkError(t, start.linkError!);
      expect(detail, locale).toContain('nope');
      for (const id of BUILTIN_IDS) expect(detail, locale).toContain(id);
    }
  });
});
