import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnswerValue } from '../../engine';
import type { AnswerConflict, SaveStatus } from '../../storage/autosave';
import { useAnswers } from '../../storage/hooks';
import { useAutosave } from '../../storage/use-autosave';
import { useAnswerLanguage } from '../bilingual/answer-language';

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

function without<K, V>(
  map: ReadonlyMap<K, V>,
  keep: (key: K, value: V) => boolean,
): ReadonlyMap<K, V> {
  const next = new Map([...map].filter(([k, v]) => keep(k, v)));
  return next.size === map.size ? map : next;
}

// The answers of one assessment as the user sees them: storage's live answers, under the edits
// autosave has not committed yet, under this window's own edits until the store shows them (so
// a field never jumps back to an older value between a commit and the live re-read).
export function useAnswerSource(assessmentId: string): AnswerSource {
  // Each answer records the language it was written in: the answer language when the user chose one.
  const { answer: language } = useAnswerLanguage();
  const stored = useAnswers(assessmentId);
  const autosave = useAutosave(assessmentId, { language });
  const [overlay, setOverlay] = useState<ReadonlyMap<string, AnswerValue | null>>(new Map());
  const { pending } = autosave;

  // An edit is settled once the store holds it and nothing newer waits to be written.
  useEffect(() => {
    if (!stored) return;
    setOverlay((current) =>
      without(
        current,
        (id, value) => pending.has(id) || !same(stored.get(id)?.value ?? null, value),
      ),
    );
  }, [stored, pending]);

  const {
    setAnswer: save,
    undo: undoStored,
    redo: redoStored,
    resolveConflict: resolve,
  } = autosave;
  const setAnswer = useCallback(
    (questionId: string, value: AnswerValue | null) => {
      setOverlay((current) => new Map(current).set(questionId, value));
      save(questionId, value);
    },
    [save],
  );
  // Undo and redo change stored answers on purpose: local edits no longer stand over them.
  const dropSettled = useCallback(
    () => setOverlay((current) => without(current, (id) => pending.has(id))),
    [pending],
  );
  const undo = useCallback(() => void undoStored().then(dropSettled), [undoStored, dropSettled]);
  const redo = useCallback(() => void redoStored().then(dropSettled), [redoStored, dropSettled]);
  const resolveConflict = useCallback(
    (questionId: string, keep: 'mine' | 'theirs') => {
      resolve(questionId, keep);
      if (keep === 'theirs') setOverlay((current) => without(current, (id) => id !== questionId));
    },
    [resolve],
  );

  const values = useMemo(() => {
    if (!stored) return undefined;
    const merged = new Map<string, AnswerValue>(
      [...stored].map(([id, record]) => [id, record.value]),
    );
    for (const layer of [pending, overlay]) {
      for (const [id, value] of layer) {
        if (value === null) merged.delete(id);
        else merged.set(id, value);
      }
    }
    return merged;
  }, [stored, pending, overlay]);

  return {
    values,
    setAnswer,
    status: autosave.status,
    conflicts: autosave.conflicts,
    canUndo: autosave.canUndo,
    canRedo: autosave.canRedo,
    undo,
    redo,
    resolveConflict,
  };
}
