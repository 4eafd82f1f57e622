import { useMemo } from 'react';
import { useLocale, type MessageKey } from '../../i18n';
import { teachTranslator } from '../../teach/content';
import type { Translate } from '../../teach/i18n';

/**
 * The teaching components' translator in the locale in force: its teaching content (state
 * explanations, transitions, questions), then English content, then the app's dictionary.
 */
export function useTeachT(): Translate {
  const { locale, t } = useLocale();
  return useMemo(
    () => teachTranslator(locale, (key, params) => t(key as MessageKey, params)),
    [locale, t],
  );
}
