import { useCallback, useState } from 'react';
import { describeFailure } from '../../api/api-error';

/**
 * Runs one server call at a time for a form or button: `busy` while it runs, `problem` when it
 * failed (the server's message: what, where, what to do), cleared on the next try. `failure` is
 * the error itself, for a form that answers some refusals its own way (a paused sign-in).
 */
export function useAsyncAction(): { busy: boolean; problem: string | undefined; failure: unknown; run: (work: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | undefined>();
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
    } catch (e) {
      setFailure({ error: e });
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem: failure && describeFailure(failure.error), failure: failure?.error, run };
}
