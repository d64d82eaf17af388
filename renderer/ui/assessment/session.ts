import type { AnswerValue, Definition } from '../../engine/definition';
import type { AssessmentLocation, AssessmentRecord } from '../../storage/records';
import type { CrossReference } from '../fill/cross-reference-prompt';
import type { DefinitionIndex } from '../fill/outline';
import type { EvaluatedState } from './evaluated';

// Everything a screen needs about one open assessment: the record, its questionnaire, the
// answers, what the engine makes of them, and how to change them.
export interface AssessmentSession {
  readonly assessment: AssessmentRecord;
  readonly definition: Definition;
  readonly index: DefinitionIndex;
  readonly answers: ReadonlyMap<string, AnswerValue>;
  readonly state: EvaluatedState;
  readonly setAnswer: (questionId: string, value: AnswerValue | null) => void;
  readonly crossReferences: (questionId: string) => readonly CrossReference[];
  readonly setLocation: (location: AssessmentLocation) => void;
  // Chapters the user has declared finished (review screen).
  readonly completedChapters: ReadonlySet<string>;
  readonly markChapterComplete: (chapterId: string, complete: boolean) => void;
  readonly markAssessmentComplete: (complete: boolean) => void;
}

export type SessionResult =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly session: AssessmentSession };
