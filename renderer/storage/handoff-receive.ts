// The colleague's side of a hand-off: the focal point's answers to the handed-over chapters
// filled into an assessment here, and each time the answers were sent back.
import type { AnswerValue } from '../engine/definition';
import type { Handoff } from '../package/schemas';
import { AssessmentNotFoundError } from './assessments';
import type { OmnibusDb } from './database';
import {
  applyChanges,
  handoffTable,
  handoffTables,
  HandoffNotFoundError,
  renameIn,
  storeFiles,
  type HandoffRecord,
  type ImportedFile,
} from './handoffs';

export type ReceivedHandoff = Extract<HandoffRecord, { direction: 'received' }>;

// Refused rather than mixed: this assessment already answers some handed-over questions.
export class HandoffTargetNotEmptyError extends Error {
  constructor(readonly questionIds: readonly string[]) {
    super(`Already answered here: ${questionIds.slice(0, 5).join(', ')}`);
    this.name = 'HandoffTargetNotEmptyError';
  }
}

export const receivedId = (handoffId: string) => `received-${handoffId}`;

// Fills the hand-off's answers in, each with its original author and agency, in one transaction.
export async function receiveHandoff(
  db: OmnibusDb,
  input: {
    readonly assessmentId: string;
    readonly handoff: Handoff;
    readonly files: readonly ImportedFile[];
    // The State the hand-off answers for, recorded here when this assessment names none yet.
    readonly state: string;
  },
): Promise<ReceivedHandoff> {
  const { assessmentId, handoff } = input;
  return db.transaction('rw', handoffTables(db), async () => {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) throw new AssessmentNotFoundError(assessmentId);
    const existing = await db.answers.where('assessmentId').equals(assessmentId).toArray();
    const scope = new Set(handoff.questions);
    const clash = existing.filter((a) => scope.has(a.questionId)).map((a) => a.questionId);
    if (clash.length > 0) throw new HandoffTargetNotEmptyError(clash);
    const now = Date.now();
    if (!assessment.state && input.state)
      await db.assessments.put({ ...assessment, state: input.state });
    const { renamed } = await storeFiles(db, assessmentId, input.files, now);
    const changes = Object.entries(handoff.base).map(([questionId, entry]) => ({
      questionId,
      before: null,
      after: renameIn({ ...entry, value: entry.value as AnswerValue }, renamed),
    }));
    await applyChanges(db, assessmentId, changes, 'contribution');
    const record: ReceivedHandoff = {
      id: receivedId(handoff.handoffId),
      direction: 'received',
      assessmentId,
      createdAt: now,
      handoff,
      sentBack: [],
    };
    await handoffTable(db).put(record);
    return record;
  });
}

// Notes that the answers went back to the focal point (the list shows when).
export async function markSentBack(db: OmnibusDb, id: string, at: number): Promise<void> {
  await db.transaction('rw', handoffTable(db), async () => {
    const record = await handoffTable(db).get(id);
    if (record?.direction !== 'received') throw new HandoffNotFoundError(id);
    await handoffTable(db).put({ ...record, sentBack: [...record.sentBack, at] });
  });
}
