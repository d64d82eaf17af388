import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  parseDefinitionText,
  type AnswerValue,
  type Definition,
} from '../../renderer/engine';
import { define, L, rawDefinition } from './helpers';

function sample(): Definition {
  const result = parseDefinitionText(readFileSync('questionnaires/sample.json', 'utf8'));
  if (!result.ok) throw new Error('sample.json is invalid');
  return result.definition;
}

const answers = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));

describe('createEvaluator on the sample questionnaire', () => {
  const evaluator = createEvaluator(sample());

  it('hides treaty instruments until the State says it is party or signatory', () => {
    let state = evaluator.evaluate(answers({}));
    expect(state.isVisible('general')).toBe(true);
    expect(state.isVisible('untoc')).toBe(false);
    expect(state.isVisible('untoc-art-5')).toBe(false);
    expect(state.isVisible('untoc-art-5-compliance')).toBe(false);
    state = evaluator.evaluate(answers({ 'profile-status-untoc': 'signatory' }));
    expect(state.isVisible('untoc')).toBe(true);
    expect(state.isVisible('untoc-criminalization')).toBe(true);
    expect(state.isVisible('untoc-art-5-compliance')).toBe(true);
    expect(state.isVisible('tip')).toBe(false);
  });

  it('shows follow-up questions from the answers, and requires some of them', () => {
    const state = evaluator.evaluate(
      answers({ 'profile-status-untoc': 'party', 'untoc-art-5-compliance': 'yes' }),
    );
    expect(state.isVisible('untoc-art-5-legislation')).toBe(true);
    expect(state.isRequired('untoc-art-5-legislation')).toBe(true);
    expect(state.isVisible('untoc-art-5-explain')).toBe(false);
    expect(state.isVisible('untoc-art-5-cases')).toBe(true);
    const partial = evaluator.evaluate(
      answers({ 'profile-status-untoc': 'party', 'untoc-art-5-compliance': 'partial' }),
    );
    expect(partial.isRequired('untoc-art-5-legislation')).toBe(false);
    expect(partial.isVisible('untoc-art-5-explain')).toBe(true);
    const na = evaluator.evaluate(
      answers({ 'profile-status-untoc': 'party', 'untoc-art-5-compliance': 'not-applicable' }),
    );
    expect(na.isVisible('untoc-art-5-cases')).toBe(false);
  });

  it('treats the answer of a hidden question as unanswered for other conditions', () => {
    // Answered while the Convention applied, then the State changed its status.
    const state = evaluator.evaluate(
      answers({ 'profile-status-untoc': 'neither', 'untoc-art-5-compliance': 'yes' }),
    );
    expect(state.value('untoc-art-5-compliance')).toBe(null);
    expect(state.isVisible('untoc-art-5-legislation')).toBe(false);
    expect(state.issues('untoc-art-5-compliance')).toEqual([]);
    const chained = evaluator.evaluate(
      answers({
        'profile-status-tip': 'party',
        'tip-art-10-training': 'no',
        'tip-art-10-trainees': 50,
      }),
    );
    expect(chained.isVisible('tip-art-10-trainees')).toBe(false);
    expect(chained.isVisible('tip-art-10-programmes')).toBe(false);
  });

  it('counts progress per provision, chapter, instrument and overall', () => {
    const state = evaluator.evaluate(
      answers({
        'profile-country': 'FR',
        'profile-status-untoc': 'party',
        'profile-status-tip': 'neither',
        'profile-agencies': { selected: ['justice'] },
        'untoc-art-5-compliance': 'partial',
      }),
    );
    expect(state.progress('profile-state')).toEqual({
      answered: 4,
      required: 4,
      requiredAnswered: 3,
      total: 6,
    });
    // compliance, legislation, explain, cases, documents, ta (+ art 29 training in the chapter)
    expect(state.progress('untoc-art-5')).toEqual({
      answered: 1,
      required: 2,
      requiredAnswered: 1,
      total: 6,
    });
    expect(state.progress('untoc-criminalization')).toEqual({
      answered: 1,
      required: 2,
      requiredAnswered: 1,
      total: 7,
    });
    expect(state.progress('untoc')).toEqual(state.progress('untoc-criminalization'));
    expect(state.progress('tip')).toEqual({
      answered: 0,
      required: 0,
      requiredAnswered: 0,
      total: 0,
    });
    expect(state.progress('all')).toEqual({
      answered: 5,
      required: 6,
      requiredAnswered: 4,
      total: 13,
    });
    expect(state.progress('no-such-id').total).toBe(0);
  });

  it('lists the blockers in document order', () => {
    const state = evaluator.evaluate(
      answers({
        'profile-country': 'FR',
        'profile-status-untoc': 'party',
        'profile-status-tip': 'neither',
        'profile-contact-email': 'not an address',
        'untoc-art-5-compliance': 'partial',
      }),
    );
    expect(state.blockers()).toEqual([
      { questionId: 'profile-contact-email', issue: { code: 'pattern', params: {} } },
      { questionId: 'untoc-art-5-explain', issue: { code: 'required', params: {} } },
    ]);
    expect(state.visibleQuestionIds()).toContain('untoc-art-29-training');
    expect(state.visibleQuestionIds()).not.toContain('tip-art-10-training');
  });
});

describe('createEvaluator rules', () => {
  it('applies requiredIf and reports issues only for visible questions', () => {
    const definition = define([
      { id: 'has-law', type: 'yes-no' },
      { id: 'law', type: 'short-text', requiredIf: "{has-law} = 'yes'", maxLength: 3 },
      { id: 'hidden', type: 'number', visibleIf: 'false', required: true },
    ]);
    const evaluator = createEvaluator(definition);
    expect(evaluator.evaluate(answers({})).isRequired('law')).toBe(false);
    const state = evaluator.evaluate(answers({ 'has-law': 'yes', hidden: -5 }));
    expect(state.isRequired('law')).toBe(true);
    expect(state.issues('law')).toEqual([{ code: 'required', params: {} }]);
    expect(state.issues('hidden')).toEqual([]);
    expect(state.isRequired('hidden')).toBe(false);
    expect(
      evaluator.evaluate(answers({ 'has-law': 'yes', law: 'toolong' })).issues('law')[0]?.code,
    ).toBe('maxLength');
  });

  it('refuses a definition with broken conditions instead of guessing', () => {
    const raw = rawDefinition([{ id: 'a', type: 'yes-no', visibleIf: '{b}' }]);
    expect(() => createEvaluator(raw as Definition)).toThrow('{b}');
  });

  it('handles long chains of conditions', () => {
    const chain = Array.from({ length: 3000 }, (_, i) => ({
      id: `q${i}`,
      type: 'yes-no',
      text: L(`q${i}`),
      ...(i > 0 ? { visibleIf: `{q${i - 1}} = 'yes'` } : {}),
    }));
    const evaluator = createEvaluator(define(chain.reverse()));
    const all = new Map<string, AnswerValue>(chain.map((q) => [q.id, 'yes']));
    expect(evaluator.evaluate(all).isVisible('q2999')).toBe(true);
    all.set('q1500', 'no');
    const state = evaluator.evaluate(all);
    expect(state.isVisible('q1500')).toBe(true);
    expect(state.isVisible('q1501')).toBe(false);
    expect(state.isVisible('q1502')).toBe(false);
    expect(state.isVisible('q2999')).toBe(false);
  });
});
