import { renameAttachmentRefs } from './attachments';
import type { OmnibusDb } from './database';
import { getMarker } from './marker';
import type {
  AssessmentLocation,
  AssessmentRecord,
  AssessmentStatus,
  AttachmentRecord,
} from './records';

export interface NewAssessment {
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  readonly title: string;
  readonly state?: string;
}

export class AssessmentNotFoundError extends Error {
  constructor(readonly assessmentId: string) {
    super(`No assessment with id ${assessmentId}`);
    this.name = 'AssessmentNotFoundError';
  }
}

// Keeps the outside-IndexedDB count in step, so an emptied database is noticed (marker.ts).
export async function syncMarker(db: OmnibusDb): Promise<void> {
  getMarker().write(await db.assessments.count());
}

// A fresh draft: new id, both times now.
export function draftRecord(input: NewAssessment): AssessmentRecord {
  const now = Date.now();
  return {
    id: crypto.randomUUID(),
    questionnaireId: input.questionnaireId,
    questionnaireVersion: input.questionnaireVersion,
    state: input.state ?? '',
    title: input.title,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  };
}

export async function createAssessment(
  db: OmnibusDb,
  input: NewAssessment,
): Promise<AssessmentRecord> {
  const record = draftRecord(input);
  await db.assessments.add(record);
  await syncMarker(db);
  return record;
}

// Newest first; the bin (soft-deleted) is listed apart.
export async function listAssessments(
  db: OmnibusDb,
  which: 'active' | 'deleted' = 'active',
): Promise<AssessmentRecord[]> {
  const all = await db.assessments.orderBy('updatedAt').reverse().toArray();
  return all.filter((a) =>
    which === 'active' ? a.deletedAt === undefined : a.deletedAt !== undefined,
  );
}

export function getAssessment(db: OmnibusDb, id: string): Promise<AssessmentRecord | undefined> {
  return db.assessments.get(id);
}

async function update(
  db: OmnibusDb,
  id: string,
  change: (record: AssessmentRecord) => AssessmentRecord,
): Promise<AssessmentRecord> {
  return db.transaction('rw', db.assessments, async () => {
    const record = await db.assessments.get(id);
    if (!record) throw new AssessmentNotFoundError(id);
    const next = change(record);
    await db.assessments.put(next);
    return next;
  });
}

export function renameAssessment(
  db: OmnibusDb,
  id: string,
  title: string,
): Promise<AssessmentRecord> {
  return update(db, id, (a) => ({ ...a, title, updatedAt: Date.now() }));
}

export function setAssessmentState(
  db: OmnibusDb,
  id: string,
  state: string,
): Promise<AssessmentRecord> {
  return update(db, id, (a) => ({ ...a, state, updatedAt: Date.now() }));
}

export function setAssessmentStatus(
  db: OmnibusDb,
  id: string,
  status: AssessmentStatus,
): Promise<AssessmentRecord> {
  return update(db, id, (a) => ({ ...a, status, updatedAt: Date.now() }));
}

// Where the user was; does not count as a change to the answers (updatedAt stays).
export function setAssessmentLocation(
  db: OmnibusDb,
  id: string,
  lastLocation: AssessmentLocation,
): Promise<AssessmentRecord> {
  return update(db, id, (a) => ({ ...a, lastLocation }));
}

// A chapter marked (or unmarked) complete; like the location, not a change to the answers.
export function setChapterComplete(
  db: OmnibusDb,
  id: string,
  chapterId: string,
  complete: boolean,
): Promise<AssessmentRecord> {
  return update(db, id, (a) => {
    const marks = new Set(a.completedChapters ?? []);
    if (complete) marks.add(chapterId);
    else marks.delete(chapterId);
    return { ...a, completedChapters: [...marks].sort() };
  });
}

// Soft delete: moved to the bin with everything kept, until restored or purged.
export function removeAssessment(db: OmnibusDb, id: string): Promise<AssessmentRecord> {
  return update(db, id, (a) => ({ ...a, deletedAt: Date.now() }));
}

export function restoreAssessment(db: OmnibusDb, id: string): Promise<AssessmentRecord> {
  return update(db, id, ({ deletedAt: _deletedAt, ...a }) => a);
}

// For good: the assessment and every record of it in any store indexed by assessmentId
// (answers, attachments, history, hand-offs, and stores added later). Only from the bin.
export async function purgeAssessment(db: OmnibusDb, id: string): Promise<void> {
  const owned = db.tables.filter(
    (t) => t.name !== 'assessments' && t.schema.idxByName['assessmentId'],
  );
  await db.transaction('rw', [db.assessments, ...owned], async () => {
    const record = await db.assessments.get(id);
    if (!record) return;
    if (record.deletedAt === undefined) {
      throw new Error(`Assessment ${id} is not in the bin; remove it before purging`);
    }
    for (const table of owned) await table.where('assessmentId').equals(id).delete();
    await db.assessments.delete(id);
  });
  await syncMarker(db);
}

// A full copy under a new id: answers, attachments (same bytes) and a fresh history.
export async function duplicateAssessment(
  db: OmnibusDb,
  id: string,
  title: string,
): Promise<AssessmentRecord> {
  const copy = await db.transaction(
    'rw',
    [db.assessments, db.answers, db.attachments],
    async () => {
      const source = await db.assessments.get(id);
      if (!source) throw new AssessmentNotFoundError(id);
      const record: AssessmentRecord = {
        ...draftRecord({ ...source, title }),
        ...pickLocation(source),
      };
      await db.assessments.add(record);
      const answers = await db.answers.where('assessmentId').equals(id).toArray();
      await db.answers.bulkAdd(answers.map((a) => ({ ...a, assessmentId: record.id })));
      const attachments = await db.attachments.where('assessmentId').equals(id).toArray();
      await copyAttachments(db, attachments, record.id);
      return record;
    },
  );
  await syncMarker(db);
  return copy;
}

// Copies attachments to another assessment under new ids; its answers' references follow.
export async function copyAttachments(
  db: OmnibusDb,
  attachments: readonly AttachmentRecord[],
  assessmentId: string,
): Promise<void> {
  if (attachments.length === 0) return;
  const renamed = new Map(attachments.map((a) => [a.id, crypto.randomUUID()]));
  await db.attachments.bulkAdd(
    attachments.map((a) => ({ ...a, id: renamed.get(a.id) ?? a.id, assessmentId })),
  );
  const answers = await db.answers.where('assessmentId').equals(assessmentId).toArray();
  for (const answer of answers) {
    if (Array.isArray(answer.value))
      await db.answers.put({ ...answer, value: renameAttachmentRefs(answer.value, renamed) });
  }
}

function pickLocation(source: AssessmentRecord): Pick<AssessmentRecord, 'lastLocation'> {
  return source.lastLocation ? { lastLocation: source.lastLocation } : {};
}
