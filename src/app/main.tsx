import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startOptions } from './startOptions';

const start = startOptions(window.location.search, window.location.hash);

function Root() {
  const [locale, setLocale] = useState(start.locale);
  return <App store={start.store} locale={locale} onLocale={setLocale} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
