import { describe, expect, it } from 'vitest';
import { crossReferenceCandidates, type AnswerValue } from '../../renderer/engine';
import { define, L } from './helpers';

const options = [{ id: 'a', label: L('A') }];
const definition = define(
  [
    { id: 'general-training', type: 'yes-no', crossReferences: ['tip-training'] },
    { id: 'general-other', type: 'yes-no' },
    { id: 'general-choice', type: 'single-choice', options, crossReferences: ['tip-choice'] },
  ],
  [
    { id: 'tip-training', type: 'yes-no' },
    { id: 'tip-choice', type: 'single-choice', options },
  ],
);

describe('crossReferenceCandidates', () => {
  it('offers the answer given for the linked question of another instrument, in either direction', () => {
    const answers = new Map<string, AnswerValue>([['tip-training', 'yes']]);
    expect(crossReferenceCandidates(definition, answers, 'general-training')).toEqual([
      { questionId: 'tip-training', instrumentId: 'tip', provisionId: 'tip-art-5', value: 'yes' },
    ]);
    const reverse = new Map<string, AnswerValue>([['general-training', 'no']]);
    expect(crossReferenceCandidates(definition, reverse, 'tip-training')).toEqual([
      {
        questionId: 'general-training',
        instrumentId: 'general',
        provisionId: 'profile-p',
        value: 'no',
      },
    ]);
  });

  it('offers nothing when the linked question is unanswered, the answer does not fit, or nothing is linked', () => {
    expect(crossReferenceCandidates(definition, new Map(), 'general-training')).toEqual([]);
    const misfit = new Map<string, AnswerValue>([['tip-training', 'partial']]);
    expect(crossReferenceCandidates(definition, misfit, 'general-training')).toEqual([]);
    const answered = new Map<string, AnswerValue>([['tip-training', 'yes']]);
    expect(crossReferenceCandidates(definition, answered, 'general-other')).toEqual([]);
    expect(crossReferenceCandidates(definition, answered, 'no-such-question')).toEqual([]);
  });

  it('offers choice answers between questions of the same type', () => {
    const answers = new Map<string, AnswerValue>([['tip-choice', 'a']]);
    expect(
      crossReferenceCandidates(definition, answers, 'general-choice').map((c) => c.value),
    ).toEqual(['a']);
  });
});
