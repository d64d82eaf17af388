import type { TechnicalAssistanceAnswer } from '../engine/definition';
import { ANSWER_COLUMNS, answerRows } from './answers-csv';
import { COMPLIANCE_VALUES } from '../engine/answer-values';
import { toCsv } from './csv';
import type { PackageContents } from './contents';

// Tables across States for the secretariat, one CSV each (UTF-8 with BOM).
export type AggregateTables = Readonly<
  Record<
    'answers.csv' | 'compliance.csv' | 'compliance-summary.csv' | 'technical-assistance.csv',
    string
  >
>;

const PACKAGE_COLUMNS = [
  'state',
  'assessment_id',
  'questionnaire_id',
  'questionnaire_version',
] as const;

export function aggregate(packages: readonly PackageContents[]): AggregateTables {
  const answers: string[][] = [];
  const compliance: string[][] = [];
  const assistance: string[][] = [];
  const summary = new Map<string, Map<string, number>>();
  for (const pkg of packages) {
    const prefix = [
      pkg.manifest.assessment.state,
      pkg.manifest.assessment.id,
      pkg.manifest.questionnaire.id,
      pkg.manifest.questionnaire.version,
    ];
    for (const row of answerRows(pkg.responses)) answers.push([...prefix, ...row]);
    for (const [questionId, entry] of Object.entries(pkg.responses.answers)) {
      if (entry.type === 'compliance') {
        const value = entry.value as string;
        compliance.push([...prefix, entry.instrument, entry.provision, questionId, value]);
        const counts = summary.get(entry.provision) ?? new Map<string, number>();
        counts.set(value, (counts.get(value) ?? 0) + 1);
        summary.set(entry.provision, counts);
      } else if (entry.type === 'technical-assistance') {
        const ta = entry.value as TechnicalAssistanceAnswer;
        if (ta.need !== 'yes') continue;
        for (const type of ta.types) {
          const detail = type === 'other' ? (ta.otherType ?? '') : '';
          assistance.push([
            ...prefix,
            entry.instrument,
            entry.provision,
            questionId,
            type,
            detail,
            ta.priority ?? '',
            ta.description ?? '',
          ]);
        }
      }
    }
  }
  const summaryRows = [...summary.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([provision, counts]) => [provision, ...COMPLIANCE_VALUES.map((v) => counts.get(v) ?? 0)]);
  return {
    'answers.csv': toCsv([...PACKAGE_COLUMNS, ...ANSWER_COLUMNS], answers),
    'compliance.csv': toCsv(
      [...PACKAGE_COLUMNS, 'instrument', 'provision', 'question_id', 'compliance'],
      compliance,
    ),
    'compliance-summary.csv': toCsv(['provision', ...COMPLIANCE_VALUES], summaryRows),
    'technical-assistance.csv': toCsv(
      [
        ...PACKAGE_COLUMNS,
        'instrument',
        'provision',
        'question_id',
        'assistance_type',
        'other_type',
        'priority',
        'description',
      ],
      assistance,
    ),
  };
}

// Keeps the latest export per State and questionnaire version; says which packages it set aside.
export function latestPerState<T extends PackageContents>(
  packages: readonly T[],
): { kept: T[]; superseded: T[] } {
  const latest = new Map<string, T>();
  const superseded: T[] = [];
  for (const pkg of packages) {
    const { assessment, questionnaire, exportedAt } = pkg.manifest;
    const key = `${assessment.state}|${questionnaire.id}|${questionnaire.version}`;
    const seen = latest.get(key);
    if (!seen) latest.set(key, pkg);
    else if (seen.manifest.exportedAt < exportedAt) {
      superseded.push(seen);
      latest.set(key, pkg);
    } else superseded.push(pkg);
  }
  return { kept: packages.filter((p) => !superseded.includes(p)), superseded };
}
