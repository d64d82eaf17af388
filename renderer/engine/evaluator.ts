import { compileConditions } from './conditions';
import type { AnswerValue, Definition } from './definition';
import { formatDefinitionError } from './errors';
import { evaluateCondition, hasValue } from './expression/evaluate';
import { validateAnswer, type ValidationIssue } from './validation';

export type AnswerMap = ReadonlyMap<string, AnswerValue>;

// Counts over the visible questions of a provision, chapter, instrument or 'all'.
export interface Progress {
  readonly answered: number;
  readonly required: number;
  readonly requiredAnswered: number;
  readonly total: number;
}

export interface Blocker {
  readonly questionId: string;
  readonly issue: ValidationIssue;
}

// What the UI renders for one set of answers. Hidden questions count as unanswered everywhere.
export interface QuestionnaireState {
  isVisible(id: string): boolean;
  isRequired(questionId: string): boolean;
  // The answer as conditions see it: null when unanswered or hidden.
  value(questionId: string): AnswerValue | null;
  issues(questionId: string): readonly ValidationIssue[];
  // `id` is a provision, chapter or instrument id, or 'all' for the whole questionnaire.
  progress(id: string): Progress;
  // Visible question ids in document order.
  visibleQuestionIds(): readonly string[];
  // Every issue of every visible question, in document order: what stands between the user and "complete".
  blockers(): readonly Blocker[];
}

export interface Evaluator {
  readonly definition: Definition;
  evaluate(answers: AnswerMap): QuestionnaireState;
}

const EMPTY: Progress = { answered: 0, required: 0, requiredAnswered: 0, total: 0 };

// Conditions are parsed once here; `evaluate` only walks the precompiled trees.
export function createEvaluator(definition: Definition): Evaluator {
  const compiled = compileConditions(definition);
  if (compiled.errors.length > 0) {
    throw new Error(
      `createEvaluator needs a definition that parseDefinition accepted: ${compiled.errors.map(formatDefinitionError).join('; ')}`,
    );
  }
  const { index, visibleIf, requiredIf, visibilityOrder } = compiled;
  const steps = visibilityOrder.map((entry) => ({
    id: entry.node.id,
    parentId: entry.parentId,
    condition: visibleIf.get(entry.node.id),
  }));
  const questions = index.questions.map((entry) => ({
    entry,
    id: entry.node.id,
    containers: [entry.provisionId, entry.chapterId, entry.instrumentId, 'all'],
    requiredIf: requiredIf.get(entry.node.id),
  }));

  function evaluate(answers: AnswerMap): QuestionnaireState {
    const visible = new Map<string, boolean>();
    const lookup = (id: string): AnswerValue | null =>
      visible.get(id) ? (answers.get(id) ?? null) : null;
    for (const step of steps) {
      const parentVisible = step.parentId === null || visible.get(step.parentId) === true;
      visible.set(
        step.id,
        parentVisible &&
          (step.condition === undefined || evaluateCondition(step.condition, lookup)),
      );
    }

    const required = new Map<string, boolean>();
    const progress = new Map<
      string,
      { answered: number; required: number; requiredAnswered: number; total: number }
    >();
    const visibleIds: string[] = [];
    for (const q of questions) {
      if (!visible.get(q.id)) continue;
      visibleIds.push(q.id);
      const isRequired =
        q.entry.node.required === true ||
        (q.requiredIf !== undefined && evaluateCondition(q.requiredIf, lookup));
      required.set(q.id, isRequired);
      const answered = hasValue(answers.get(q.id));
      for (const container of q.containers) {
        const counts = progress.get(container) ?? {
          answered: 0,
          required: 0,
          requiredAnswered: 0,
          total: 0,
        };
        counts.total += 1;
        if (answered) counts.answered += 1;
        if (isRequired) counts.required += 1;
        if (isRequired && answered) counts.requiredAnswered += 1;
        progress.set(container, counts);
      }
    }

    const issueCache = new Map<string, readonly ValidationIssue[]>();
    const issues = (questionId: string): readonly ValidationIssue[] => {
      const cached = issueCache.get(questionId);
      if (cached) return cached;
      const entry = index.questionById.get(questionId);
      let found: readonly ValidationIssue[] = [];
      if (entry && visible.get(questionId)) {
        const value = answers.get(questionId);
        found = hasValue(value)
          ? validateAnswer(entry.node, value)
          : required.get(questionId)
            ? [{ code: 'required', params: {} }]
            : [];
      }
      issueCache.set(questionId, found);
      return found;
    };

    return {
      isVisible: (id) => visible.get(id) === true,
      isRequired: (id) => required.get(id) === true,
      value: lookup,
      issues,
      progress: (id) => progress.get(id) ?? EMPTY,
      visibleQuestionIds: () => visibleIds,
      blockers: () =>
        visibleIds.flatMap((questionId) =>
          issues(questionId).map((issue) => ({ questionId, issue })),
        ),
    };
  }

  return { definition, evaluate };
}
