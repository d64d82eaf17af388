import { useEffect, useRef } from 'react';

// A new screen puts the keyboard at its heading, so screen readers announce where the user is
// and focus is never left on a button that has gone.
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return ref;
}
