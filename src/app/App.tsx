import { useEffect, useId } from 'react';
import { DICTIONARIES, LOCALES, LocaleProvider, matchLocale, useLocale } from '../i18n';
import { SimStoreProvider, type SimStoreOptions } from '../store';
import { Simulator } from '../ui/Simulator/Simulator';
import './App.css';

function LanguagePicker({ onChange }: { onChange(locale: string): void }) {
  const { t, locale } = useLocale();
  const id = useId();
  if (LOCALES.length < 2) return null;
  return (
    <span className="app__language">
      <label htmlFor={id}>{t('locale.label')}</label>
      <select id={id} value={locale} onChange={(e) => onChange(e.currentTarget.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {DICTIONARIES[l]?.['locale.name'] ?? l}
          </option>
        ))}
      </select>
    </span>
  );
}

function Page({ onLocale }: { onLocale(locale: string): void }) {
  const { t, locale } = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);
  return (
    <>
      <header className="app__header">
        <h1>{t('app.title')}</h1>
        <LanguagePicker onChange={onLocale} />
      </header>
      <main className="app__main">
        <Simulator />
      </main>
    </>
  );
}

/** The full-page app: one simulator, in the reader's language. */
export function App({
  store,
  locale,
  onLocale,
}: {
  store: SimStoreOptions;
  locale: string | undefined;
  onLocale(locale: string): void;
}) {
  const chosen = matchLocale(locale ? [locale] : navigator.languages);
  return (
    <LocaleProvider locale={chosen}>
      <SimStoreProvider options={store}>
        <Page onLocale={onLocale} />
      </SimStoreProvider>
    </LocaleProvider>
  );
}
