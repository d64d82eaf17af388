import { useCallback } from 'react';
import {
  createAssessment,
  duplicateAssessment,
  removeAssessment,
  renameAssessment,
  restoreAssessment,
} from '../../storage/assessments';
import { setAnswer } from '../../storage/answers';
import { getDatabase } from '../../storage/database';
import { loadDefinition } from '../assessment/load-definition';
import { reportingStateQuestionId } from '../assessment/reporting-state';
import type { AssessmentRecord } from '../../storage/records';
import type { NewAssessmentInput } from './create-assessment-dialog';

// The home screen's operations, all through storage's repositories.
export function useHomeActions() {
  // The State chosen here is also the profile's answer, so the two never disagree.
  const create = useCallback(async (input: NewAssessmentInput): Promise<AssessmentRecord> => {
    const record = await createAssessment(getDatabase(), input);
    const load = input.state
      ? await loadDefinition(input.questionnaireId, input.questionnaireVersion)
      : undefined;
    const questionId = load?.ok ? reportingStateQuestionId(load.definition) : undefined;
    if (questionId) {
      await setAnswer(getDatabase(), record.id, {
        questionId,
        value: input.state,
        baseRevision: 0,
      });
    }
    return record;
  }, []);
  const rename = useCallback(
    (id: string, title: string) => renameAssessment(getDatabase(), id, title),
    [],
  );
  const duplicate = useCallback(
    (id: string, title: string) => duplicateAssessment(getDatabase(), id, title),
    [],
  );
  const remove = useCallback((id: string) => removeAssessment(getDatabase(), id), []);
  const restore = useCallback((id: string) => restoreAssessment(getDatabase(), id), []);
  return { create, rename, duplicate, remove, restore };
}
