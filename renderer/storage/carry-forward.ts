import { mapAnswersToDefinition, type OrphanedAnswer } from '../engine/versions';
import type { AnswerValue, Definition } from '../engine/definition';
import { AssessmentNotFoundError, copyAttachments, draftRecord, syncMarker } from './assessments';
import type { OmnibusDb } from './database';
import type { AnswerRecord, AssessmentRecord, ChangeRecord } from './records';
import { currentAuthorship } from './settings';

export interface CarryForwardResult {
  readonly assessment: AssessmentRecord;
  // Answers with no place in the new version: copied as they were, listed for the user.
  readonly orphaned: readonly OrphanedAnswer[];
}

// A new assessment for `definition` that starts from an earlier one's answers, mapped through
// `replaces`. Answers that no longer fit are copied under their old ids (orphaned, never
// dropped); the earlier assessment is left untouched.
export async function carryForward(
  db: OmnibusDb,
  fromId: string,
  definition: Definition,
  title: string,
): Promise<CarryForwardResult> {
  const result = await db.transaction(
    'rw',
    [db.assessments, db.answers, db.attachments, db.changes, db.settings],
    async () => {
      const source = await db.assessments.get(fromId);
      if (!source) throw new AssessmentNotFoundError(fromId);
      const assessment = draftRecord({
        questionnaireId: definition.id,
        questionnaireVersion: definition.version,
        state: source.state,
        title,
      });
      const now = assessment.createdAt;
      await db.assessments.add(assessment);
      const answers = await db.answers.where('assessmentId').equals(fromId).toArray();
      const byId = new Map(answers.map((a) => [a.questionId, a]));
      const { mapped, renamed, orphaned } = mapAnswersToDefinition(
        new Map<string, AnswerValue>(answers.map((a) => [a.questionId, a.value])),
        definition,
      );
      const who = await currentAuthorship(db);
      const copies: AnswerRecord[] = [];
      const carry = (questionId: string, from: string, value: AnswerValue) => {
        const original = byId.get(from);
        if (original)
          copies.push({ ...original, assessmentId: assessment.id, questionId, value, revision: 1 });
      };
      for (const [questionId, value] of mapped)
        carry(questionId, renamed.get(questionId) ?? questionId, value);
      for (const orphan of orphaned)
        if (!mapped.has(orphan.questionId))
          carry(orphan.questionId, orphan.questionId, orphan.value);
      await db.answers.bulkAdd(copies);
      await db.changes.bulkAdd(
        copies.map((a): ChangeRecord => ({
          assessmentId: assessment.id,
          questionId: a.questionId,
          kind: 'carry-forward',
          oldValue: null,
          newValue: a.value,
          revision: 1,
          at: now,
          ...who,
        })),
      );
      const newIdOf = new Map([...renamed].map(([next, old]) => [old, next]));
      const attachments = await db.attachments.where('assessmentId').equals(fromId).toArray();
      await copyAttachments(
        db,
        attachments.map((a) => ({ ...a, questionId: newIdOf.get(a.questionId) ?? a.questionId })),
        assessment.id,
      );
      return { assessment, orphaned };
    },
  );
  await syncMarker(db);
  return result;
}
