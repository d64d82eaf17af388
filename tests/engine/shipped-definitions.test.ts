import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  formatDefinitionError,
  parseDefinitionText,
  QUESTION_TYPES,
} from '../../renderer/engine';
import { definitionJsonSchemaText } from '../../renderer/engine/json-schema';

const files = readdirSync('questionnaires').filter(
  (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
);

describe('shipped questionnaires', () => {
  it('include the sample', () => {
    expect(files).toContain('sample.json');
  });

  it.each(files)('%s is a valid definition', (file) => {
    const result = parseDefinitionText(readFileSync(`questionnaires/${file}`, 'utf8'));
    expect(result.ok ? [] : result.errors.map(formatDefinitionError)).toEqual([]);
    if (result.ok)
      expect(() => createEvaluator(result.definition).evaluate(new Map())).not.toThrow();
  });

  it('the sample uses every question type, both table kinds and conditions', () => {
    const result = parseDefinitionText(readFileSync('questionnaires/sample.json', 'utf8'));
    if (!result.ok) throw new Error('sample.json is invalid');
    const questions = result.definition.instruments.flatMap((i) =>
      i.chapters.flatMap((c) => c.provisions.flatMap((p) => p.questions)),
    );
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(new Set(questions.flatMap((q) => (q.type === 'table' ? [q.rows.kind] : [])))).toEqual(
      new Set(['fixed', 'dynamic']),
    );
    expect(questions.filter((q) => q.visibleIf).length).toBeGreaterThanOrEqual(3);
    expect(questions.some((q) => q.requiredIf)).toBe(true);
    expect(questions.some((q) => q.crossReferences)).toBe(true);
  });

  it('the example in docs/questionnaire-format.md is a valid definition', () => {
    const doc = readFileSync('docs/questionnaire-format.md', 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';
    const result = parseDefinitionText(example);
    expect(result.ok ? [] : result.errors.map(formatDefinitionError)).toEqual([]);
  });

  it('questionnaire.schema.json is what `npm run schema` generates from the engine', () => {
    expect(
      readFileSync('questionnaires/questionnaire.schema.json', 'utf8'),
      'run `npm run schema` and commit the result',
    ).toBe(definitionJsonSchemaText());
  });
});
