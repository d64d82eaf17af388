import { answerSchemaFor } from './answers';
import { compileConditions } from './conditions';
import type { AnswerValue, Definition } from './definition';
import { hasValue } from './expression/evaluate';

// The "omnibus" idea: a question that asks what another instrument's question already asked
// can offer that answer to copy. Links work in either direction.

export interface CrossReferenceCandidate {
  readonly questionId: string;
  readonly instrumentId: string;
  readonly provisionId: string;
  readonly value: AnswerValue;
}

const linksCache = new WeakMap<Definition, ReadonlyMap<string, readonly string[]>>();

function linksOf(definition: Definition): ReadonlyMap<string, readonly string[]> {
  const cached = linksCache.get(definition);
  if (cached) return cached;
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const set = links.get(a) ?? new Set<string>();
    set.add(b);
    links.set(a, set);
  };
  for (const entry of compileConditions(definition).index.questions) {
    for (const other of entry.node.crossReferences ?? []) {
      link(entry.node.id, other);
      link(other, entry.node.id);
    }
  }
  const result = new Map([...links].map(([id, set]) => [id, [...set]] as const));
  linksCache.set(definition, result);
  return result;
}

// Answered questions of other instruments linked to `questionId` whose answer fits it, in document order.
export function crossReferenceCandidates(
  definition: Definition,
  answers: ReadonlyMap<string, AnswerValue>,
  questionId: string,
): CrossReferenceCandidate[] {
  const { index } = compileConditions(definition);
  const target = index.questionById.get(questionId);
  if (!target) return [];
  const schema = answerSchemaFor(target.node);
  const linked = new Set(linksOf(definition).get(questionId) ?? []);
  return index.questions
    .filter((entry) => linked.has(entry.node.id) && entry.instrumentId !== target.instrumentId)
    .flatMap((entry) => {
      const value = answers.get(entry.node.id);
      if (
        !hasValue(value) ||
        entry.node.type !== target.node.type ||
        !schema.safeParse(value).success
      )
        return [];
      return [
        {
          questionId: entry.node.id,
          instrumentId: entry.instrumentId,
          provisionId: entry.provisionId,
          value: value as AnswerValue,
        },
      ];
    });
}
