import { useEffect, useState } from 'react';
import { api } from '../../api/api-client';
import type { PendingDeletion } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { forgetSession } from '../account/account-store';
import { FormProblem } from '../account/FormProblem';
import { InputRow } from '../account/InputRow';
import { useAsyncAction } from '../account/use-async';

/** The sentence the server wants typed (DELETE /api/me, `confirm`), the same in every language. */
export const DELETION_SENTENCE = 'delete my account';

/**
 * Delete the account: password again, the sentence typed, and what becomes of published
 * templates. The server signs every session out and deletes after a grace period; signing in
 * again before then shows the date here with a button to cancel.
 */
export function DeletionSection({ onDeleted }: { readonly onDeleted: (dueAt: string) => void }) {
  const t = useT();
  const [pending, setPending] = useState<PendingDeletion | null | undefined>();
  const [password, setPassword] = useState('');
  const [sentence, setSentence] = useState('');
  const [published, setPublished] = useState<PendingDeletion['publishedTemplates']>('remove');
  const { busy, problem, run } = useAsyncAction();
  useEffect(() => {
    void run(async () => setPending((await api.request<{ deletion: PendingDeletion | null }>('GET', '/api/me/deletion')).deletion));
  }, [run]);
  if (pending) {
    return (
      <section className="screen-section danger" aria-labelledby="delete-title">
        <h3 id="delete-title" tabIndex={-1}>{t('privacy.delete')}</h3>
        <p role="status" data-testid="deletion-pending">{t('privacy.deletionPending', { at: new Date(pending.dueAt).toLocaleString() })}</p>
        <button type="button" disabled={busy} onClick={() => void run(async () => { await api.request('POST', '/api/me/deletion/cancel'); setPending(null); })}>{t('privacy.cancelDeletion')}</button>
        <FormProblem problem={problem} />
      </section>
    );
  }
  const typedRight = sentence.trim().toLowerCase() === DELETION_SENTENCE;
  return (
    <section className="screen-section danger" aria-labelledby="delete-title">
      <h3 id="delete-title" tabIndex={-1}>{t('privacy.delete')}</h3>
      <p>{t('privacy.deleteHint')}</p>
      <form onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.request('POST', '/api/auth/reauthenticate', { password });
          const answer = await api.request<{ deletion: PendingDeletion }>('DELETE', '/api/me', { confirm: sentence, publishedTemplates: published });
          forgetSession();
          onDeleted(answer.deletion.dueAt);
        });
      }}>
        <InputRow label={t('privacy.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        <InputRow label={t('privacy.typeSentence', { sentence: DELETION_SENTENCE })} value={sentence} onChange={(e) => setSentence(e.target.value)} autoComplete="off" required />
        <fieldset>
          <legend>{t('privacy.publishedLegend')}</legend>
          <label className="check-row"><input type="radio" name="published" checked={published === 'remove'} onChange={() => setPublished('remove')} /> {t('privacy.publishedRemove')}</label>
          <label className="check-row"><input type="radio" name="published" checked={published === 'keep-credited'} onChange={() => setPublished('keep-credited')} /> {t('privacy.publishedKeep')}</label>
        </fieldset>
        <button type="submit" className="danger-button" disabled={busy || !typedRight}>{t('privacy.deleteButton')}</button>
      </form>
      <FormProblem problem={problem} />
    </section>
  );
}
