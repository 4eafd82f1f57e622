/**
 * What went wrong with a link, an import, the saved scenarios or an embed's attributes, kept as
 * data and put into words at render time (so a change of language re-words it). The scenario
 * issues are the core's own (a path and a reason each, from the validator).
 */
import type { Translate } from '../../i18n';
import type { LoadProblem } from '../../share/savedScenarios';
import type { ShareError } from '../../share/shareLink';
import { BUILTIN_IDS } from '../../sim/scenario/builtins';
import type { ScenarioIssue } from '../../sim/scenario/validate';

export type EmbedProblem =
  | { code: 'unknown-scenario'; name: string }
  | { code: 'cross-origin'; src: string }
  | { code: 'fetch-failed'; src: string; reason: string }
  | { code: 'invalid-scenario'; src: string; issues: ScenarioIssue[] }
  | { code: 'bad-state'; error: ShareError };

export type Problem =
  | { kind: 'link'; error: ShareError }
  | { kind: 'import-invalid'; source: string | null; issues: ScenarioIssue[] }
  | { kind: 'import-read'; source: string; reason: string }
  | { kind: 'saved'; problem: LoadProblem }
  | { kind: 'save-failed' }
  | { kind: 'embed'; problem: EmbedProblem };

export interface ProblemText {
  title: string;
  detail: string;
  issues: readonly ScenarioIssue[];
}

export function describeLinkError(t: Translate, e: ShareError): Omit<ProblemText, 'title'> {
  switch (e.code) {
    case 'too-long':
      return { detail: t('problem.link.too-long', { chars: e.chars }), issues: [] };
    case 'unknown-version':
      return { detail: t('problem.link.unknown-version', { version: e.version }), issues: [] };
    case 'bad-shape':
      return { detail: t('problem.link.bad-shape', { detail: e.detail }), issues: [] };
    case 'unknown-builtin': {
      const list = BUILTIN_IDS.join(', ');
      return { detail: t('problem.link.unknown-builtin', { id: e.id, list }), issues: [] };
    }
    case 'invalid-scenario':
      return { detail: t('problem.link.invalid-scenario'), issues: e.issues };
    default:
      return { detail: t(`problem.link.${e.code}`), issues: [] };
  }
}

function describeEmbed(t: Translate, p: EmbedProblem): Omit<ProblemText, 'title'> {
  switch (p.code) {
    case 'unknown-scenario':
      return { detail: t('problem.embed.unknown-scenario', { name: p.name }), issues: [] };
    case 'cross-origin':
      return { detail: t('problem.embed.cross-origin', { src: p.src }), issues: [] };
    case 'fetch-failed':
      return { detail: t('problem.embed.fetch', { src: p.src, reason: p.reason }), issues: [] };
    case 'invalid-scenario':
      return { detail: t('problem.embed.invalid', { src: p.src }), issues: p.issues };
    case 'bad-state':
      return describeLinkError(t, p.error);
  }
}

export function describeProblem(t: Translate, p: Problem): ProblemText {
  switch (p.kind) {
    case 'link':
      return { title: t('problem.link'), ...describeLinkError(t, p.error) };
    case 'import-invalid': {
      const source = p.source ?? t('problem.import.pasted');
      return {
        title: t('problem.import'),
        detail: t('problem.import.invalid', { source }),
        issues: p.issues,
      };
    }
    case 'import-read':
      return {
        title: t('problem.import'),
        detail: t('problem.import.read', { source: p.source, reason: p.reason }),
        issues: [],
      };
    case 'saved': {
      const q = p.problem;
      if (q.kind === 'storage-unavailable')
        return { title: t('problem.saved'), detail: t('problem.saved.unavailable'), issues: [] };
      // Said as it happened: copied aside, or left in place because storage is full.
      if (q.kind === 'unreadable') {
        const detail =
          q.quarantinedAs === null
            ? t('problem.saved.unreadable-kept')
            : t('problem.saved.unreadable', { key: q.quarantinedAs });
        return { title: t('problem.saved'), detail, issues: [] };
      }
      const detail =
        q.quarantinedAs === null
          ? t('problem.saved.invalid-kept', { name: q.name })
          : t('problem.saved.invalid', { name: q.name, key: q.quarantinedAs });
      return { title: t('problem.saved'), detail, issues: q.issues };
    }
    case 'save-failed':
      return { title: t('problem.saved'), detail: t('problem.saved.full'), issues: [] };
    case 'embed':
      return { title: t('problem.embed'), ...describeEmbed(t, p.problem) };
  }
}

/** The same, as one plain text (an embed's `tcpsim-error` event, a postMessage). */
export function problemMessage(t: Translate, p: Problem): string {
  const { title, detail, issues } = describeProblem(t, p);
  const lines = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return [title, detail, ...lines].join('\n');
}
