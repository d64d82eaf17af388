import { describe, expect, it } from 'vitest';
import { mapAnswersToDefinition, type AnswerValue } from '../../renderer/engine';
import { define } from './helpers';

// Version 2: "training" was called "trained" (and before that "staff-trained"); "count" became
// a yes-no question; "notes" was removed.
const v2 = define([
  { id: 'training', type: 'yes-no', replaces: ['trained', 'staff-trained'] },
  { id: 'count', type: 'yes-no' },
  { id: 'country', type: 'country' },
]);

describe('mapAnswersToDefinition', () => {
  it('keeps answers to unchanged ids and renames replaced ones', () => {
    const result = mapAnswersToDefinition(
      new Map<string, AnswerValue>([
        ['staff-trained', 'yes'],
        ['country', 'FR'],
      ]),
      v2,
    );
    expect([...result.mapped]).toEqual([
      ['country', 'FR'],
      ['training', 'yes'],
    ]);
    expect([...result.renamed]).toEqual([['training', 'staff-trained']]);
    expect(result.orphaned).toEqual([]);
  });

  it('returns every answer without a place as orphaned, with the reason', () => {
    const old = new Map<string, AnswerValue>([
      ['trained', 'no'],
      ['training', 'yes'],
      ['count', 12],
      ['notes', 'keep me'],
    ]);
    const result = mapAnswersToDefinition(old, v2);
    expect([...result.mapped]).toEqual([['training', 'yes']]);
    expect(result.orphaned).toEqual([
      { questionId: 'count', value: 12, reason: 'type-changed' },
      { questionId: 'trained', value: 'no', reason: 'superseded' },
      { questionId: 'notes', value: 'keep me', reason: 'removed' },
    ]);
    expect(result.mapped.size + result.orphaned.length).toBe(old.size);
  });
});
