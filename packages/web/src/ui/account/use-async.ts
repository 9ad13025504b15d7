import { useCallback, useState } from 'react';
import { describeFailure } from '../../api/api-error';

/**
 * Runs one server call at a time for a form or button: `busy` while it runs, `problem` when it
 * failed (the server's message: what, where, what to do), cleared on the next try.
 */
export function useAsyncAction(): { busy: boolean; problem: string | undefined; run: (work: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
    } catch (e) {
      setProblem(describeFailure(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, run };
}
