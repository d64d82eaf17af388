import type { Definition } from '../../engine';

// The profile question naming the State that answers: the first country question of the
// general instrument. Its answer and the assessment's `state` are kept the same.
export function reportingStateQuestionId(definition: Definition): string | undefined {
  return definition.instruments
    .filter((i) => i.kind === 'general')
    .flatMap((i) => i.chapters.flatMap((c) => c.provisions.flatMap((p) => p.questions)))
    .find((q) => q.type === 'country')?.id;
}
