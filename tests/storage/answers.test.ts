import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerHistory,
  getAllAnswers,
  getAnswer,
  setAnswer,
  writeAnswers,
} from '../../renderer/storage/answers';
import { createAssessment } from '../../renderer/storage/assessments';
import type { OmnibusDb } from '../../renderer/storage/database';
import { setSettings } from '../../renderer/storage/settings';
import { FIXED_NOW, freshDb, memoryMarker, NEW_ASSESSMENT, simulateFullDisk } from './helpers';

let db: OmnibusDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW });
  memoryMarker();
  db = freshDb();
  await setSettings(db, {
    userName: 'Amina Diallo',
    agency: 'Ministry of Justice',
    language: 'fr',
  });
});

afterEach(() => {
  db.close();
  vi.useRealTimers();
});

describe('answers', () => {
  it('stores an answer with who wrote it, in which language, against which version', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    const outcome = await setAnswer(db, a.id, { questionId: 'q1', value: 'yes', baseRevision: 0 });
    expect(outcome).toMatchObject({ kind: 'saved', revision: 1 });
    expect(await getAnswer(db, a.id, 'q1')).toEqual({
      assessmentId: a.id,
      questionId: 'q1',
      value: 'yes',
      definitionVersion: '1.0.0',
      updatedAt: FIXED_NOW,
      revision: 1,
      author: 'Amina Diallo',
      agency: 'Ministry of Justice',
      language: 'fr',
    });
  });

  it('keeps every change in the history with old and new value, newest first', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    await setAnswer(db, a.id, { questionId: 'q1', value: 'draft', baseRevision: 0 });
    vi.setSystemTime(FIXED_NOW + 60_000);
    await setSettings(db, { userName: 'Li Wei' });
    await setAnswer(db, a.id, { questionId: 'q1', value: 'final', baseRevision: 1 });
    const history = await answerHistory(db, a.id, 'q1');
    expect(history.map((c) => [c.author, c.oldValue, c.newValue, c.at])).toEqual([
      ['Li Wei', 'draft', 'final', FIXED_NOW + 60_000],
      ['Amina Diallo', null, 'draft', FIXED_NOW],
    ]);
  });

  it('refuses a write based on an older revision and keeps the refused value in the history', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    await setAnswer(db, a.id, { questionId: 'q1', value: 'theirs', baseRevision: 0 });
    const outcome = await setAnswer(db, a.id, { questionId: 'q1', value: 'mine', baseRevision: 0 });
    expect(outcome).toMatchObject({ kind: 'conflict', revision: 1, current: { value: 'theirs' } });
    expect((await getAnswer(db, a.id, 'q1'))?.value).toBe('theirs');
    expect((await answerHistory(db, a.id, 'q1'))[0]).toMatchObject({
      kind: 'conflict',
      newValue: 'mine',
    });
  });

  it('keeps counting revisions after an answer is cleared, so a stale window is still caught', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    await setAnswer(db, a.id, { questionId: 'q1', value: 'x', baseRevision: 0 });
    await setAnswer(db, a.id, { questionId: 'q1', value: null, baseRevision: 1 });
    expect(await getAnswer(db, a.id, 'q1')).toBeUndefined();
    // This window still shows 'x': typing over it must not pass unnoticed.
    const stale = { questionId: 'q1', value: 'y', baseRevision: 1 };
    expect(await setAnswer(db, a.id, stale)).toMatchObject({ kind: 'conflict' });
    // A window that saw it empty, and it is empty: nothing would be overwritten.
    const fresh = { questionId: 'q1', value: 'y', baseRevision: 0 };
    expect(await setAnswer(db, a.id, fresh)).toMatchObject({
      kind: 'saved',
      revision: 3,
    });
  });

  it('stores a batch all together or not at all', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    simulateFullDisk(db, (call) => call === 2);
    await expect(
      writeAnswers(db, a.id, [
        { questionId: 'q1', value: 'one', baseRevision: 0 },
        { questionId: 'q2', value: 'two', baseRevision: 0 },
      ]),
    ).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect((await getAllAnswers(db, a.id)).size).toBe(0);
  });

  it('marks the assessment as updated', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    vi.setSystemTime(FIXED_NOW + 5_000);
    await setAnswer(db, a.id, { questionId: 'q1', value: 3, baseRevision: 0 });
    expect((await db.assessments.get(a.id))?.updatedAt).toBe(FIXED_NOW + 5_000);
  });
});
