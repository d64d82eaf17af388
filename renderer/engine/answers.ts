import type { z } from 'zod';
import {
  attachmentsAnswerSchema,
  citationsAnswerSchema,
  complianceAnswerSchema,
  countryAnswerSchema,
  isoDateSchema,
  multipleChoiceAnswerSchema,
  numberAnswerSchema,
  tableAnswerSchema,
  technicalAssistanceAnswerSchema,
  textAnswerSchema,
  yesNoAnswerSchema,
} from './answer-values';
import type { AnswerValueByType, Question, QuestionType } from './definition';

// The shape of the value stored for each question type. Limits particular to a question
// (its options, min/max, …) are validation issues, not parse failures, so that an answer stays
// readable after the definition changes.
const SCHEMAS: { readonly [T in QuestionType]: z.ZodType<AnswerValueByType[T]> } = {
  compliance: complianceAnswerSchema,
  'yes-no': yesNoAnswerSchema,
  'single-choice': textAnswerSchema,
  'multiple-choice': multipleChoiceAnswerSchema,
  'short-text': textAnswerSchema,
  'long-text': textAnswerSchema,
  number: numberAnswerSchema,
  date: isoDateSchema,
  country: countryAnswerSchema,
  table: tableAnswerSchema,
  citations: citationsAnswerSchema,
  attachments: attachmentsAnswerSchema,
  'technical-assistance': technicalAssistanceAnswerSchema,
};

export function answerSchemaFor<T extends QuestionType>(question: {
  readonly type: T;
}): z.ZodType<AnswerValueByType[T]> {
  return SCHEMAS[question.type];
}

// The answer as the question's type, or null when it has another shape (e.g. after a type change).
export function answerAs<T extends QuestionType>(
  question: Question & { readonly type: T },
  value: unknown,
): AnswerValueByType[T] | null {
  const parsed = SCHEMAS[question.type].safeParse(value);
  return parsed.success ? parsed.data : null;
}

export { hasValue as isAnswered } from './expression/evaluate';
