import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Labels between full collections in long batches. */
const LABELS_PER_COLLECTION = 2_000;

let collect: (() => void) | undefined | null;

/** V8's own `gc()`, made reachable at run time (the same as starting node with --expose-gc). */
function gcFunction(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * Keeps memory flat in long batches. Rendering leaves little alive between labels, but V8 lets
 * old-space garbage pile up to hundreds of MB before it collects on its own; a full collection
 * every couple of thousand labels (a few ms each) keeps the peak of a million-label run near that
 * of a thousand.
 */
export function collectBetweenLabels(labelsDone: number): void {
  if (labelsDone > 0 && labelsDone % LABELS_PER_COLLECTION === 0) gcFunction()?.();
}
