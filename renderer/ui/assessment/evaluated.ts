import type { Progress, Provision, QuestionnaireState, ValidationIssue } from '../../engine';

// What screens read from the engine's evaluated state.
export type EvaluatedState = QuestionnaireState;
export type Issue = ValidationIssue;
export type { Progress };

export type NodeStatus = 'not-started' | 'in-progress' | 'complete' | 'has-errors';

// Problems other than a missing answer: shown as soon as they happen.
export function errorIssues(state: EvaluatedState, questionId: string): readonly Issue[] {
  return state.issues(questionId).filter((issue) => issue.code !== 'required');
}

export function provisionErrorCount(state: EvaluatedState, provision: Provision): number {
  return provision.questions.filter(
    (q) => state.isVisible(q.id) && errorIssues(state, q.id).length > 0,
  ).length;
}

// Complete: every visible question answered, or at least every required one when some are.
export function nodeStatus(progress: Progress, errorCount: number): NodeStatus {
  if (errorCount > 0) return 'has-errors';
  if (progress.answered === 0) return 'not-started';
  const done =
    progress.answered >= progress.total ||
    (progress.required > 0 && progress.requiredAnswered >= progress.required);
  return done ? 'complete' : 'in-progress';
}
