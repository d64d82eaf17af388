import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { AnswerValue } from '../../engine';
import { getAllAnswers } from '../../storage/answers';
import { createAutosave, type AnswerConflict, type SaveStatus } from '../../storage/autosave';
import { getDatabase } from '../../storage/database';
import type { AnswerRecord } from '../../storage/records';

export interface AnswerSource {
  // undefined while loading.
  readonly values: ReadonlyMap<string, AnswerValue> | undefined;
  readonly setAnswer: (questionId: string, value: AnswerValue | null) => void;
  readonly status: SaveStatus;
  readonly conflicts: readonly AnswerConflict[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly resolveConflict: (questionId: string, keep: 'mine' | 'theirs') => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// Commits still running for assessments whose screen has closed: reopening waits for them, so
// it never reads answers from before the last edit.
const closing = new Map<string, Promise<void>>();

// The answers of one assessment as the user sees them: stored values under the edits storage's
// autosave has not committed yet, and under this window's own edits until the store shows them
// (so a field never jumps back to an older value between a commit and the re-read).
export function useAnswerSource(assessmentId: string): AnswerSource {
  const autosave = useMemo(
    () =>
      createAutosave(getDatabase(), assessmentId, {
        language: () => document.documentElement.lang,
      }),
    [assessmentId],
  );
  const auto = useSyncExternalStore(
    (listener) => autosave.subscribe(listener),
    () => autosave.getState(),
  );
  const [stored, setStored] = useState<ReadonlyMap<string, AnswerRecord> | undefined>(undefined);
  const [overlay, setOverlay] = useState<ReadonlyMap<string, AnswerValue | null>>(new Map());
  const reading = useRef(0);

  const reload = useCallback(
    async (dropOverlay: boolean) => {
      const ticket = ++reading.current;
      await closing.get(assessmentId);
      const records = await getAllAnswers(getDatabase(), assessmentId);
      if (ticket !== reading.current) return;
      autosave.observe(records);
      setStored(records);
      const pending = autosave.getState().pending;
      setOverlay((current) => {
        const next = new Map(current);
        for (const [questionId, value] of current) {
          const confirmed =
            same(records.get(questionId)?.value ?? null, value) && !pending.has(questionId);
          if (confirmed || (dropOverlay && !pending.has(questionId))) next.delete(questionId);
        }
        return next.size === current.size ? current : next;
      });
    },
    [assessmentId, autosave],
  );

  useEffect(() => {
    void reload(false);
  }, [reload]);

  const savedAt = auto.status.kind === 'saved' ? auto.status.at : 0;
  useEffect(() => {
    if (savedAt > 0) void reload(false);
  }, [savedAt, reload]);

  // Nothing typed is left behind: leaving the screen, hiding or closing the window commits it.
  useEffect(() => {
    const flush = () => void autosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      const done = autosave.flush().catch(() => {
        // Failed commits stay in the autosave's pending list; the error was already shown.
      });
      closing.set(assessmentId, done);
      void done.then(() => closing.get(assessmentId) === done && closing.delete(assessmentId));
    };
  }, [autosave, assessmentId]);

  const setAnswer = useCallback(
    (questionId: string, value: AnswerValue | null) => {
      setOverlay((current) => new Map(current).set(questionId, value));
      autosave.setAnswer(questionId, value);
    },
    [autosave],
  );
  const undo = useCallback(() => void autosave.undo().then(() => reload(true)), [autosave, reload]);
  const redo = useCallback(() => void autosave.redo().then(() => reload(true)), [autosave, reload]);
  const resolveConflict = useCallback(
    (questionId: string, keep: 'mine' | 'theirs') => {
      autosave.resolveConflict(questionId, keep);
      if (keep === 'theirs')
        setOverlay((current) => {
          const next = new Map(current);
          next.delete(questionId);
          return next;
        });
    },
    [autosave],
  );

  const values = useMemo(() => {
    if (!stored) return undefined;
    const merged = new Map<string, AnswerValue>(
      [...stored].map(([id, record]) => [id, record.value]),
    );
    for (const layer of [auto.pending, overlay]) {
      for (const [id, value] of layer) {
        if (value === null) merged.delete(id);
        else merged.set(id, value);
      }
    }
    return merged;
  }, [stored, auto.pending, overlay]);

  return {
    values,
    setAnswer,
    status: auto.status,
    conflicts: auto.conflicts,
    canUndo: auto.canUndo,
    canRedo: auto.canRedo,
    undo,
    redo,
    resolveConflict,
  };
}
