import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '../../engine';
import { getAllAnswers, setAnswer as writeAnswer } from '../../storage/answers';
import { getDatabase } from '../../storage/database';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'error'; readonly message: string };

export interface AnswerSource {
  // undefined while loading.
  readonly values: ReadonlyMap<string, AnswerValue> | undefined;
  readonly setAnswer: (questionId: string, value: AnswerValue | null) => void;
  readonly save: SaveState;
}

const DELAY_MS = 400;

// Interim answer source over storage's repositories: edits show at once (local state) and are
// written shortly after, one question at a time. Replaced by storage's useAnswers/useAutosave.
export function useAnswerSource(assessmentId: string): AnswerSource {
  const [values, setValues] = useState<ReadonlyMap<string, AnswerValue> | undefined>(undefined);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const revisions = useRef(new Map<string, number>());
  const pending = useRef(new Map<string, AnswerValue | null>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void getAllAnswers(getDatabase(), assessmentId).then((records) => {
      if (!live) return;
      revisions.current = new Map([...records].map(([id, r]) => [id, r.revision]));
      setValues(new Map([...records].map(([id, r]) => [id, r.value])));
    });
    return () => {
      live = false;
    };
  }, [assessmentId]);

  const flush = useCallback(async () => {
    const writes = [...pending.current];
    pending.current.clear();
    if (writes.length === 0) return;
    setSave({ kind: 'saving' });
    try {
      for (const [questionId, value] of writes) {
        const outcome = await writeAnswer(getDatabase(), assessmentId, {
          questionId,
          value,
          baseRevision: revisions.current.get(questionId) ?? 0,
        });
        revisions.current.set(questionId, outcome.revision);
      }
      setSave({ kind: 'saved', at: Date.now() });
    } catch (error) {
      for (const [questionId, value] of writes)
        if (!pending.current.has(questionId)) pending.current.set(questionId, value);
      setSave({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [assessmentId]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      void flush();
    },
    [flush],
  );

  const setAnswer = useCallback(
    (questionId: string, value: AnswerValue | null) => {
      setValues((current) => {
        const next = new Map(current);
        if (value === null) next.delete(questionId);
        else next.set(questionId, value);
        return next;
      });
      pending.current.set(questionId, value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  return { values, setAnswer, save };
}
