import type { AnswerValue, Definition } from '../engine/definition';
import { mapAnswersToDefinition, type OrphanedAnswer } from '../engine/versions';
import type { AnswerRecord } from './records';

// Stored answers the current definition has no place for (question removed, or its type
// changed). They stay in storage untouched; the UI lists them so nothing silently disappears.
export function findOrphanedAnswers(
  answers: ReadonlyMap<string, AnswerRecord>,
  definition: Definition,
): readonly OrphanedAnswer[] {
  const values = new Map<string, AnswerValue>([...answers].map(([id, a]) => [id, a.value]));
  return mapAnswersToDefinition(values, definition).orphaned;
}
