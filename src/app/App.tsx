import { useEffect, useId } from 'react';
import { languageName, LOCALES, LocaleProvider, matchLocale, useLocale } from '../i18n';
import type { KeyValueStore, LoadResult } from '../share/savedScenarios';
import { SimStoreProvider, type SimStore } from '../store';
import { BridgeBar } from '../ui/Bridge/BridgeBar';
import { CaptureBannerSlot, CaptureCardSlot } from '../ui/Capture/captureSlots';
import { ProblemList } from '../ui/Share/ProblemList';
import type { Problem } from '../ui/Share/problems';
import { ShareBar } from '../ui/Share/ShareBar';
import { ShareProvider, useShare } from '../ui/Share/ShareProvider';
import { Simulator } from '../ui/Simulator/Simulator';
import './App.css';

function LanguagePicker() {
  const { t, locale, setLocale } = useLocale();
  const id = useId();
  if (LOCALES.length < 2) return null;
  return (
    <span className="app__language">
      <label htmlFor={id}>{t('locale.label')}</label>
      <select id={id} value={locale} onChange={(e) => setLocale(e.currentTarget.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
    </span>
  );
}

function ShareProblems() {
  const share = useShare();
  if (!share) return null;
  return <ProblemList problems={share.problems} onDismiss={share.dismiss} />;
}

function Page() {
  const { t, locale } = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);
  return (
    <main className="app__main">
      <Simulator
        brand={<h1 className="app__title">{t('app.title')}</h1>}
        notice={<CaptureBannerSlot />}
        card={<CaptureCardSlot />}
        toolbar={
          <>
            <ShareBar />
            <BridgeBar />
            <LanguagePicker />
            <ShareProblems />
          </>
        }
      />
    </main>
  );
}

/** The full-page app: one simulator, in the reader's language, with sharing and saving. */
export function App({
  store,
  storage,
  saved,
  problems,
  locale,
  onLocale,
}: {
  store: SimStore;
  storage: KeyValueStore | null;
  saved: LoadResult;
  problems: readonly Problem[];
  locale: string | undefined;
  onLocale(locale: string): void;
}) {
  const chosen = matchLocale(locale ? [locale] : navigator.languages);
  return (
    <LocaleProvider locale={chosen} onLocaleChange={onLocale}>
      <SimStoreProvider store={store}>
        <ShareProvider storage={storage} initial={saved} initialProblems={problems}>
          <Page />
        </ShareProvider>
      </SimStoreProvider>
    </LocaleProvider>
  );
}
