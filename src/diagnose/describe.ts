/** A diagnosis in words, for the CLI (English) and the app (its locale). */
import { interpolate } from '../i18n/translate';
import type { Diagnosis, Finding } from './analyse';
import type { Listing } from './parseListing';
import { diagnoseStrings, type DiagnoseKey } from './strings';

export type DiagnoseTranslate = (
  key: DiagnoseKey,
  params?: Record<string, string | number>,
) => string;

export function diagnoseTranslator(locale: string): DiagnoseTranslate {
  const table = diagnoseStrings[locale as keyof typeof diagnoseStrings] ?? diagnoseStrings.en;
  return (key, params) => interpolate(table[key] ?? diagnoseStrings.en[key], params);
}

export function evidenceText(f: Finding, t: DiagnoseTranslate): string {
  const params = {
    count: f.count,
    port: f.port ?? '—',
    remotes: f.remotes,
    remote: f.topRemote ?? '—',
    percent: f.percent,
  };
  return t(
    f.id === 'time-wait-ports' ? 'diagnose.evidence.timeWait' : 'diagnose.evidence.text',
    params,
  );
}

export function meaningText(f: Finding, t: DiagnoseTranslate): string {
  return t(`diagnose.meaning.${f.id}`, { remote: f.topRemote ?? '—', remotes: f.remotes });
}

function table(title: string, rows: [string | number, number][], limit = 10): string[] {
  const out = [title];
  for (const [k, n] of rows.slice(0, limit)) out.push(`  ${String(n).padStart(7)}  ${k}`);
  if (rows.length > limit) out.push(`  … ${rows.length - limit} more`);
  return out;
}

/** The English report `npm run sim -- --diagnose` prints. */
export function diagnosisReport(listing: Listing, d: Diagnosis): string {
  const t = diagnoseTranslator('en');
  const out: string[] = [
    t('diagnose.summary', {
      total: d.total,
      format: listing.format ?? '?',
      skipped: listing.skipped,
    }),
    '',
    ...table(t('diagnose.byState'), d.byState),
    '',
    ...table(t('diagnose.byLocalPort'), d.byLocalPort),
    '',
    ...table(t('diagnose.byRemote'), d.byRemote),
    '',
    `${t('diagnose.findings')}:`,
  ];
  if (!d.findings.length) out.push(`  ${t('diagnose.none')}`);
  for (const f of d.findings) {
    out.push(
      '',
      `* ${t(`diagnose.pattern.${f.id}`)}`,
      `  ${t('diagnose.evidence')}: ${evidenceText(f, t)}`,
      `  ${t('diagnose.meaning')}: ${meaningText(f, t)}`,
      `  ${t('diagnose.next')}:`,
      ...f.commands.map((c) => `    $ ${c}`),
      `  ${t('diagnose.reproduce')}: npm run sim -- ${f.reproduce.builtin}   (built-in; with the listing's numbers: "${f.reproduce.scenario.title}")`,
    );
  }
  return out.join('\n');
}
