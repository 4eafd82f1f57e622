import { describe, expect, it } from 'vitest';
import { diagnoseStrings } from '../diagnose/strings';
import { bridgeStrings } from '../ui/Bridge/strings';
import { captureStrings } from '../ui/Capture/strings';
import { exportStrings } from '../ui/Export/strings';
import { featureTranslator, type FeatureStrings } from './featureStrings';
import { paramNames } from './translate';

const TABLES: [string, FeatureStrings<string>][] = [
  ['bridge', bridgeStrings],
  ['capture', captureStrings],
  ['diagnose', diagnoseStrings],
  ['export', exportStrings],
];

describe('texts of the features loaded on demand', () => {
  it.each(TABLES)(
    '%s: Korean and Chinese have every key, the same params, their own words',
    (_, s) => {
      for (const locale of ['ko', 'zh-CN'] as const) {
        expect(Object.keys(s[locale]).sort()).toEqual(Object.keys(s.en).sort());
        for (const [key, text] of Object.entries(s.en)) {
          expect(paramNames(s[locale][key]!), `${locale} ${key}`).toEqual(paramNames(text));
          expect(s[locale][key], `${locale} ${key}`).not.toBe(text);
        }
      }
    },
  );

  it('interpolates and falls back to English for an unknown language', () => {
    const t = featureTranslator(exportStrings, 'fr');
    expect(t('export.saved', { file: 'a.svg' })).toBe('Saved a.svg.');
    expect(featureTranslator(exportStrings, 'ko')('export.saved', { file: 'a.svg' })).toBe(
      'a.svg 파일을 저장했습니다.',
    );
  });
});
