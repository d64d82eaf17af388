import type { ComponentType } from 'react';
import type { AnswerValueByType, QuestionOf, QuestionType } from '../../engine/definition';
import type { Language } from '../../i18n/languages';

// The ids a question's frame gives its control, so labels, help and errors reach assistive tech.
export interface ControlIds {
  // Id for the control's first focusable element (search results and review links focus it).
  readonly control: string;
  // The element holding the question text.
  readonly label: string;
  // Space-separated ids of help text and error messages.
  readonly describedBy: string | undefined;
}

export interface ControlProps<T extends QuestionType> {
  readonly question: QuestionOf<T>;
  readonly value: AnswerValueByType[T] | undefined;
  // null clears the answer.
  readonly onChange: (value: AnswerValueByType[T] | null) => void;
  readonly ids: ControlIds;
  readonly invalid: boolean;
  readonly language: Language;
}

// One component per question type; the compiler refuses a registry that misses one.
export type ControlRegistry = { readonly [T in QuestionType]: ComponentType<ControlProps<T>> };
