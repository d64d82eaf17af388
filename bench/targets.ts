// The targets of issue #9, checked against one run's figures.
import type { PackageRun } from './package-bench';
import type { AppSummary } from './summary';

export interface SizeResult {
  readonly questions: number;
  readonly omnibus: AppSummary;
  readonly surveyjs: AppSummary;
}

export interface Target {
  readonly name: string;
  readonly value: number | null;
  readonly limit: string;
  readonly pass: boolean;
  readonly note?: string;
}

// A log-log slope up to this counts as linear: two-core timings wobble by several percent.
export const LINEAR_SLOPE_LIMIT = 1.1;

function ratioTarget(size: SizeResult | undefined, which: 'coldMs' | 'warmMs'): Target {
  const label = which === 'coldMs' ? 'cold' : 'warm';
  if (!size)
    return {
      name: `first chapter interactive (${label})`,
      value: null,
      limit: '≤ 1/3 of SurveyJS',
      pass: false,
      note: 'not measured',
    };
  const ratio = size.omnibus[which] / size.surveyjs[which];
  return {
    name: `first chapter interactive, ${label}, ${size.questions} questions: Omnibus / SurveyJS`,
    value: Math.round(ratio * 1000) / 1000,
    limit: '≤ 0.333',
    pass: ratio <= 1 / 3,
    note: `${size.omnibus[which]} ms vs ${size.surveyjs[which]} ms`,
  };
}

export function checkTargets(
  sizes: readonly SizeResult[],
  language: { ms: number; placeKept: number; switches: number } | null,
  pkg: PackageRun | null,
  loadSlope: number,
): Target[] {
  const at = (n: number) => sizes.find((s) => s.questions === n);
  return [
    ratioTarget(at(1000), 'coldMs'),
    ratioTarget(at(1000), 'warmMs'),
    ratioTarget(at(5000), 'coldMs'),
    ratioTarget(at(5000), 'warmMs'),
    ...sizes.map((size) => {
      const p95 = size.omnibus.keystrokeCommitP95;
      return {
        name: `keystroke → committed in IndexedDB, p95, ${size.questions} questions`,
        value: p95,
        limit: '< 50 ms',
        pass: p95 !== null && p95 < 50,
        note: `${size.omnibus.editsCommitted}/${size.omnibus.edits} edits seen committed`,
      };
    }),
    {
      name: 'language switch on a 300-question chapter (median)',
      value: language ? Math.round(language.ms * 10) / 10 : null,
      limit: '< 100 ms',
      pass: language !== null && language.ms < 100,
    },
    {
      name: 'language switch keeps the place (field focused, text kept, on screen)',
      value: language?.placeKept ?? null,
      limit: `${language?.switches ?? '?'} of ${language?.switches ?? '?'} switches`,
      pass: language !== null && language.placeKept === language.switches,
    },
    {
      name: `export of the ${pkg ? Math.round(pkg.attachmentMB) : 50} MB package (plain)`,
      value: pkg ? Math.round(pkg.exportMs) : null,
      limit: '< 2000 ms',
      pass: pkg !== null && pkg.exportMs < 2000,
    },
    {
      name: 'export of the same package, encrypted',
      value: pkg ? Math.round(pkg.exportEncryptedMs) : null,
      limit: '< 2000 ms',
      pass: pkg !== null && pkg.exportEncryptedMs < 2000,
    },
    {
      name: 'JavaScript heap after loading 5,000 questions',
      value: at(5000)?.omnibus.heapMB ?? null,
      limit: '< 150 MB',
      pass: (at(5000)?.omnibus.heapMB ?? Infinity) < 150,
    },
    {
      name: 'growth of the cold load with questions (log-log slope)',
      value: Math.round(loadSlope * 100) / 100,
      limit: `≤ ${LINEAR_SLOPE_LIMIT} (1 = linear)`,
      pass: loadSlope <= LINEAR_SLOPE_LIMIT,
    },
  ];
}
