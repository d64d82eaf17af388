import { answerSchemaFor } from './answers';
import { compileConditions } from './conditions';
import type { AnswerValue, Definition } from './definition';

// Carrying answers to a new version of a definition. Nothing is dropped: an answer that has no
// place in the new version is returned as orphaned, with the reason, for the user to see.

export type OrphanReason =
  | 'removed' // no question has this id, nor lists it in `replaces`
  | 'type-changed' // the question's type changed and the old value does not fit it
  | 'superseded'; // the new question already has its own answer, or another old answer mapped to it first

export interface OrphanedAnswer {
  readonly questionId: string;
  readonly value: AnswerValue;
  readonly reason: OrphanReason;
}

export interface MappedAnswers {
  readonly mapped: ReadonlyMap<string, AnswerValue>;
  // For each mapped answer whose id changed: new id → old id.
  readonly renamed: ReadonlyMap<string, string>;
  readonly orphaned: readonly OrphanedAnswer[];
}

export function mapAnswersToDefinition(
  answers: ReadonlyMap<string, AnswerValue>,
  definition: Definition,
): MappedAnswers {
  const { index } = compileConditions(definition);
  const replacedBy = new Map<string, string>();
  for (const entry of index.questions)
    for (const old of entry.node.replaces ?? [])
      if (!replacedBy.has(old)) replacedBy.set(old, entry.node.id);

  const mapped = new Map<string, AnswerValue>();
  const renamed = new Map<string, string>();
  const orphaned: OrphanedAnswer[] = [];
  // Answers to ids that still exist go first, so they win over answers mapped through `replaces`.
  const ordered = [...answers].sort(
    ([a], [b]) => Number(!index.questionById.has(a)) - Number(!index.questionById.has(b)),
  );
  for (const [questionId, value] of ordered) {
    const targetId = index.questionById.has(questionId) ? questionId : replacedBy.get(questionId);
    const target = targetId === undefined ? undefined : index.questionById.get(targetId);
    if (!target || targetId === undefined) {
      orphaned.push({ questionId, value, reason: 'removed' });
    } else if (!answerSchemaFor(target.node).safeParse(value).success) {
      orphaned.push({ questionId, value, reason: 'type-changed' });
    } else if (mapped.has(targetId)) {
      orphaned.push({ questionId, value, reason: 'superseded' });
    } else {
      mapped.set(targetId, value);
      if (targetId !== questionId) renamed.set(targetId, questionId);
    }
  }
  return { mapped, renamed, orphaned };
}
