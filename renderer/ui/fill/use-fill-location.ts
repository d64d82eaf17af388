import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentSession } from '../assessment/session';
import { focusProvisionHeading, focusQuestion } from './focus-question';
import type { Outline } from './outline';

// Which provision is open, restored from where the user left off and saved as they move.
export function useFillLocation(
  session: AssessmentSession,
  outline: Outline,
  startQuestionId: string | undefined,
) {
  const { assessment, index } = session;
  const [provisionId, setProvisionId] = useState<string | undefined>(() => {
    const fromQuestion = startQuestionId ?? assessment.lastLocation?.questionId;
    return (
      (fromQuestion && index.questionToProvision.get(fromQuestion)) ||
      assessment.lastLocation?.provisionId ||
      outline.provisions[0]?.id
    );
  });
  // Arriving from review at a question means "fix this": its provision shows missing answers too.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() =>
    startQuestionId && provisionId ? new Set([provisionId]) : new Set(),
  );
  const restored = useRef(false);

  // On opening, put the user back on the question they were at.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const questionId = startQuestionId ?? assessment.lastLocation?.questionId;
    if (questionId) focusQuestion(questionId);
    else if (provisionId) focusProvisionHeading(provisionId, false);
  }, [assessment.lastLocation?.questionId, startQuestionId, provisionId]);

  const current = provisionId !== undefined ? index.provisions.get(provisionId) : undefined;
  const position = outline.provisions.findIndex((p) => p.id === provisionId);

  // Stable across keystrokes (the session changes with every answer), so the navigation tree
  // that takes it can skip re-rendering.
  const { setLocation } = session;
  const go = useCallback(
    (nextId: string, questionId?: string) => {
      if (provisionId !== undefined) setVisited((v) => new Set(v).add(provisionId));
      setProvisionId(nextId);
      setLocation({ provisionId: nextId, ...(questionId ? { questionId } : {}) });
      if (questionId) focusQuestion(questionId);
      else focusProvisionHeading(nextId);
    },
    [provisionId, setLocation],
  );

  const markVisited = useCallback((id: string) => setVisited((v) => new Set(v).add(id)), []);

  return {
    current,
    previous: position > 0 ? outline.provisions[position - 1] : undefined,
    next: position >= 0 ? outline.provisions[position + 1] : outline.provisions[0],
    visited,
    go,
    markVisited,
  };
}
