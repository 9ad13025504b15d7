import { ApiRequestError } from '../../api/api-error';
import { useT } from '../../i18n/i18n';
import { roundWait } from './wait-time';

/** The refusals of a paused sign-in (decision 007): this account from here or everywhere, or this address. */
const PAUSE_MESSAGES = { INKLESS_API_LOCKED: 'signIn.pausedAccount', INKLESS_API_RATE_LIMITED: 'signIn.pausedAddress' } as const;

/** The pause a failure announces, or undefined when it is some other failure. */
export function readSignInPause(failure: unknown): { kind: keyof typeof PAUSE_MESSAGES; retryAfterSeconds: number | undefined } | undefined {
  if (!(failure instanceof ApiRequestError) || !Object.hasOwn(PAUSE_MESSAGES, failure.code)) return undefined;
  return { kind: failure.code as keyof typeof PAUSE_MESSAGES, retryAfterSeconds: failure.retryAfterSeconds };
}

/**
 * Says in plain words that signing in is paused, for how long ("Try again in 4 minutes"), and
 * offers the mailed sign-in link, which works meanwhile.
 */
export function SignInPaused({ pause, onAskLink }: { readonly pause: NonNullable<ReturnType<typeof readSignInPause>>; readonly onAskLink: () => void }) {
  const t = useT();
  const wait = roundWait(pause.retryAfterSeconds ?? 60);
  return (
    <div className="sign-in-paused" role="alert" data-testid="sign-in-paused">
      <p>{t(PAUSE_MESSAGES[pause.kind])} {t('signIn.tryAgainIn', { wait: t(`wait.${wait.unit}`, { count: wait.count }) })}</p>
      <button type="button" onClick={onAskLink}>{t('signIn.askLink')}</button>
    </div>
  );
}
