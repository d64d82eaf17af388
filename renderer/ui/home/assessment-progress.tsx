import type { AssessmentRecord } from '../../storage/records';

// Filled in once the engine's evaluator and storage's useAnswers land.
export function AssessmentProgress(_props: { assessment: AssessmentRecord }) {
  return null;
}
