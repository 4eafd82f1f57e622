import { useEffect, useMemo, useState } from 'react';
import { useLocale, type MessageKey } from '../../i18n';
import { loadedTeachStrings, loadTeachStrings, teachTranslator } from '../../teach/content';
import type { Translate } from '../../teach/i18n';

/**
 * The teaching components' translator in the locale in force: its teaching content (state
 * explanations, transitions, questions), then English content, then the app's dictionary. A
 * language's content is fetched the first time it is needed; English stands in until it arrives.
 */
export function useTeachT(): Translate {
  const { locale, t } = useLocale();
  const [, setArrived] = useState<string | null>(null);
  const ready = loadedTeachStrings(locale) !== undefined;
  useEffect(() => {
    if (ready) return;
    let current = true;
    void loadTeachStrings(locale).then(() => {
      if (current) setArrived(locale);
    });
    return () => {
      current = false;
    };
  }, [locale, ready]);
  return useMemo(
    () => teachTranslator(ready ? locale : 'en', (key, params) => t(key as MessageKey, params)),
    [locale, t, ready],
  );
}
