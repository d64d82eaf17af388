import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerHistory, getAllAnswers, setAnswer } from '../../renderer/storage/answers';
import { createAssessment } from '../../renderer/storage/assessments';
import { listAttachments } from '../../renderer/storage/attachments';
import { OmnibusDb } from '../../renderer/storage/database';
import {
  AnswersChangedError,
  applyContribution,
  getHandoff,
  listHandoffs,
  saveHandoff,
  undoImport,
  type ImportChange,
  type ImportedAnswer,
} from '../../renderer/storage/handoffs';
import { SCHEMA_VERSIONS } from '../../renderer/storage/schema';
import type { Handoff } from '../../renderer/package';
import { FIXED_NOW, freshDb, memoryMarker, NEW_ASSESSMENT } from './helpers';

const focal = { author: 'Marie Curie', agency: 'Ministry of Justice', language: 'fr' };
const colleague = { author: 'Li Wei', agency: 'Ministry of Interior', language: 'zh' };

function handoffFor(questions: string[]): Handoff {
  return {
    handoffId: '7d9f2c1e-4b5a-4c3d-8e9f-0a1b2c3d4e5f',
    chapters: ['ch-b'],
    questions,
    from: { name: focal.author, agency: focal.agency },
    to: { name: colleague.author, agency: colleague.agency },
    createdAt: new Date(FIXED_NOW).toISOString(),
    base: {},
  };
}

const theirs = (value: ImportedAnswer['value']): ImportedAnswer => ({
  value,
  definitionVersion: '1.0.0',
  updatedAt: '2026-01-16T10:00:00.000Z',
  ...colleague,
});

let db: OmnibusDb;
let assessmentId: string;
let mine: ImportedAnswer;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW });
  memoryMarker();
  db = freshDb();
  assessmentId = (await createAssessment(db, NEW_ASSESSMENT)).id;
  await setAnswer(db, assessmentId, { questionId: 'q-a', value: 'mine', baseRevision: 0 }, focal);
  const stored = (await getAllAnswers(db, assessmentId)).get('q-a');
  if (!stored) throw new Error('not stored');
  mine = stored;
  await saveHandoff(db, assessmentId, handoffFor(['q-a', 'q-b', 'q-c']));
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const values = async () =>
  Object.fromEntries([...(await getAllAnswers(db, assessmentId))].map(([id, a]) => [id, a.value]));

describe('hand-off records', () => {
  it('keep the hand-off with its base answers, listed per assessment', async () => {
    const [record] = await listHandoffs(db, assessmentId);
    expect(record?.handoff.to.agency).toBe('Ministry of Interior');
    expect(record?.direction === 'sent' && record.imports).toEqual([]);
    expect(await listHandoffs(db, 'another-assessment')).toEqual([]);
  });
});

