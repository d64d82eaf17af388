import { describe, expect, it } from 'vitest';
import { createEvaluator, parseDefinition, QUESTION_TYPES } from '../../renderer/engine';
import { generateAnswers, generateDefinition } from '../../scripts/generate-definition';

describe('generateDefinition', () => {
  it.each([1, 13, 100, 1200])('makes a valid definition of %i questions', (questions) => {
    const definition = generateDefinition({ questions, seed: 7 });
    const result = parseDefinition(definition);
    expect(result.ok ? [] : result.errors.slice(0, 3)).toEqual([]);
    const all = definition.instruments.flatMap((i) =>
      i.chapters.flatMap((c) => c.provisions.flatMap((p) => p.questions)),
    );
    expect(all).toHaveLength(questions);
  });

  it('uses every type, conditions on one question in three, and cross-references', () => {
    const definition = generateDefinition({ questions: 900, seed: 3 });
    const all = definition.instruments.flatMap((i) =>
      i.chapters.flatMap((c) => c.provisions.flatMap((p) => p.questions)),
    );
    expect(new Set(all.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(all.filter((q) => q.visibleIf)).toHaveLength(300);
    expect(all.some((q) => q.crossReferences)).toBe(true);
    expect(definition.instruments.length).toBeGreaterThan(1);
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(generateDefinition({ questions: 200, seed: 5 })).toEqual(
      generateDefinition({ questions: 200, seed: 5 }),
    );
    expect(generateDefinition({ questions: 200, seed: 5 })).not.toEqual(
      generateDefinition({ questions: 200, seed: 6 }),
    );
  });

  it('generates answers the evaluator accepts', () => {
    const definition = generateDefinition({ questions: 300, seed: 9 });
    const answers = generateAnswers(definition, { seed: 1, fill: 0.5 });
    expect(answers).toEqual(generateAnswers(definition, { seed: 1, fill: 0.5 }));
    const state = createEvaluator(definition).evaluate(answers);
    expect(state.progress('all').answered).toBeGreaterThan(0);
    expect(state.blockers().filter((b) => b.issue.code === 'invalid')).toEqual([]);
  });
});
