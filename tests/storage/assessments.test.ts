import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAllAnswers, setAnswer } from '../../renderer/storage/answers';
import {
  createAssessment,
  duplicateAssessment,
  listAssessments,
  purgeAssessment,
  removeAssessment,
  renameAssessment,
  restoreAssessment,
  setAssessmentLocation,
  setChapterComplete,
} from '../../renderer/storage/assessments';
import { addAttachment, getAttachment, sha256Hex } from '../../renderer/storage/attachments';
import { carryForward } from '../../renderer/storage/carry-forward';
import type { OmnibusDb } from '../../renderer/storage/database';
import { findOrphanedAnswers } from '../../renderer/storage/orphans';
import { define } from '../engine/helpers';
import { FIXED_NOW, freshDb, memoryMarker, NEW_ASSESSMENT } from './helpers';

let db: OmnibusDb;
let marker: ReturnType<typeof memoryMarker>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW });
  marker = memoryMarker();
  db = freshDb();
});

afterEach(() => {
  db.close();
  vi.useRealTimers();
});

const answer = (id: string, questionId: string, value: string) =>
  setAnswer(db, id, { questionId, value, baseRevision: undefined });

describe('assessments', () => {
  it('creates, lists newest first, renames and remembers where the user was', async () => {
    const first = await createAssessment(db, NEW_ASSESSMENT);
    vi.setSystemTime(FIXED_NOW + 1000);
    const second = await createAssessment(db, { ...NEW_ASSESSMENT, title: 'Second' });
    expect((await listAssessments(db)).map((a) => a.id)).toEqual([second.id, first.id]);
    await renameAssessment(db, first.id, 'Renamed');
    await setAssessmentLocation(db, first.id, { questionId: 'q7' });
    expect(await db.assessments.get(first.id)).toMatchObject({
      title: 'Renamed',
      status: 'draft',
      state: 'FR',
      lastLocation: { questionId: 'q7' },
    });
    expect(marker.value).toBe(2);
  });

  it('moves an assessment to the bin with everything kept, and back', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    await answer(a.id, 'q1', 'kept');
    await removeAssessment(db, a.id);
    expect(await listAssessments(db)).toEqual([]);
    expect((await listAssessments(db, 'deleted')).map((x) => x.id)).toEqual([a.id]);
    await restoreAssessment(db, a.id);
    expect((await listAssessments(db)).map((x) => x.id)).toEqual([a.id]);
    expect((await getAllAnswers(db, a.id)).get('q1')?.value).toBe('kept');
  });

  it('purges only from the bin, with answers, attachments, history and hand-offs', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    await answer(a.id, 'q1', 'x');
    await addAttachment(db, {
      assessmentId: a.id,
      questionId: 'q2',
      name: 'law.pdf',
      blob: new Blob(['%PDF']),
    });
    await expect(purgeAssessment(db, a.id)).rejects.toThrow(/not in the bin/);
    await db.table('handoffs').put({ id: 'h1', assessmentId: a.id });
    await removeAssessment(db, a.id);
    await purgeAssessment(db, a.id);
    expect(await db.table('handoffs').count()).toBe(0);
    expect(await db.assessments.count()).toBe(0);
    expect(await db.answers.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.changes.count()).toBe(0);
    expect(marker.value).toBe(0);
  });

  it('duplicates answers and attachments under new ids, leaving the original alone', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    const ref = await addAttachment(db, {
      assessmentId: a.id,
      questionId: 'q2',
      name: 'law.pdf',
      blob: new Blob(['%PDF']),
    });
    await setAnswer(db, a.id, { questionId: 'q2', value: [ref], baseRevision: 0 });
    await answer(a.id, 'q1', 'text');
    const copy = await duplicateAssessment(db, a.id, 'Copy');
    const copied = await getAllAnswers(db, copy.id);
    expect(copied.get('q1')?.value).toBe('text');
    const [copiedRef] = copied.get('q2')?.value as (typeof ref)[];
    expect(copiedRef?.id).not.toBe(ref.id);
    expect(copiedRef?.sha256).toBe(ref.sha256);
    expect((await getAttachment(db, copiedRef?.id ?? ''))?.assessmentId).toBe(copy.id);
    expect((await getAttachment(db, ref.id))?.assessmentId).toBe(a.id);
  });
});

describe('attachments', () => {
  it('stores the bytes with name, type, size and a SHA-256 computed with WebCrypto', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    const blob = new Blob(['abc'], { type: 'text/plain' });
    const ref = await addAttachment(db, {
      assessmentId: a.id,
      questionId: 'q',
      name: 'a.txt',
      blob,
    });
    expect(ref).toMatchObject({ name: 'a.txt', type: 'text/plain', size: 3 });
    expect(ref.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const stored = await getAttachment(db, ref.id);
    expect(await sha256Hex(stored?.blob ?? new Blob())).toBe(ref.sha256);
  });
});

describe('carry forward and orphaned answers', () => {
  const v1 = {
    ...define([
      { id: 'q-kept', type: 'short-text' },
      { id: 'q-old-name', type: 'short-text' },
      { id: 'q-dropped', type: 'short-text' },
    ]),
    version: '1.0.0',
  };
  const v2 = {
    ...define([
      { id: 'q-kept', type: 'short-text' },
      { id: 'q-new-name', type: 'short-text', replaces: ['q-old-name'] },
    ]),
    version: '2.0.0',
  };

  it('maps answers through `replaces`, keeps orphans, and leaves the earlier assessment untouched', async () => {
    const old = await createAssessment(db, {
      ...NEW_ASSESSMENT,
      questionnaireId: v1.id,
      questionnaireVersion: '1.0.0',
    });
    await answer(old.id, 'q-kept', 'same');
    await answer(old.id, 'q-old-name', 'renamed');
    await answer(old.id, 'q-dropped', 'still here');
    const { assessment, orphaned } = await carryForward(db, old.id, v2, '2027 cycle');
    expect(assessment).toMatchObject({
      questionnaireVersion: '2.0.0',
      state: 'FR',
      title: '2027 cycle',
      status: 'draft',
    });
    const carried = await getAllAnswers(db, assessment.id);
    expect(carried.get('q-kept')?.value).toBe('same');
    expect(carried.get('q-new-name')?.value).toBe('renamed');
    expect(carried.get('q-dropped')?.value).toBe('still here');
    expect(orphaned.map((o) => o.questionId)).toEqual(['q-dropped']);
    expect(findOrphanedAnswers(carried, v2).map((o) => [o.questionId, o.reason])).toEqual([
      ['q-dropped', 'removed'],
    ]);
    expect((await getAllAnswers(db, old.id)).size).toBe(3);
    expect(marker.value).toBe(2);
  });

  it('lists no orphans when every answer has its question', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    await answer(a.id, 'q-kept', 'x');
    expect(findOrphanedAnswers(await getAllAnswers(db, a.id), v1)).toEqual([]);
  });

  it('keeps chapter marks in the record, without counting them as a change to the answers', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    vi.setSystemTime(FIXED_NOW + 5000);
    await setChapterComplete(db, a.id, 'untoc-prevention', true);
    await setChapterComplete(db, a.id, 'profile', true);
    await setChapterComplete(db, a.id, 'profile', true);
    let [stored] = await listAssessments(db);
    expect(stored?.completedChapters).toEqual(['profile', 'untoc-prevention']);
    expect(stored?.updatedAt).toBe(a.updatedAt);
    await setChapterComplete(db, a.id, 'profile', false);
    [stored] = await listAssessments(db);
    expect(stored?.completedChapters).toEqual(['untoc-prevention']);
  });
});
