import { findProfile } from '@inkless/printers';
import { useMemo, useSyncExternalStore } from 'react';
import { isToolIdle } from '../editor/editor-state';
import { languageStore, useT } from '../i18n/i18n';
import { issueText } from '../studio/issue-text';
import { collectProblems } from '../studio/problems';
import { useEditorState, useStudio, useStudioState } from './use-studio';

/**
 * Every problem the studio knows about the label (what the engine said when drawing it, whether it
 * suits the printer, elements outside the label), counted and listed in plain words. Clicking a
 * problem selects its element; "Details" shows the code, path and engine message.
 */
export function IssuesSummary() {
  const t = useT();
  const { editor } = useStudio();
  const language = useSyncExternalStore(languageStore.subscribe, languageStore.getState);
  const doc = useEditorState((s) => s.doc);
  const report = useStudioState((s) => s.report);
  const profileId = useStudioState((s) => s.printerProfileId);
  const problems = useMemo(() => collectProblems(doc, report, findProfile(profileId)), [doc, report, profileId]);
  const bad = problems.filter((p) => p.severity === 'problem').length;
  const warnings = problems.length - bad;
  const select = (id: string) => editor.store.setState((s) => (isToolIdle(s.tool) ? { ...s, selection: [id] } : s));
  return (
    <div className="issues" role="status" aria-live="polite" data-count={problems.length}>
      {problems.length === 0 ? (
        <span className="ok">{t('status.ok')}</span>
      ) : (
        <details>
          <summary className={bad > 0 ? 'bad' : 'warn'}>
            {bad > 0 && t('status.issues', { count: bad })} {warnings > 0 && t('status.warnings', { count: warnings })}
          </summary>
          <ul aria-label={t('issues.list')}>
            {problems.map(({ issue, elementId }) => {
              const described = issueText(issue, doc, language);
              return (
                <li key={`${issue.code} ${issue.path}`} data-code={issue.code}>
                  {elementId ? (
                    <button type="button" className="link" style={{ textAlign: 'start' }} title={t('issues.select')} onClick={() => select(elementId)}>{described.text}</button>
                  ) : (
                    <span>{described.text}</span>
                  )}
                  <details className="issue-details">
                    <summary>{t('issues.details')}</summary>
                    <code>{described.details}</code>
                  </details>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
