import { useState } from 'react';

// The time the screen opened: relative dates and the print date stay put while it is shown.
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
