import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { crossReferenceCandidates, type AnswerValue } from '../../engine';
import { evaluatorFor } from './evaluator-cache';
import {
  setAssessmentLocation,
  setAssessmentState,
  setAssessmentStatus,
  setChapterComplete,
} from '../../storage/assessments';
import { reportingStateQuestionId } from './reporting-state';
import { useAssessment } from '../../storage/hooks';
import { getDatabase } from '../../storage/database';
import type { AssessmentLocation } from '../../storage/records';
import { indexDefinition } from '../fill/outline';
import { useAnswerSource, type AnswerSource } from './answer-source';
import { forgetLegacyChapterMarks, takeLegacyChapterMarks } from './chapter-marks';
import type { SessionResult } from './session';
import { useDefinition } from './use-definition';

const LOCATION_DELAY_MS = 800;

// Where each assessment was left in this session, known at once (the stored copy follows).
const recentLocations = new Map<string, AssessmentLocation>();

// Opens one assessment: its record, questionnaire, answers and the engine's view of them.
export function useAssessmentSession(assessmentId: string): {
  result: SessionResult;
  source: AnswerSource;
} {
  const live = useAssessment(assessmentId);
  const record = useMemo(() => {
    const recent = recentLocations.get(assessmentId);
    return live && recent ? { ...live, lastLocation: recent } : live;
  }, [live, assessmentId]);
  // Marks being written: shown at once, until the stored record has them.
  const [markWrites, setMarkWrites] = useState<ReadonlyMap<string, boolean>>(new Map());
  const stored = live?.completedChapters;
  // Dropped once the record says the same, so the box never flickers back in between.
  useEffect(() => {
    setMarkWrites((current) => {
      const next = new Map(
        [...current].filter(([id, complete]) => (stored ?? []).includes(id) !== complete),
      );
      return next.size === current.size ? current : next;
    });
  }, [stored]);
  const marks = useMemo((): ReadonlySet<string> => {
    const set = new Set(stored ?? []);
    for (const [chapterId, complete] of markWrites) {
      if (complete) set.add(chapterId);
      else set.delete(chapterId);
    }
    return set;
  }, [stored, markWrites]);
  const locationTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const source = useAnswerSource(assessmentId);
  const definitionLoad = useDefinition(record?.questionnaireId, record?.questionnaireVersion);
  const definition = definitionLoad?.ok ? definitionLoad.definition : undefined;

  const evaluator = useMemo(
    () => (definition ? evaluatorFor(definition) : undefined),
    [definition],
  );
  const index = useMemo(() => (definition ? indexDefinition(definition) : undefined), [definition]);
  // Conditions and progress may lag a keystroke behind; the field itself never does.
  const deferredValues = useDeferredValue(source.values);
  const state = useMemo(
    () => (evaluator && deferredValues ? evaluator.evaluate(deferredValues) : undefined),
    [evaluator, deferredValues],
  );

  const setLocation = useCallback(
    (location: AssessmentLocation) => {
      recentLocations.set(assessmentId, location);
      clearTimeout(locationTimer.current);
      locationTimer.current = setTimeout(() => {
        void setAssessmentLocation(getDatabase(), assessmentId, location).catch(() => {
          // Where the user was is a convenience; failing to note it loses no answer.
        });
      }, LOCATION_DELAY_MS);
    },
    [assessmentId],
  );

  const markChapterComplete = useCallback(
    (chapterId: string, complete: boolean) => {
      setMarkWrites((current) => new Map(current).set(chapterId, complete));
      void setChapterComplete(getDatabase(), assessmentId, chapterId, complete).catch(() =>
        // Not stored: the box goes back to what is stored. A mark is a convenience, not an answer.
        setMarkWrites((current) => {
          const next = new Map(current);
          next.delete(chapterId);
          return next;
        }),
      );
    },
    [assessmentId],
  );

  // Marks kept in localStorage by earlier versions move into the record, once.
  const loaded = live !== undefined && live !== null;
  useEffect(() => {
    if (!loaded) return;
    const legacy = takeLegacyChapterMarks(assessmentId);
    if (legacy.length === 0) return;
    void (async () => {
      for (const chapterId of legacy)
        await setChapterComplete(getDatabase(), assessmentId, chapterId, true);
      forgetLegacyChapterMarks(assessmentId);
    })().catch(() => {
      // Left in localStorage: tried again next time the assessment is opened.
    });
  }, [loaded, assessmentId]);

  const markAssessmentComplete = useCallback(
    (complete: boolean) => {
      void setAssessmentStatus(getDatabase(), assessmentId, complete ? 'complete' : 'draft');
    },
    [assessmentId],
  );

  const values = source.values;
  const stateQuestion = useMemo(
    () => (definition ? reportingStateQuestionId(definition) : undefined),
    [definition],
  );
  const { setAnswer: storeAnswer } = source;
  const setAnswer = useCallback(
    (questionId: string, value: AnswerValue | null) => {
      storeAnswer(questionId, value);
      if (questionId === stateQuestion) {
        void setAssessmentState(
          getDatabase(),
          assessmentId,
          typeof value === 'string' ? value : '',
        );
      }
    },
    [storeAnswer, stateQuestion, assessmentId],
  );
  const crossReferences = useCallback(
    (questionId: string) =>
      definition && values ? crossReferenceCandidates(definition, values, questionId) : [],
    [definition, values],
  );

  const result = useMemo((): SessionResult => {
    if (record === null) return { kind: 'missing' };
    if (definitionLoad && !definitionLoad.ok)
      return { kind: 'failed', message: definitionLoad.detail };
    if (!record || !definition || !index || !values || !state) return { kind: 'loading' };
    return {
      kind: 'ready',
      session: {
        assessment: record,
        definition,
        index,
        answers: values,
        state,
        setAnswer,
        crossReferences,
        setLocation,
        completedChapters: marks,
        markChapterComplete,
        markAssessmentComplete,
      },
    };
  }, [
    record,
    definitionLoad,
    definition,
    index,
    values,
    state,
    setAnswer,
    crossReferences,
    setLocation,
    marks,
    markChapterComplete,
    markAssessmentComplete,
  ]);

  return { result, source };
}
