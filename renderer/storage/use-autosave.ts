import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { AnswerValue } from '../engine/definition';
import { createAutosave, type AnswerConflict, type SaveStatus } from './autosave';
import { useAnswers } from './hooks';
import { useDatabase } from './storage-context';

export interface AutosaveOptions {
  // The interface language, recorded with each answer.
  readonly language?: string;
  readonly onCommitted?: (assessmentId: string) => void;
}

export interface Autosave {
  readonly setAnswer: (questionId: string, value: AnswerValue | null) => void;
  // Call when the user leaves a field; also runs on pagehide, when the page is hidden, on unmount.
  readonly flush: () => Promise<void>;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly status: SaveStatus;
  // Typed but not stored yet: show these over the stored answers.
  readonly pending: ReadonlyMap<string, AnswerValue | null>;
  readonly conflicts: readonly AnswerConflict[];
  readonly resolveConflict: (questionId: string, keep: 'mine' | 'theirs') => void;
}

export function useAutosave(assessmentId: string, options: AutosaveOptions = {}): Autosave {
  const db = useDatabase();
  const answers = useAnswers(assessmentId);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const session = useMemo(
    () =>
      createAutosave(db, assessmentId, {
        language: () => latest.current.language,
        onCommitted: (id) => latest.current.onCommitted?.(id),
      }),
    [db, assessmentId],
  );
  useEffect(() => {
    if (answers) session.observe(answers);
  }, [session, answers]);
  useEffect(() => {
    const flush = () => void session.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return {
    ...state,
    setAnswer: session.setAnswer,
    flush: session.flush,
    undo: session.undo,
    redo: session.redo,
    resolveConflict: session.resolveConflict,
  };
}
