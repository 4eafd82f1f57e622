import { StrictMode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { initialLocale, LocaleProvider, storeLocale } from '../i18n';
import { loadSavedScenarios, type KeyValueStore } from '../share/savedScenarios';
import { createSimStore } from '../store';
import { slicedRunner } from '../worker/localRunners';
import { setDefaultRunner, workerOr } from '../worker/runner';
import { storeFromShareState } from '../store/shareState';
import { loadLanguage } from '../teach/loadLanguage';
import type { Problem } from '../ui/Share/problems';
import { afterPaint, StartingNote } from '../ui/Starting/StartingNote';
import { App } from './App';
import { isShareHash, startOptions } from './startOptions';

// Every run is computed in a Web Worker (docs/simulator-ui.md, "Heavy work in the worker").
setDefaultRunner(
  workerOr(
    () => new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' }),
    slicedRunner,
  ),
);

// Top-level await: a share link is inflated (DecompressionStream) before the first render.
const start = await startOptions(window.location.search, window.location.hash);
const firstLocale = initialLocale(start.locale, navigator.languages);
// Languages other than English are fetched when first used: this one before anything is drawn.
await loadLanguage(firstLocale);
const root = createRoot(document.getElementById('root')!);
// Say something at once (drawn before going on), before the store and its worker start.
flushSync(() =>
  root.render(
    <LocaleProvider locale={firstLocale}>
      <StartingNote />
    </LocaleProvider>,
  ),
);
await afterPaint();
const store = start.share ? storeFromShareState(start.share) : createSimStore(start.store);
const problems: Problem[] = start.linkError ? [{ kind: 'link', error: start.linkError }] : [];

/** localStorage, or null where the browser refuses it (privacy settings, sandboxed frames). */
function browserStorage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
const storage = browserStorage();
// Read once, before rendering: a damaged entry is moved aside and reported exactly once.
const saved = loadSavedScenarios(storage, new Date().toISOString());

// Another share link pasted into the address bar changes only the hash: open it afresh (an
// in-page anchor, `#main`, is left alone).
window.addEventListener('hashchange', () => {
  const hash = window.location.hash;
  if (isShareHash(hash) || hash.startsWith('#scenario=')) window.location.reload();
});

/** The reader's switch is remembered, and replaces a `?lang=` so that a reload keeps it. */
function rememberLocale(locale: string) {
  storeLocale(locale);
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', locale);
    window.history.replaceState(window.history.state, '', url);
  }
}

function Root() {
  const [locale, setLocale] = useState(firstLocale);
  return (
    <App
      store={store}
      storage={storage}
      saved={saved}
      problems={problems}
      locale={locale}
      onLocale={(next) => {
        setLocale(next);
        rememberLocale(next);
      }}
    />
  );
}

root.render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
