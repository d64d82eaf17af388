// The terminal table and bench/results.json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Target } from './targets';
import type { SizeResult } from './targets';
import type { AppSummary } from './summary';

export interface Results {
  readonly date: string;
  readonly machine: { cores: number; node: string; chromium: string; platform: string };
  readonly sizes: SizeResult[];
  readonly languageChapter300: {
    omnibusMs: number | null;
    surveyjsMs: number | null;
    // Switches after which the user was still in the field they were typing in, text kept.
    omnibusPlaceKept: string | null;
  };
  readonly package: unknown;
  readonly bundle: unknown;
  readonly slopes: Record<string, number>;
  readonly targets: Target[];
  readonly missing: string[];
  readonly raw: unknown;
}

// The per-size figures, as the terminal table and docs/performance.md list them.
export const ROWS: [string, keyof AppSummary][] = [
  ['first chapter interactive, cold (ms)', 'coldMs'],
  ['first chapter interactive, warm (ms)', 'warmMs'],
  ['  of which after clicking Open, cold', 'coldAfterClickMs'],
  ['  of which after clicking Open, warm', 'warmAfterClickMs'],
  ['chapter switch (ms)', 'chapterSwitchMs'],
  ['language switch, first chapter (ms)', 'languageSwitchMs'],
  ['JS heap after load (MB)', 'heapMB'],
  ['keystroke → painted p50 (ms)', 'keystrokePaintP50'],
  ['keystroke → painted p95 (ms)', 'keystrokePaintP95'],
  ['keystroke → committed p50 (ms)', 'keystrokeCommitP50'],
  ['keystroke → committed p95 (ms)', 'keystrokeCommitP95'],
  ['  IndexedDB transaction alone p50 (ms)', 'commitTransactionP50'],
  ['  IndexedDB transaction alone p95 (ms)', 'commitTransactionP95'],
];

const cell = (v: string | number | null | undefined) =>
  (v === null || v === undefined ? '—' : String(v)).padStart(9);

export function table(sizes: readonly SizeResult[]): string {
  const head = `${''.padEnd(40)}${sizes.map((s) => cell(`O ${s.questions}`) + cell(`S ${s.questions}`) + cell('O/S')).join(' ')}`;
  const lines = ROWS.map(([label, key]) => {
    const cells = sizes.map((s) => {
      const o = s.omnibus[key];
      const j = s.surveyjs[key];
      const ratio =
        typeof o === 'number' && typeof j === 'number' && j > 0 ? (o / j).toFixed(2) : null;
      return cell(o) + cell(j) + cell(ratio);
    });
    return `${label.padEnd(40)}${cells.join(' ')}`;
  });
  return [head, ...lines].join('\n');
}

export function targetLines(targets: readonly Target[]): string {
  return targets
    .map(
      (t) =>
        `${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value ?? 'not measured'} (target ${t.limit})${t.note ? ` — ${t.note}` : ''}`,
    )
    .join('\n');
}

export function writeResults(results: Results): string {
  const file = path.resolve(import.meta.dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
