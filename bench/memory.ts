// Heap after a forced garbage collection, and the renderer's JavaScript as users download it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export async function heapUsedMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Chromium reported no JSHeapUsedSize');
    return used.value / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

export interface BundleSize {
  // What index.html loads at start (its module script), gzipped KB.
  readonly entryKB: number;
  // All JavaScript chunks, gzipped KB, with the shipped questionnaires' data chunks apart.
  readonly totalKB: number;
  readonly questionnaireDataKB: number;
  readonly chunks: { name: string; rawKB: number; gzipKB: number }[];
}

export function bundleSize(outDir: string, questionnaireChunks: readonly string[]): BundleSize {
  const assets = path.join(outDir, 'assets');
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(path.join(assets, name));
      return {
        name,
        rawKB: bytes.length / 1024,
        gzipKB: gzipSync(bytes, { level: 9 }).length / 1024,
      };
    });
  const isData = (name: string) => questionnaireChunks.some((q) => name.startsWith(`${q}-`));
  const sum = (list: typeof chunks) => list.reduce((s, c) => s + c.gzipKB, 0);
  return {
    entryKB: sum(chunks.filter((c) => html.includes(`assets/${c.name}`))),
    totalKB: sum(chunks),
    questionnaireDataKB: sum(chunks.filter((c) => isData(c.name))),
    chunks,
  };
}
