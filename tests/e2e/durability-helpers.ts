import type { Page } from 'playwright-core';
import { readStore } from './flows';

// Seeded random numbers (mulberry32), so a failing crash round or a benchmark can be replayed.
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The answers committed in IndexedDB, by question id, read directly (docs/storage.md).
export async function storedAnswers(page: Page): Promise<Record<string, unknown>> {
  const rows = await readStore<{ questionId: string; value: unknown }>(page, 'answers');
  return Object.fromEntries(rows.map((r) => [r.questionId, r.value]));
}
