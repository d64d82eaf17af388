// The results as Markdown tables, for docs/performance.md (written to bench/generated/results.md).
import type { Results } from './report';
import type { AppSummary } from './summary';

const ROWS: [string, keyof AppSummary][] = [
  ['First chapter interactive, cold (ms)', 'coldMs'],
  ['First chapter interactive, warm (ms)', 'warmMs'],
  ['… of which after clicking Open, cold (ms)', 'coldAfterClickMs'],
  ['… of which after clicking Open, warm (ms)', 'warmAfterClickMs'],
  ['Chapter switch (ms)', 'chapterSwitchMs'],
  ['Language switch, first chapter (ms)', 'languageSwitchMs'],
  ['JS heap after load (MB)', 'heapMB'],
  ['Keystroke → painted, p50 (ms)', 'keystrokePaintP50'],
  ['Keystroke → painted, p95 (ms)', 'keystrokePaintP95'],
  ['Keystroke → committed in IndexedDB, p50 (ms)', 'keystrokeCommitP50'],
  ['Keystroke → committed in IndexedDB, p95 (ms)', 'keystrokeCommitP95'],
  ['… IndexedDB transaction alone, p50 (ms)', 'commitTransactionP50'],
  ['… IndexedDB transaction alone, p95 (ms)', 'commitTransactionP95'],
];

const show = (v: number | null) => (v === null ? '—' : String(v));

export function markdown(results: Results): string {
  const head = [
    '',
    ...results.sizes.flatMap((s) => [`Omnibus ${s.questions}`, `SurveyJS ${s.questions}`, 'ratio']),
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const [label, key] of ROWS) {
    const cells = results.sizes.flatMap((s) => {
      const o = s.omnibus[key];
      const j = s.surveyjs[key];
      const ratio =
        typeof o === 'number' && typeof j === 'number' && j > 0 ? (o / j).toFixed(2) : '—';
      return [show(o), show(j), ratio];
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  const targets = results.targets.map(
    (t) =>
      `| ${t.pass ? 'PASS' : '**FAIL**'} | ${t.name} | ${t.value ?? 'not measured'} | ${t.limit} | ${t.note ?? ''} |`,
  );
  return [
    `Run ${results.date} — ${results.machine.cores} cores, Node ${results.machine.node}, ${results.machine.chromium}, ${results.machine.platform}`,
    '',
    ...lines,
    '',
    '| | Target | Measured | Limit | Note |',
    '|---|---|---|---|---|',
    ...targets,
    '',
  ].join('\n');
}
