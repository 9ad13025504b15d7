import { useState } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/i18n';
import { FormProblem } from './FormProblem';
import { InputRow } from './InputRow';
import { useAsyncAction } from './use-async';

/** The words and the server call of one kind of mailed link. */
export interface MailLinkKind {
  /** Id of the form's heading, for aria-labelledby. */
  readonly titleId: string;
  readonly title: MessageKey;
  readonly hint: MessageKey;
  readonly send: MessageKey;
  /** Said once the server took the request; gets `{email}`. */
  readonly sent: MessageKey;
  /** Marks the sent notice for tests. */
  readonly sentTestId: string;
  request(email: string): Promise<unknown>;
}

/**
 * Asks for an email and has the server mail a link to it (password reset, sign-in link). The
 * answer is the same whether or not an account has that email, so nobody can probe for accounts.
 */
export function MailLinkForm({ kind, initialEmail = '', intro, onBack }: { readonly kind: MailLinkKind; readonly initialEmail?: string; readonly intro?: string; readonly onBack?: () => void }) {
  const t = useT();
  const [email, setEmail] = useState(initialEmail);
  const [sentTo, setSentTo] = useState<string | undefined>();
  const { busy, problem, run } = useAsyncAction();
  return (
    <form className="account-form" aria-labelledby={kind.titleId}
      onSubmit={(e) => { e.preventDefault(); void run(async () => { setSentTo(undefined); await kind.request(email); setSentTo(email.trim()); }); }}>
      <h3 id={kind.titleId}>{t(kind.title)}</h3>
      <p className="muted">{intro ?? t(kind.hint)}</p>
      <InputRow label={t('account.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" required />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>{t(kind.send)}</button>
        {onBack && <button type="button" className="link" onClick={onBack}>{t('forgot.back')}</button>}
      </div>
      {sentTo && <p role="status" className="notice" data-testid={kind.sentTestId}>{t(kind.sent, { email: sentTo })}</p>}
      <FormProblem problem={problem} />
    </form>
  );
}
