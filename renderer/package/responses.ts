import { isLanguage } from '../i18n/languages';
import { answerSchemaFor } from '../engine/answers';
import type { AttachmentRef, Definition } from '../engine/definition';
import { type AnswerInput, toIso } from './build-input';
import { indexQuestions } from './definition-index';
import { PackageError } from './errors';
import {
  type AnswerEntry,
  PACKAGE_FORMAT_VERSION,
  type Responses,
  describeZodError,
} from './schemas';

// Answer records from storage → responses.json, each checked against its question's value shape.
export function buildResponses(
  definition: Definition,
  assessmentId: string,
  answers: readonly AnswerInput[],
): Responses {
  const index = indexQuestions(definition);
  const entries: Record<string, AnswerEntry> = {};
  for (const answer of answers) {
    const place = index.get(answer.questionId);
    if (!place) {
      throw new PackageError(
        'answer-invalid',
        `The answer to "${answer.questionId}" belongs to no question of ${definition.id} ${definition.version}; map the answers to this version first.`,
      );
    }
    const parsed = answerSchemaFor(place.question).safeParse(answer.value);
    if (!parsed.success) {
      throw new PackageError(
        'answer-invalid',
        `The answer to "${answer.questionId}" is not a valid ${place.question.type} value: ${describeZodError(parsed.error)}`,
      );
    }
    if (!isLanguage(answer.language)) {
      throw new PackageError(
        'answer-invalid',
        `The answer to "${answer.questionId}" has an unknown language "${answer.language}".`,
      );
    }
    entries[answer.questionId] = {
      type: place.question.type,
      instrument: place.instrument.id,
      provision: place.provision.id,
      value: answer.value,
      definitionVersion: answer.definitionVersion,
      author: answer.author,
      agency: answer.agency,
      updatedAt: toIso(answer.updatedAt),
      language: answer.language,
    };
  }
  return {
    formatVersion: PACKAGE_FORMAT_VERSION,
    questionnaire: { id: definition.id, version: definition.version },
    assessmentId,
    answers: entries,
  };
}

// Every attachment referenced by an answer of the given responses.
export function attachmentRefs(
  answers: Responses['answers'],
): Array<{ questionId: string; ref: AttachmentRef }> {
  const refs: Array<{ questionId: string; ref: AttachmentRef }> = [];
  for (const [questionId, entry] of Object.entries(answers)) {
    if (entry.type !== 'attachments') continue;
    for (const ref of entry.value as AttachmentRef[]) refs.push({ questionId, ref });
  }
  return refs;
}
