// The results as Markdown tables, for docs/performance.md (written to bench/generated/results.md).
import { ROWS, type Results } from './report';

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
    lines.push(`| ${label.trim()} | ${cells.join(' | ')} |`);
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
