import { describe, expectTypeOf, it } from 'vitest';
import type { AnswerInput } from '../../renderer/package/build-input';
import type { AnswerSnapshot } from '../../renderer/package/merge';
import type { AnswerRecord } from '../../renderer/storage/records';

// The package takes plain data, but storage's records must fit it without conversion.
describe('storage records fit the package input', () => {
  it('an AnswerRecord is an AnswerInput and an AnswerSnapshot', () => {
    expectTypeOf<AnswerRecord>().toExtend<AnswerInput>();
    expectTypeOf<AnswerRecord>().toExtend<AnswerSnapshot>();
  });
});
