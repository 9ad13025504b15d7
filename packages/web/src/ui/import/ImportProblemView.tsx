import { useT } from '../../i18n/i18n';
import type { ImportProblem } from '../../import/import-problem';

/** Why a file or a label could not be made: what and where (page, byte offset, pixel size), and its code. */
export function ImportProblemView({ problem }: { readonly problem: ImportProblem }) {
  const t = useT();
  return (
    <div className="import-problem" role="alert" data-testid="import-problem" data-code={problem.code}>
      <p className="import-problem-title">{t('import.failed')}</p>
      <p>{problem.message}</p>
      <p className="file-notice-code">{problem.code}</p>
    </div>
  );
}
