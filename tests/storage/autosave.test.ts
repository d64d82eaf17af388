import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerHistory,
  BURST_MS,
  getAllAnswers,
  getAnswer,
  setAnswer,
} from '../../renderer/storage/answers';
import { createAssessment } from '../../renderer/storage/assessments';
import { createAutosave, type AutosaveSession } from '../../renderer/storage/autosave';
import { OmnibusDb } from '../../renderer/storage/database';
import type { AssessmentRecord } from '../../renderer/storage/records';
import { FIXED_NOW, freshDb, memoryMarker, NEW_ASSESSMENT, simulateFullDisk } from './helpers';

let db: OmnibusDb;
let assessment: AssessmentRecord;

const FAST = { delayMs: 30, retryDelaysMs: [20] };
const stored = async (q: string) => (await getAnswer(db, assessment.id, q))?.value;

// A second connection to the same database, as another window of the app would have.
async function otherWindowWrites(value: string, baseRevision: number): Promise<void> {
  const otherWindow = new OmnibusDb(db.name);
  await setAnswer(otherWindow, assessment.id, { questionId: 'q1', value, baseRevision });
  otherWindow.close();
}

async function session(options = {}): Promise<AutosaveSession> {
  const s = createAutosave(db, assessment.id, { ...FAST, ...options });
  s.observe(await getAllAnswers(db, assessment.id));
  return s;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW });
  memoryMarker();
  db = freshDb();
  assessment = await createAssessment(db, NEW_ASSESSMENT);
});

afterEach(() => {
  db.close();
  vi.useRealTimers();
});

// A quiet spell longer than a typing burst: the next edit starts a new step of history.
const pause = () => vi.setSystemTime(Date.now() + BURST_MS);

