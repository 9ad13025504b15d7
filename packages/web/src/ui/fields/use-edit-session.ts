import { useRef } from 'react';

/**
 * Tracks whether a field is in the middle of an edit: the first change of a focus is a new undo
 * step, later ones continue it, so typing "Hello" is one undo step. Focus and blur end the session.
 */
export function useEditSession(): { continuing: () => boolean; changed: () => void; end: () => void } {
  const active = useRef(false);
  return {
    continuing: () => active.current,
    changed: () => {
      active.current = true;
    },
    end: () => {
      active.current = false;
    },
  };
}