describe('applying a contribution', () => {
  const changes: ImportChange[] = [
    { questionId: 'q-a', before: null, after: null },
    { questionId: 'q-b', before: null, after: theirs('their new answer') },
  ];

  it('writes every change in one go, each answer with its author and agency', async () => {
    const ready = changes.map((c) =>
      c.questionId === 'q-a' ? { ...c, before: mine, after: theirs('theirs') } : c,
    );
    const record = await applyContribution(db, {
      assessmentId,
      handoffId: handoffFor([]).handoffId,
      packageId: 'p1',
      changes: ready,
      files: [],
    });
    const answers = await getAllAnswers(db, assessmentId);
    expect(answers.get('q-a')).toMatchObject({
      value: 'theirs',
      author: 'Li Wei',
      agency: 'Ministry of Interior',
      language: 'zh',
    });
    expect(answers.get('q-b')).toMatchObject({ value: 'their new answer', author: 'Li Wei' });
    expect(record.changed).toEqual(['q-a', 'q-b']);
    const [last] = await answerHistory(db, assessmentId, 'q-a');
    expect(last).toMatchObject({ kind: 'contribution', oldValue: 'mine', newValue: 'theirs' });
    expect((await getHandoff(db, handoffFor([]).handoffId))?.imports).toHaveLength(1);
  });

  it('writes nothing when an answer changed after the merge was computed', async () => {
    await setAnswer(
      db,
      assessmentId,
      { questionId: 'q-a', value: 'edited meanwhile', baseRevision: undefined },
      focal,
    );
    const stale = [{ questionId: 'q-a', before: mine, after: theirs('theirs') }, changes[1]!];
    const error = await applyContribution(db, {
      assessmentId,
      handoffId: handoffFor([]).handoffId,
      packageId: 'p1',
      changes: stale,
      files: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswersChangedError);
    expect((error as AnswersChangedError).questionIds).toEqual(['q-a']);
    expect(await values()).toEqual({ 'q-a': 'edited meanwhile' });
    expect((await getHandoff(db, handoffFor([]).handoffId))?.imports).toEqual([]);
    // No trace of the refused write in the history either: the transaction was rolled back.
    const kinds = (await answerHistory(db, assessmentId, 'q-a')).map((c) => c.kind);
    expect(kinds).toEqual(['edit', 'edit']);
  });

  it('stores attached files under fresh ids and points the answer at them', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 penal code');
    const ref = {
      id: 'their-file',
      name: 'code.pdf',
      type: 'application/pdf',
      size: bytes.length,
      sha256: 'ab'.repeat(32),
    };
    const record = await applyContribution(db, {
      assessmentId,
      handoffId: handoffFor([]).handoffId,
      packageId: 'p1',
      changes: [{ questionId: 'q-c', before: null, after: theirs([ref]) }],
      files: [{ ...ref, questionId: 'q-c', bytes }],
    });
    const [stored] = await listAttachments(db, assessmentId);
    expect(stored?.id).not.toBe('their-file');
    expect(record.attachmentIds).toEqual([stored?.id]);
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(bytes);
    expect((await values())['q-c']).toEqual([{ ...ref, id: stored?.id }]);
    await undoImport(db, handoffFor([]).handoffId, record.id);
    expect(await listAttachments(db, assessmentId)).toEqual([]);
  });
});

describe('undoing an import', () => {
  async function imported() {
    return applyContribution(db, {
      assessmentId,
      handoffId: handoffFor([]).handoffId,
      packageId: 'p1',
      changes: [
        { questionId: 'q-a', before: mine, after: theirs('theirs') },
        { questionId: 'q-b', before: null, after: theirs('new') },
      ],
      files: [],
    });
  }

  it('puts every answer back as it was, with its original author', async () => {
    const record = await imported();
    const undone = await undoImport(db, handoffFor([]).handoffId, record.id);
    expect(undone.undoneAt).toBe(FIXED_NOW);
    const answers = await getAllAnswers(db, assessmentId);
    expect([...answers.keys()]).toEqual(['q-a']);
    expect(answers.get('q-a')).toMatchObject({
      value: 'mine',
      author: 'Marie Curie',
      agency: 'Ministry of Justice',
    });
    // A second undo changes nothing.
    await undoImport(db, handoffFor([]).handoffId, record.id);
    expect(await values()).toEqual({ 'q-a': 'mine' });
  });

  it('is refused as a whole when an imported answer was changed since', async () => {
    const record = await imported();
    await setAnswer(
      db,
      assessmentId,
      { questionId: 'q-b', value: 'reworded', baseRevision: undefined },
      focal,
    );
    const error = await undoImport(db, handoffFor([]).handoffId, record.id).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AnswersChangedError);
    expect(await values()).toEqual({ 'q-a': 'theirs', 'q-b': 'reworded' });
    const stored = await getHandoff(db, handoffFor([]).handoffId);
    expect(stored?.imports[0]?.undoneAt).toBeUndefined();
  });
});

describe('schema version 2', () => {
  it('opens a version 1 database with its answers and adds the hand-offs store', async () => {
    const name = `omnibus-handoffs-${Math.random().toString(36).slice(2)}`;
    const v1 = new OmnibusDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version === 1),
    );
    const a = await createAssessment(v1, NEW_ASSESSMENT);
    await setAnswer(v1, a.id, { questionId: 'q1', value: 'written at v1', baseRevision: 0 }, focal);
    expect(v1.tables.map((t) => t.name)).not.toContain('handoffs');
    v1.close();
    const v2 = new OmnibusDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 2),
    );
    await v2.open();
    expect(v2.verno).toBe(2);
    expect((await getAllAnswers(v2, a.id)).get('q1')?.value).toBe('written at v1');
    await saveHandoff(v2, a.id, handoffFor(['q1']));
    expect((await listHandoffs(v2, a.id)).map((h) => h.handoff.questions)).toEqual([['q1']]);
    await v2.delete();
  });
});
