import { Dexie } from 'dexie';
import type { AnswerValue } from '../engine/definition';
import type { OmnibusDb } from './database';
import { AssessmentNotFoundError } from './assessments';
import type { AnswerRecord, Authorship, ChangeKind, ChangeRecord } from './records';
import { currentAuthorship } from './settings';

export interface AnswerWrite {
  readonly questionId: string;
  // null clears the answer.
  readonly value: AnswerValue | null;
  // The revision the writer last saw (0: never answered). A different stored revision means
  // another window changed the answer meanwhile: the write is refused, not applied.
  // undefined: the writer saw nothing (imports, carry-forward) and writes on top of what is there.
  readonly baseRevision: number | undefined;
  // Undo and redo: apply only if the answer is still exactly this (else it is a conflict).
  readonly expectValue?: AnswerValue | null;
  readonly kind?: ChangeKind;
  readonly reverts?: number;
  // Typing: an edit that follows the same person's last edit of this answer within BURST_MS
  // extends that change instead of adding one, so history and undo keep readable steps while
  // every keystroke is committed at once.
  readonly burst?: boolean;
}

export const BURST_MS = 2000;

export type WriteOutcome =
  | {
      readonly kind: 'saved';
      readonly questionId: string;
      readonly revision: number;
      readonly seq: number;
    }
  | {
      readonly kind: 'conflict';
      readonly questionId: string;
      // What is stored now (the other window's answer), undefined when it was cleared.
      readonly current: AnswerRecord | undefined;
      readonly revision: number;
    };

export function getAnswer(
  db: OmnibusDb,
  assessmentId: string,
  questionId: string,
): Promise<AnswerRecord | undefined> {
  return db.answers.get([assessmentId, questionId]);
}

export async function getAllAnswers(
  db: OmnibusDb,
  assessmentId: string,
): Promise<ReadonlyMap<string, AnswerRecord>> {
  const rows = await db.answers.where('assessmentId').equals(assessmentId).toArray();
  return new Map(rows.map((r) => [r.questionId, r]));
}

// The last revision ever written for a question, also after it was cleared (the row is gone,
// the change log remembers).
// The change a typing burst may extend: this answer's latest change, an edit by the same person
// in the same language, made less than BURST_MS ago.
async function burstToExtend(
  db: OmnibusDb,
  assessmentId: string,
  questionId: string,
  revision: number,
  who: Authorship,
  now: number,
): Promise<ChangeRecord | undefined> {
  const last = await db.changes
    .where('[assessmentId+questionId+revision]')
    .equals([assessmentId, questionId, revision])
    .last();
  const same =
    last?.kind === 'edit' &&
    last.author === who.author &&
    last.agency === who.agency &&
    last.language === who.language &&
    now - last.at < BURST_MS;
  return same ? last : undefined;
}

async function lastRevision(
  db: OmnibusDb,
  assessmentId: string,
  questionId: string,
): Promise<number> {
  const stored = await db.answers.get([assessmentId, questionId]);
  if (stored) return stored.revision;
  const last = await db.changes
    .where('[assessmentId+questionId+revision]')
    .between([assessmentId, questionId, Dexie.minKey], [assessmentId, questionId, Dexie.maxKey])
    .last();
  return last?.revision ?? 0;
}

// Refused: the writer saw another revision, unless it saw the answer empty and it still is
// (nothing would be overwritten); or, for undo/redo, the value is no longer the expected one.
function isStale(write: AnswerWrite, stored: AnswerRecord | undefined, revision: number): boolean {
  if (write.expectValue !== undefined) {
    return JSON.stringify(stored?.value ?? null) !== JSON.stringify(write.expectValue);
  }
  if (write.baseRevision === undefined || write.baseRevision === revision) return false;
  return !(write.baseRevision === 0 && stored === undefined);
}

// Commits several answer edits in one strict transaction: all are stored, or none is (and the
// error, e.g. a full disk, reaches the caller who still holds the values).
export async function writeAnswers(
  db: OmnibusDb,
  assessmentId: string,
  writes: readonly AnswerWrite[],
  // Who writes: given whole, or read from the settings inside this transaction (a language may
  // still be given), which saves autosave a transaction per keystroke.
  who?: Authorship | { readonly language?: string | undefined },
): Promise<WriteOutcome[]> {
  return db.transaction('rw', [db.assessments, db.answers, db.changes, db.settings], async () => {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) throw new AssessmentNotFoundError(assessmentId);
    const authorship = who && 'author' in who ? who : await currentAuthorship(db, who?.language);
    const now = Date.now();
    const outcomes: WriteOutcome[] = [];
    for (const write of writes) {
      const stored = await db.answers.get([assessmentId, write.questionId]);
      const revision = await lastRevision(db, assessmentId, write.questionId);
      const base = { assessmentId, questionId: write.questionId, ...authorship, at: now };
      if (isStale(write, stored, revision)) {
        // Kept in the history so the refused text can be recovered.
        await db.changes.add({
          ...base,
          kind: 'conflict',
          oldValue: stored?.value ?? null,
          newValue: write.value,
          revision,
        });
        outcomes.push({
          kind: 'conflict',
          questionId: write.questionId,
          current: stored,
          revision,
        });
        continue;
      }
      const next = revision + 1;
      const extended =
        write.burst === true && (write.kind ?? 'edit') === 'edit'
          ? await burstToExtend(db, assessmentId, write.questionId, revision, authorship, now)
          : undefined;
      const change: ChangeRecord = {
        ...base,
        kind: write.kind ?? 'edit',
        oldValue: stored?.value ?? null,
        newValue: write.value,
        revision: next,
        ...(write.reverts === undefined ? {} : { reverts: write.reverts }),
      };
      if (write.value === null) {
        await db.answers.delete([assessmentId, write.questionId]);
      } else {
        await db.answers.put({
          assessmentId,
          questionId: write.questionId,
          value: write.value,
          definitionVersion: assessment.questionnaireVersion,
          updatedAt: now,
          revision: next,
          ...authorship,
        });
      }
      const seq =
        extended?.seq !== undefined
          ? (await db.changes.update(extended.seq, {
              newValue: write.value,
              revision: next,
              at: now,
            }),
            extended.seq)
          : await db.changes.add(change);
      outcomes.push({ kind: 'saved', questionId: write.questionId, revision: next, seq: seq ?? 0 });
    }
    await db.assessments.put({ ...assessment, updatedAt: now });
    return outcomes;
  });
}

// Single-answer convenience over writeAnswers.
export async function setAnswer(
  db: OmnibusDb,
  assessmentId: string,
  write: AnswerWrite,
  who?: Authorship,
): Promise<WriteOutcome> {
  const [outcome] = await writeAnswers(db, assessmentId, [write], who);
  if (!outcome) throw new Error('No outcome for the write');
  return outcome;
}

// Who changed what, when: newest first.
export async function answerHistory(
  db: OmnibusDb,
  assessmentId: string,
  questionId: string,
): Promise<ChangeRecord[]> {
  const changes = await db.changes
    .where('[assessmentId+questionId+revision]')
    .between([assessmentId, questionId, Dexie.minKey], [assessmentId, questionId, Dexie.maxKey])
    .toArray();
  return changes.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
}

export function getChange(db: OmnibusDb, seq: number): Promise<ChangeRecord | undefined> {
  return db.changes.get(seq);
}
