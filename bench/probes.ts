// What the bench injects into a page (never shipped): marks for "first input interactive",
// long tasks, and the commit time of every IndexedDB transaction that writes answers.
// Kept as plain JavaScript source so it runs before the page's own scripts under any CSP.

export interface LoadMarks {
  readonly appeared: number;
  readonly painted: number;
  // End of the last long task before a quiet window: the page answers input from then on.
  readonly interactive: number;
  // The first click in the page (Omnibus: "Open" on the home screen).
  readonly clickedAt: number | null;
}

export function probeScript(readySelector: string): string {
  return `(() => {
  globalThis.__name = globalThis.__name || ((f) => f);
  const selector = ${JSON.stringify(readySelector)};
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
  const waitFor = (predicate, timeout = 120000, what = 'a condition') => new Promise((resolve, reject) => {
    if (predicate()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!predicate()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('timed out after ' + timeout + ' ms waiting in page for ' + what)); }, timeout);
  });
  // Resolves once no long task has ended for quietMs: the classic time-to-interactive rule.
  const quiet = async (from, quietMs = 500) => {
    for (;;) {
      const last = Math.max(from, ...longTasks);
      const now = performance.now();
      if (now - last >= quietMs) return last;
      await new Promise((r) => setTimeout(r, quietMs - (now - last) + 5));
    }
  };
  const commits = [];
  const commitWaiters = new Set();
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = original.call(this, stores, mode, options);
    const names = typeof stores === 'string' ? [stores] : Array.from(stores);
    if (mode === 'readwrite' && names.includes('answers')) {
      const start = performance.now();
      tx.addEventListener('complete', () => {
        const entry = { start, end: performance.now() };
        commits.push(entry);
        for (const w of commitWaiters) w(entry);
      });
    }
    return tx;
  };
  let clickedAt = null;
  addEventListener('click', () => { if (clickedAt === null) clickedAt = performance.now(); }, true);
  const isReady = () => {
    const el = document.querySelector(selector);
    return !!el && !el.disabled;
  };
  const load = (async () => {
    await new Promise((r) => (document.readyState === 'loading' ? addEventListener('DOMContentLoaded', r, { once: true }) : r()));
    const appeared = await waitFor(isReady, 120000, selector);
    const painted = await nextPaint();
    const interactive = await quiet(painted);
    return { appeared, painted, interactive, clickedAt };
  })();
  globalThis.__bench = { nextPaint, waitFor, quiet, commits, commitWaiters, load };
})();`;
}

// The page-side helpers as seen from TypeScript code passed to page.evaluate.
export interface BenchApi {
  nextPaint(): Promise<number>;
  waitFor(predicate: () => boolean, timeout?: number, what?: string): Promise<number>;
  quiet(from: number, quietMs?: number): Promise<number>;
  readonly commits: { start: number; end: number }[];
  readonly commitWaiters: Set<(entry: { start: number; end: number }) => void>;
  readonly load: Promise<LoadMarks>;
}

export type BenchWindow = typeof globalThis & { __bench: BenchApi };