describe('autosave', () => {
  it('stores what is typed once typing pauses, as one change', async () => {
    const s = await session();
    for (const text of ['L', 'La', 'Law 12']) s.setAnswer('q1', text);
    expect(s.getState().status).toEqual({ kind: 'saving' });
    expect(s.getState().pending.get('q1')).toBe('Law 12');
    expect(await stored('q1')).toBeUndefined();
    await vi.waitFor(async () => expect(await stored('q1')).toBe('Law 12'));
    expect(await answerHistory(db, assessment.id, 'q1')).toHaveLength(1);
    // Saved "now": waitFor moves the fake clock on while it polls.
    expect(s.getState().status).toMatchObject({ kind: 'saved' });
    expect(s.getState().pending.size).toBe(0);
  });

  it('commits while the user keeps typing, so a crash loses at most the last moments', async () => {
    const s = await session();
    for (let i = 1; i <= 10; i += 1) {
      s.setAnswer('q1', 'x'.repeat(i));
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    // Typing never paused for the 30 ms delay, yet most of it is on disk already.
    expect(((await stored('q1')) as string | undefined)?.length ?? 0).toBeGreaterThanOrEqual(5);
    await s.flush();
    expect(await stored('q1')).toBe('x'.repeat(10));
  });

  it('stores at once on flush (leaving a field, hiding or closing the page)', async () => {
    const s = await session({ delayMs: 60_000 });
    s.setAnswer('q1', 'yes');
    await s.flush();
    expect(await stored('q1')).toBe('yes');
  });

  it('keeps an edit in memory while the disk is full, says so, and stores it when space returns', async () => {
    const s = await session();
    simulateFullDisk(db, (call) => call <= 2);
    s.setAnswer('q1', 'kept');
    await s.flush();
    expect(s.getState().status).toEqual({ kind: 'error', reason: 'quota', retrying: true });
    expect(s.getState().pending.get('q1')).toBe('kept');
    expect(await stored('q1')).toBeUndefined();
    await vi.waitFor(async () => expect(await stored('q1')).toBe('kept'));
    await vi.waitFor(() => expect(s.getState().status.kind).toBe('saved'));
    expect(s.getState().pending.size).toBe(0);
  });

  it('stores the newest value when the user typed on while a retry was waiting', async () => {
    const s = await session();
    // The commit started by the edit and the one the flush retries both fail: a retry waits.
    simulateFullDisk(db, (call) => call <= 2);
    s.setAnswer('q1', 'first');
    await s.flush();
    expect(s.getState().status).toEqual({ kind: 'error', reason: 'quota', retrying: true });
    s.setAnswer('q1', 'second');
    await vi.waitFor(async () => expect(await stored('q1')).toBe('second'));
    expect((await answerHistory(db, assessment.id, 'q1')).map((c) => c.newValue)).toEqual([
      'second',
    ]);
  });

  it('never overwrites a change made in another window: reports a conflict and keeps both', async () => {
    const mine = await session();
    // The other window commits after this one last saw the answer (empty), before it commits.
    await otherWindowWrites('theirs', 0);
    mine.setAnswer('q1', 'mine');
    await mine.flush();
    expect(mine.getState().status).toEqual({ kind: 'error', reason: 'conflict', retrying: false });
    expect(await stored('q1')).toBe('theirs');
    expect(mine.getState().conflicts).toMatchObject([
      { questionId: 'q1', mine: 'mine', theirs: { value: 'theirs' } },
    ]);
    expect((await answerHistory(db, assessment.id, 'q1'))[0]).toMatchObject({
      kind: 'conflict',
      newValue: 'mine',
    });

    mine.resolveConflict('q1', 'mine');
    await mine.flush();
    expect(await stored('q1')).toBe('mine');
    expect(mine.getState().conflicts).toEqual([]);
  });

  it('undoes and redoes committed changes in order, and a new edit clears redo', async () => {
    const s = await session();
    s.setAnswer('q1', 'a');
    await s.flush();
    pause();
    s.setAnswer('q1', 'b');
    await s.flush();
    await s.undo();
    expect(await stored('q1')).toBe('a');
    await s.undo();
    expect(await stored('q1')).toBeUndefined();
    expect(s.getState().canUndo).toBe(false);
    await s.redo();
    expect(await stored('q1')).toBe('a');
    await s.redo();
    expect(await stored('q1')).toBe('b');
    expect(s.getState().canRedo).toBe(false);
    await s.undo();
    s.setAnswer('q2', 'new');
    expect(s.getState().canRedo).toBe(false);
    expect((await answerHistory(db, assessment.id, 'q1')).map((c) => c.kind)).toEqual([
      'undo',
      'redo',
      'redo',
      'undo',
      'undo',
      'edit',
      'edit',
    ]);
  });

  it('keeps a typing burst as one step of history and undo, committing every keystroke', async () => {
    const s = await session();
    // Typing commits each keystroke on its own, without waiting for the user to leave the field.
    for (const text of ['R', 'Re', 'Rep', 'Repo', 'Report']) {
      s.setAnswer('q1', text);
      await vi.waitFor(async () => expect(await stored('q1')).toBe(text));
    }
    pause();
    s.setAnswer('q1', 'Report filed');
    await vi.waitFor(async () => expect(await stored('q1')).toBe('Report filed'));
    const history = await answerHistory(db, assessment.id, 'q1');
    expect(history.map((c) => [c.oldValue, c.newValue])).toEqual([
      ['Report', 'Report filed'],
      [null, 'Report'],
    ]);
    await s.undo();
    expect(await stored('q1')).toBe('Report');
    await s.undo();
    expect(await stored('q1')).toBeUndefined();
    expect(s.getState().canUndo).toBe(false);
  });

  it('starts a new step of history when the user leaves the field and comes back', async () => {
    const s = await session();
    s.setAnswer('q1', 'First');
    await s.flush();
    s.setAnswer('q1', 'First draft');
    await s.flush();
    expect((await answerHistory(db, assessment.id, 'q1')).map((c) => c.newValue)).toEqual([
      'First draft',
      'First',
    ]);
  });

  it('refuses to undo over a change made since in another window', async () => {
    const s = await session();
    s.setAnswer('q1', 'a');
    await s.flush();
    await otherWindowWrites('theirs', 1);
    await s.undo();
    expect(await stored('q1')).toBe('theirs');
    expect(s.getState().status).toMatchObject({ kind: 'error', reason: 'conflict' });
  });

  it('reports each commit, for the backup timer', async () => {
    const onCommitted = vi.fn();
    const s = await session({ onCommitted });
    s.setAnswer('q1', 'x');
    await s.flush();
    expect(onCommitted).toHaveBeenCalledWith(assessment.id);
  });
});
