import { useLocale } from '../../i18n';
import { CloseIcon, WarningIcon } from '../icons';
import { describeProblem, type Problem } from './problems';
import './Share.css';

/** Issues beyond this many are counted, not listed. */
const MAX_ISSUES = 12;

/**
 * What went wrong, each in its own alert: a title saying what happened to the user's things, a
 * sentence naming what is wrong, and the core's issues (where, and why) when a scenario is at fault.
 */
export function ProblemList({
  problems,
  onDismiss,
}: {
  problems: readonly Problem[];
  onDismiss(index: number): void;
}) {
  const { t } = useLocale();
  if (problems.length === 0) return null;
  return (
    <div className="tcpsim-problems">
      {problems.map((p, i) => {
        const { title, detail, issues } = describeProblem(t, p);
        return (
          <div key={i} className="tcpsim-problem" role="alert">
            <WarningIcon className="tcpsim-problem__icon" />
            <div className="tcpsim-problem__text">
              <p className="tcpsim-problem__title">{title}</p>
              <p>{detail}</p>
              {issues.length > 0 && (
                <ul className="tcpsim-problem__issues">
                  {issues.slice(0, MAX_ISSUES).map((issue, j) => (
                    <li key={j}>
                      {issue.path && <code className="tcpsim-mono">{issue.path}</code>}
                      {issue.path && ': '}
                      {issue.message}
                    </li>
                  ))}
                  {issues.length > MAX_ISSUES && (
                    <li>{t('problem.more', { count: issues.length - MAX_ISSUES })}</li>
                  )}
                </ul>
              )}
            </div>
            <button type="button" onClick={() => onDismiss(i)}>
              <CloseIcon />
              {t('problem.dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
