import { useState } from 'react';
import { api } from '../../api/api-client';
import { useT } from '../../i18n/i18n';
import { FormProblem } from '../account/FormProblem';
import { InputRow } from '../account/InputRow';
import { useAsyncAction } from '../account/use-async';

/** Hands a downloaded file to the browser under a name. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Download my data": the password again (POST /api/auth/reauthenticate), then the ZIP from GET /api/privacy/export. */
export function ExportSection() {
  const t = useT();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const { busy, problem, run } = useAsyncAction();
  return (
    <section className="screen-section" aria-labelledby="export-title">
      <h3 id="export-title">{t('privacy.export')}</h3>
      <p className="muted">{t('privacy.exportHint')}</p>
      <form onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.request('POST', '/api/auth/reauthenticate', { password });
          const zip = await api.download('/api/privacy/export');
          saveBlob(zip, `inkless-export-${new Date().toISOString().slice(0, 10)}.zip`);
          setPassword('');
          setDone(true);
        });
      }}>
        <InputRow label={t('privacy.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        <button type="submit" disabled={busy}>{t('privacy.exportButton')}</button>
      </form>
      {done && <p role="status">{t('privacy.exported')}</p>}
      <FormProblem problem={problem} />
    </section>
  );
}
