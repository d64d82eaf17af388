import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswers } from '../../storage/hooks';
import type { AssessmentRecord } from '../../storage/records';
import { evaluatorFor } from '../assessment/evaluator-cache';
import { useDefinition } from '../assessment/use-definition';
import { ProgressBar } from '../common/progress-bar';

// How far an assessment has come, as the engine counts it (visible questions only).
export function AssessmentProgress({ assessment }: { assessment: AssessmentRecord }) {
  const { t } = useTranslation('fill');
  const load = useDefinition(assessment.questionnaireId, assessment.questionnaireVersion);
  const records = useAnswers(assessment.id);
  const progress = useMemo(() => {
    if (!load?.ok || !records) return undefined;
    const answers = new Map([...records].map(([id, record]) => [id, record.value]));
    return evaluatorFor(load.definition).evaluate(answers).progress('all');
  }, [load, records]);
  if (!progress) return null;
  return (
    <ProgressBar
      label={t('progress.overall')}
      value={progress.answered}
      max={progress.total}
      text={t('progress.count', { answered: progress.answered, total: progress.total })}
    />
  );
}
