import { formatIssue } from '@inkless/label';
import { useT } from '../i18n/i18n';
import { useStudioState } from './use-studio';

/** What the engine said about the label as drawn: problems (elements left blank) and warnings. */
export function IssuesSummary() {
  const t = useT();
  const report = useStudioState((s) => s.report);
  const count = report.issues.length + report.warnings.length;
  return (
    <div className="issues" role="status" aria-live="polite">
      {count === 0 ? (
        <span className="ok">{t('status.ok')}</span>
      ) : (
        <details>
          <summary className={report.issues.length > 0 ? 'bad' : 'warn'}>
            {report.issues.length > 0 && t('status.issues', { count: report.issues.length })} {report.warnings.length > 0 && t('status.warnings', { count: report.warnings.length })}
          </summary>
          <ul>
            {[...report.issues, ...report.warnings].map((issue, i) => <li key={i}>{formatIssue(issue)}</li>)}
          </ul>
        </details>
      )}
    </div>
  );
}
