import type { Definition } from '../../engine/definition';
import type { OpenedFile } from '../../host/host';
import {
  mergeContribution,
  readPackage,
  resolveConflicts,
  type ConflictChoice,
  type MergeResult,
  type Person,
} from '../../package';
import { getAllAnswers } from '../../storage/answers';
import type { OmnibusDb } from '../../storage/database';
import {
  AnswersChangedError,
  applyContribution,
  getHandoff,
  type HandoffRecord,
  type ImportRecord,
} from '../../storage/handoffs';
import type { AssessmentRecord } from '../../storage/records';
import { TaskError } from '../export/failure';
import type { TaskContext } from '../export/use-task';

// A contribution read and merged, waiting for the focal point to settle conflicts and apply it.
export interface ContributionReview {
  readonly handoff: HandoffRecord;
  readonly packageId: string;
  readonly contributor: Person;
  readonly exportedAt: string;
  readonly merge: MergeResult;
  readonly alreadyImported: boolean;
}

interface Target {
  readonly db: OmnibusDb;
  readonly assessment: AssessmentRecord;
  readonly definition: Definition;
}

// Reads the file as hostile input (the package reader checks every byte), finds the hand-off
// it answers, and merges it with the answers as they are now. Writes nothing.
export async function readContribution(
  context: TaskContext,
  target: Target,
  file: OpenedFile,
): Promise<ContributionReview> {
  context.step('reading');
  const opened = await readPackage(file.data, {
    expectKind: 'contribution',
    expectQuestionnaireId: target.definition.id,
    signal: context.signal,
  });
  const handoffId = opened.handoff?.handoffId ?? '';
  const handoff = await getHandoff(target.db, handoffId);
  if (handoff?.assessmentId !== target.assessment.id) throw new TaskError({ kind: 'no-handoff' });
  const current = await getAllAnswers(target.db, target.assessment.id);
  const merge = mergeContribution({ current, handoff: handoff.handoff, contribution: opened });
  return {
    handoff,
    packageId: opened.manifest.packageId,
    contributor: opened.manifest.focalPoint,
    exportedAt: opened.manifest.exportedAt,
    merge,
    alreadyImported: handoff.imports.some(
      (i) => i.packageId === opened.manifest.packageId && i.undoneAt === undefined,
    ),
  };
}

// Applies the merge with the focal point's choices, all in one transaction.
export async function applyReview(
  context: TaskContext,
  db: OmnibusDb,
  review: ContributionReview,
  choices: Readonly<Record<string, ConflictChoice>>,
): Promise<ImportRecord> {
  context.step('applying', null, false);
  const changes = [...review.merge.changes, ...resolveConflicts(review.merge.conflicts, choices)];
  const changed = new Set(changes.map((c) => c.questionId));
  try {
    return await applyContribution(db, {
      assessmentId: review.handoff.assessmentId,
      handoffId: review.handoff.id,
      packageId: review.packageId,
      changes,
      files: review.merge.attachments.filter((a) => changed.has(a.questionId)),
    });
  } catch (error) {
    if (error instanceof AnswersChangedError)
      throw new TaskError({ kind: 'changed-since', count: error.questionIds.length });
    throw error;
  }
}
