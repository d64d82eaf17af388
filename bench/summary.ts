// Raw runs → the figures reported (medians, 95th percentiles, ratios, growth slopes).
import type { AppRun } from './measure-app';
import { median, percentile, round } from './stats';

export interface AppSummary {
  readonly coldMs: number;
  readonly warmMs: number;
  // Omnibus: from the click on "Open" to interactive (the rest is the home screen).
  readonly coldAfterClickMs: number | null;
  readonly warmAfterClickMs: number | null;
  readonly chapterSwitchMs: number;
  readonly languageSwitchMs: number;
  readonly heapMB: number;
  readonly keystrokePaintP50: number;
  readonly keystrokePaintP95: number;
  readonly keystrokeCommitP50: number | null;
  readonly keystrokeCommitP95: number | null;
  readonly commitTransactionP50: number | null;
  readonly commitTransactionP95: number | null;
  readonly editsCommitted: number;
  readonly edits: number;
}

const ms = (values: readonly number[]) => round(median(values));

function clicks(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : ms(present);
}

export function summarize(run: AppRun): AppSummary {
  const painted = run.edits.map((e) => e.painted).filter((v) => Number.isFinite(v));
  const committed = run.edits.map((e) => e.committed).filter((v): v is number => v !== null);
  const anyCommit = committed.length > 0;
  const tx = run.edits.map((e) => e.transaction).filter((v): v is number => v !== null);
  return {
    coldMs: ms(run.cold.map((r) => r.interactive)),
    warmMs: ms(run.warm.map((r) => r.interactive)),
    coldAfterClickMs: clicks(run.cold.map((r) => r.afterClick)),
    warmAfterClickMs: clicks(run.warm.map((r) => r.afterClick)),
    chapterSwitchMs: ms(run.chapterSwitch),
    languageSwitchMs: ms(run.languageSwitch),
    heapMB: round(run.heapMB),
    keystrokePaintP50: round(median(painted)),
    keystrokePaintP95: round(percentile(painted, 95)),
    keystrokeCommitP50: anyCommit ? round(median(committed)) : null,
    keystrokeCommitP95: anyCommit ? round(percentile(committed, 95)) : null,
    commitTransactionP50: tx.length > 0 ? round(median(tx)) : null,
    commitTransactionP95: tx.length > 0 ? round(percentile(tx, 95)) : null,
    editsCommitted: committed.length,
    edits: run.edits.length,
  };
}
