// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocaleProvider, useLocale } from './LocaleProvider';
import { initialLocale, LOCALE_STORAGE_KEY, storedLocale, storeLocale } from './persist';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

afterEach(cleanup);

describe('the remembered language', () => {
  it('is stored under tcpsim.lang, and only a language on offer counts', () => {
    const storage = memory();
    storeLocale('ko', storage);
    expect(storage.data.get(LOCALE_STORAGE_KEY)).toBe('ko');
    expect(storedLocale(storage)).toBe('ko');
    expect(storedLocale(memory({ [LOCALE_STORAGE_KEY]: 'xx' }))).toBeUndefined();
  });

  it('loses to ?lang= or a share link, and wins over the browser', () => {
    const storage = memory({ [LOCALE_STORAGE_KEY]: 'zh-CN' });
    expect(initialLocale('ko', ['en-US'], storage)).toBe('ko');
    expect(initialLocale(undefined, ['ko-KR'], storage)).toBe('zh-CN');
    expect(initialLocale(undefined, ['ko-KR', 'en'], memory())).toBe('ko');
    expect(initialLocale('xx', ['fr'], memory())).toBe('en');
  });

  it('survives a storage that refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(storedLocale(refusing)).toBeUndefined();
    expect(() => storeLocale('ko', refusing)).not.toThrow();
  });
});

function Switch({ to }: { to: string }) {
  const { locale, t, setLocale } = useLocale();
  return (
    <button type="button" onClick={() => setLocale(to)} data-locale={locale}>
      {t('locale.name')}
    </button>
  );
}

describe('LocaleProvider', () => {
  it('switches once the language is in and tells its owner; a new prop wins again', async () => {
    const told = vi.fn();
    const { rerender } = render(
      <LocaleProvider locale="en" onLocaleChange={told}>
        <Switch to="ko-KR" />
      </LocaleProvider>,
    );
    act(() => screen.getByRole('button').click());
    expect(told).toHaveBeenCalledWith('ko');
    // Korean is fetched on first use; the page stays readable in English meanwhile.
    expect(await screen.findByText('한국어')).toBeTruthy();
    expect(screen.getByRole('button').getAttribute('data-locale')).toBe('ko');
    rerender(
      <LocaleProvider locale="zh-CN" onLocaleChange={told}>
        <Switch to="ko-KR" />
      </LocaleProvider>,
    );
    expect(await screen.findByText('简体中文')).toBeTruthy();
    expect(screen.getByRole('button').getAttribute('data-locale')).toBe('zh-CN');
  });
});
