import { useCallback, useEffect, useRef, type RefObject } from 'react';

// Returns focus to what was focused when a chain of dialogs began (form, progress, result),
// once the last of them closes; to `fallback` when that element is gone (e.g. an Undo button
// that the undo removed). Each dialog only knows its own opener, often the previous dialog.
export function useFocusReturn(
  active: boolean,
  fallback: RefObject<HTMLElement | null>,
): () => void {
  const opener = useRef<HTMLElement | null>(null);
  const wasActive = useRef(false);
  useEffect(() => {
    if (wasActive.current && !active) {
      const target = opener.current?.isConnected ? opener.current : fallback.current;
      target?.focus();
      opener.current = null;
    }
    wasActive.current = active;
  }, [active, fallback]);
  return useCallback(() => {
    const focused = document.activeElement;
    opener.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
  }, []);
}
