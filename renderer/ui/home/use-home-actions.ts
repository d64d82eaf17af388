import { useCallback } from 'react';
import {
  createAssessment,
  duplicateAssessment,
  removeAssessment,
  renameAssessment,
  restoreAssessment,
} from '../../storage/assessments';
import { getDatabase } from '../../storage/database';
import type { AssessmentRecord } from '../../storage/records';
import type { NewAssessmentInput } from './create-assessment-dialog';

// The home screen's operations, all through storage's repositories.
export function useHomeActions() {
  const create = useCallback(
    (input: NewAssessmentInput): Promise<AssessmentRecord> =>
      createAssessment(getDatabase(), input),
    [],
  );
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
