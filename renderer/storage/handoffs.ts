// Hand-offs to colleagues and the contributions imported from them. The hand-off record keeps
// the base answers the merge needs; each import keeps the change set that undoes it.
import type { Table } from 'dexie';
import type { AnswerValue } from '../engine/definition';
import type { Handoff } from '../package/schemas';
import { AssessmentNotFoundError } from './assessments';
import { renameAttachmentRefs } from './attachments';
import { writeAnswers, type AnswerWrite } from './answers';
import type { OmnibusDb } from './database';
import type { AttachmentRecord, Authorship, ChangeKind } from './records';
import { currentAuthorship } from './settings';

// One answer as a package carries it (the merge's AnswerSnapshot): value and who gave it.
export interface ImportedAnswer extends Authorship {
  readonly value: AnswerValue;
  readonly definitionVersion: string;
  readonly updatedAt: number | string;
}

// null: no answer (before: unanswered; after: the answer is cleared).
export interface ImportChange {
  readonly questionId: string;
  readonly before: ImportedAnswer | null;
  readonly after: ImportedAnswer | null;
}

export interface ImportedFile {
  readonly id: string;
  readonly questionId: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

export interface ImportRecord {
  readonly id: string;
  // The contribution package's id, so the same file is recognised if imported twice.
  readonly packageId: string;
  readonly importedAt: number;
  readonly changed: readonly string[];
  // Applied in order, these put every changed answer back as it was before the import.
  readonly undo: readonly ImportChange[];
  // Files the import stored, removed again by an undo.
  readonly attachmentIds: readonly string[];
  readonly undoneAt?: number;
}

interface HandoffCommon {
  readonly id: string;
  readonly assessmentId: string;
  readonly createdAt: number;
  readonly handoff: Handoff;
}

// sent: this assessment handed chapters to a colleague, whose contributions come back here;
// received: a colleague's hand-off opened in this assessment, answered here and sent back.
export type HandoffRecord =
  | (HandoffCommon & { readonly direction: 'sent'; readonly imports: readonly ImportRecord[] })
  | (HandoffCommon & { readonly direction: 'received'; readonly sentBack: readonly number[] });
export type SentHandoff = Extract<HandoffRecord, { direction: 'sent' }>;

// The handoffs store exists from schema version 2; typed here so the database class stays as it is.
export function handoffTable(db: OmnibusDb): Table<HandoffRecord, string> {
  return db.table('handoffs');
}

export class HandoffNotFoundError extends Error {
  constructor(readonly handoffId: string) {
    super(`No hand-off with id ${handoffId}`);
    this.name = 'HandoffNotFoundError';
  }
}

// Some answers changed after the merge was computed (another window) or after the import
// (before an undo): nothing is written, so nothing is overwritten unnoticed.
export class AnswersChangedError extends Error {
  constructor(readonly questionIds: readonly string[]) {
    super(`Answers changed meanwhile: ${questionIds.join(', ')}`);
    this.name = 'AnswersChangedError';
  }
}

export async function saveHandoff(
  db: OmnibusDb,
  assessmentId: string,
  handoff: Handoff,
): Promise<SentHandoff> {
  const record: SentHandoff = {
    id: handoff.handoffId,
    direction: 'sent',
    assessmentId,
    createdAt: Date.parse(handoff.createdAt),
    handoff,
    imports: [],
  };
  await handoffTable(db).put(record);
  return record;
}

// A hand-off this installation sent, by its id (contributions name it).
export async function getHandoff(db: OmnibusDb, id: string): Promise<SentHandoff | undefined> {
  const record = await handoffTable(db).get(id);
  return record?.direction === 'sent' ? record : undefined;
}

// Newest first.
export async function listHandoffs(db: OmnibusDb, assessmentId: string): Promise<HandoffRecord[]> {
  const rows = await handoffTable(db).where('assessmentId').equals(assessmentId).toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt);
}

export const handoffTables = (db: OmnibusDb) => [
  db.assessments,
  db.answers,
  db.changes,
  db.settings,
  db.attachments,
  handoffTable(db),
];

// Writes grouped by who the resulting answer belongs to (writeAnswers stamps one authorship
// per call); all inside the caller's transaction.
async function writeAs(
  db: OmnibusDb,
  assessmentId: string,
  items: readonly { write: AnswerWrite; who: Authorship }[],
): Promise<void> {
  const groups = new Map<string, { who: Authorship; writes: AnswerWrite[] }>();
  for (const { write, who } of items) {
    const key = JSON.stringify([who.author, who.agency, who.language]);
    const group = groups.get(key) ?? { who, writes: [] };
    group.writes.push(write);
    groups.set(key, group);
  }
  const refused: string[] = [];
  for (const { who, writes } of groups.values()) {
    const outcomes = await writeAnswers(db, assessmentId, writes, who);
    refused.push(...outcomes.filter((o) => o.kind === 'conflict').map((o) => o.questionId));
  }
  // Throwing aborts the whole transaction, the refusals' history entries included.
  if (refused.length > 0) throw new AnswersChangedError(refused);
}

