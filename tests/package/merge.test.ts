import { describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../renderer/package/build-input';
import { buildContributionPackage, buildHandoffPackage } from '../../renderer/package/handoff';
import {
  type AnswerSnapshot,
  invertChanges,
  mergeContribution,
  resolveConflicts,
} from '../../renderer/package/merge';
import { readPackage } from '../../renderer/package/read-package';
import { FIXED_TIME, fullInput } from './fixtures';

const colleague = { name: 'Li Wei', agency: 'Ministry of Interior' };

function snapshots(answers: readonly AnswerInput[]): Map<string, AnswerSnapshot> {
  return new Map(answers.map(({ questionId, ...rest }) => [questionId, rest]));
}

function byColleague(questionId: string, value: unknown): AnswerInput {
  return {
    questionId,
    value: value as never,
    definitionVersion: '1.0.0',
    author: colleague.name,
    agency: colleague.agency,
    updatedAt: FIXED_TIME + 1000,
    language: 'zh',
  };
}

// Focal point hands chapter B over; the colleague answers; the package comes back.
async function roundTrip(edit: (base: readonly AnswerInput[]) => readonly AnswerInput[]) {
  const focal = await fullInput();
  const { bytes, handoff } = await buildHandoffPackage(focal, {
    chapters: ['ch-b'],
    to: colleague,
  });
  const received = await readPackage(bytes, { expectKind: 'handoff' });
  expect(received.handoff?.questions).toContain('q-short');
  expect(Object.keys(received.responses.answers)).not.toContain('q-compliance');
  const base = focal.answers.filter((a) => received.handoff!.questions.includes(a.questionId));
  const contribution = await buildContributionPackage(
    { ...focal, focalPoint: colleague, answers: edit(base) },
    received.handoff!,
  );
  return {
    focal,
    handoff,
    contribution: await readPackage(contribution, { expectKind: 'contribution' }),
  };
}

describe('merging a colleague’s contribution', () => {
  it('applies their new answers with their name and agency, and can undo the import', async () => {
    const { focal, handoff, contribution } = await roundTrip((base) =>
      [
        ...base.filter((a) => a.questionId !== 'q-number'),
        byColleague('q-short', 'réponse du ministère'),
      ].map((a) =>
        a.questionId === 'q-short' ? byColleague('q-short', 'réponse du ministère') : a,
      ),
    );
    const current = snapshots(focal.answers);
    const result = mergeContribution({ current, handoff, contribution });
    expect(result.conflicts).toEqual([]);
    expect(result.changes.map((c) => c.questionId).sort()).toEqual(['q-number', 'q-short']);
    const short = result.changes.find((c) => c.questionId === 'q-short')!;
    expect(short.after).toMatchObject({
      value: 'réponse du ministère',
      author: 'Li Wei',
      agency: 'Ministry of Interior',
    });
    expect(short.before).toEqual(current.get('q-short'));
    expect(result.changes.find((c) => c.questionId === 'q-number')).toMatchObject({ after: null });
    expect(result.undo).toEqual(invertChanges(result.changes));
    expect(result.undo.find((c) => c.questionId === 'q-short')?.after).toEqual(
      current.get('q-short'),
    );
  });

  it('returns conflicts side by side when both changed the same answer', async () => {
    const { focal, handoff, contribution } = await roundTrip((base) =>
      base.map((a) =>
        a.questionId === 'q-number'
          ? byColleague('q-number', 7)
          : a.questionId === 'q-long'
            ? byColleague('q-long', 'same text')
            : a,
      ),
    );
    const current = snapshots(focal.answers);
    current.set('q-number', { ...current.get('q-number')!, value: 99 });
    current.set('q-long', { ...current.get('q-long')!, value: 'same text' });
    const result = mergeContribution({ current, handoff, contribution });
    expect(result.changes).toEqual([]);
    expect(result.conflicts).toEqual([
      expect.objectContaining({
        questionId: 'q-number',
        base: expect.objectContaining({ value: 42 }),
        mine: expect.objectContaining({ value: 99 }),
        theirs: expect.objectContaining({ value: 7, author: 'Li Wei' }),
      }),
    ]);
    expect(resolveConflicts(result.conflicts, { 'q-number': 'mine' })).toEqual([]);
    expect(resolveConflicts(result.conflicts, { 'q-number': 'theirs' })[0]?.after).toMatchObject({
      value: 7,
    });
    expect(() => resolveConflicts(result.conflicts, {})).toThrow(/No choice/);
  });

  it('brings the colleague’s attachments along with their answers', async () => {
    const { focal, handoff, contribution } = await roundTrip((base) =>
      base.map((a) =>
        a.questionId === 'q-files' ? byColleague('q-files', (a.value as unknown[]).slice(0, 1)) : a,
      ),
    );
    const result = mergeContribution({ current: snapshots(focal.answers), handoff, contribution });
    expect(result.changes.map((c) => c.questionId)).toEqual(['q-files']);
    expect(result.attachments.map((a) => a.name)).toEqual(['penal-code.pdf']);
    // The focal point removed the files meanwhile; the colleague did not touch them: nothing to do.
    const untouched = await roundTrip((base) => base);
    const current = snapshots(untouched.focal.answers);
    current.delete('q-files');
    expect(
      mergeContribution({
        current,
        handoff: untouched.handoff,
        contribution: untouched.contribution,
      }).changes,
    ).toEqual([]);
  });

  it('refuses answers to questions that were not handed over, and another hand-off', async () => {
    const focal = await fullInput();
    const { handoff } = await buildHandoffPackage(focal, { chapters: ['ch-b'], to: colleague });
    await expect(
      buildContributionPackage({ ...focal, answers: focal.answers }, handoff),
    ).rejects.toMatchObject({ code: 'handoff-invalid' });
    const { contribution } = await roundTrip((base) => base);
    expect(() => mergeContribution({ current: new Map(), handoff, contribution })).toThrow(
      /another hand-off/,
    );
    await expect(
      buildHandoffPackage(focal, { chapters: ['nope'], to: colleague }),
    ).rejects.toMatchObject({ code: 'handoff-invalid' });
  });
});
