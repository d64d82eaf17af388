import { useEffect, useState } from 'react';
import { listAssessments } from '../../storage/assessments';
import { getDatabase } from '../../storage/database';
import type { AssessmentRecord } from '../../storage/records';

// Interim: storage's live useAssessments() replaces this once it lands.
export function useAssessmentList(version: number): AssessmentRecord[] | undefined {
  const [list, setList] = useState<AssessmentRecord[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void listAssessments(getDatabase()).then((records) => {
      if (live) setList(records);
    });
    return () => {
      live = false;
    };
  }, [version]);
  return list;
}