const authorOf = (answer: ImportedAnswer): Authorship => ({
  author: answer.author,
  agency: answer.agency,
  language: answer.language,
});

// Each change applied only over the answer it expects (`before`), the new answer keeping its
// author; a cleared answer is recorded under whoever uses this app. Inside a transaction.
export async function applyChanges(
  db: OmnibusDb,
  assessmentId: string,
  changes: readonly ImportChange[],
  kind: ChangeKind,
): Promise<void> {
  const me = await currentAuthorship(db);
  await writeAs(
    db,
    assessmentId,
    changes.map((c) => ({
      write: {
        questionId: c.questionId,
        value: c.after?.value ?? null,
        baseRevision: undefined,
        expectValue: c.before?.value ?? null,
        kind,
      },
      who: c.after ? authorOf(c.after) : me,
    })),
  );
}

// Stores the files the colleague's answers attach. A file this assessment already holds under
// the same id and hash is kept; any other gets a fresh id (ids are global), and the answers'
// references follow.
export async function storeFiles(
  db: OmnibusDb,
  assessmentId: string,
  files: readonly ImportedFile[],
  now: number,
): Promise<{ renamed: Map<string, string>; added: string[] }> {
  const renamed = new Map<string, string>();
  const added: string[] = [];
  for (const file of files) {
    const existing = await db.attachments.get(file.id);
    if (existing?.assessmentId === assessmentId && existing.sha256 === file.sha256) continue;
    const id = crypto.randomUUID();
    renamed.set(file.id, id);
    added.push(id);
    const record: AttachmentRecord = {
      id,
      assessmentId,
      questionId: file.questionId,
      name: file.name,
      type: file.type,
      size: file.size,
      sha256: file.sha256,
      blob: new Blob([new Uint8Array(file.bytes)], { type: file.type }),
      addedAt: now,
    };
    await db.attachments.add(record);
  }
  return { renamed, added };
}

export interface ApplyContribution {
  readonly assessmentId: string;
  readonly handoffId: string;
  readonly packageId: string;
  // The merge's applied changes plus the conflicts the focal point settled for "theirs".
  readonly changes: readonly ImportChange[];
  readonly files: readonly ImportedFile[];
}

export const renameIn = (answer: ImportedAnswer | null, renamed: ReadonlyMap<string, string>) =>
  answer && { ...answer, value: renameAttachmentRefs(answer.value, renamed) };

// The whole import in one transaction: every change applied (each answer keeping its author
// and agency), or none. Each change applies only over the answer the merge saw.
export async function applyContribution(
  db: OmnibusDb,
  input: ApplyContribution,
): Promise<ImportRecord> {
  return db.transaction('rw', handoffTables(db), async () => {
    if (!(await db.assessments.get(input.assessmentId)))
      throw new AssessmentNotFoundError(input.assessmentId);
    const handoff = await getHandoff(db, input.handoffId);
    if (handoff?.assessmentId !== input.assessmentId)
      throw new HandoffNotFoundError(input.handoffId);
    const now = Date.now();
    const { renamed, added } = await storeFiles(db, input.assessmentId, input.files, now);
    const changes = input.changes.map((c) => ({ ...c, after: renameIn(c.after, renamed) }));
    await applyChanges(db, input.assessmentId, changes, 'contribution');
    const record: ImportRecord = {
      id: crypto.randomUUID(),
      packageId: input.packageId,
      importedAt: now,
      changed: changes.map((c) => c.questionId),
      undo: [...changes]
        .reverse()
        .map((c) => ({ questionId: c.questionId, before: c.after, after: c.before })),
      attachmentIds: added,
    };
    await handoffTable(db).put({ ...handoff, imports: [...handoff.imports, record] });
    return record;
  });
}

// Puts back every answer an import changed, as it was (with its original author), in one
// transaction; refused as a whole if any of them was changed after the import.
export async function undoImport(
  db: OmnibusDb,
  handoffId: string,
  importId: string,
): Promise<ImportRecord> {
  return db.transaction('rw', handoffTables(db), async () => {
    const handoff = await getHandoff(db, handoffId);
    const entry = handoff?.imports.find((i) => i.id === importId);
    if (!handoff || !entry) throw new HandoffNotFoundError(handoffId);
    if (entry.undoneAt !== undefined) return entry;
    await applyChanges(db, handoff.assessmentId, entry.undo, 'undo');
    await db.attachments.bulkDelete([...entry.attachmentIds]);
    const undone: ImportRecord = { ...entry, undoneAt: Date.now() };
    await handoffTable(db).put({
      ...handoff,
      imports: handoff.imports.map((i) => (i.id === importId ? undone : i)),
    });
    return undone;
  });
}
