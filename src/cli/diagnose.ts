/**
 * `npm run sim -- --diagnose listing.txt` (or `-` for standard input): what a netstat or ss
 * listing shows, in English.
 */
import { readFileSync } from 'node:fs';
import { analyse } from '../diagnose/analyse';
import { diagnosisReport, diagnoseTranslator } from '../diagnose/describe';
import { parseListing } from '../diagnose/parseListing';
import { InputError } from './inputError';

export function runDiagnose(file: string, out: (line: string) => void): void {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new InputError(
      `cannot read ${file === '-' ? 'standard input' : file}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const listing = parseListing(text);
  if (listing.rows.length === 0) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim()).length;
    throw new InputError(diagnoseTranslator('en')('diagnose.error.garbage', { lines }));
  }
  out(diagnosisReport(listing, analyse(listing)));
}
