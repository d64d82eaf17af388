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
  const { questions } = compileConditions(definition).index;
  for (const entry of questions) {
    for (const other of entry.node.crossReferences ?? []) {
      link(entry.node.id, other);
      link(other, entry.node.id);
    }
  }
  // Each question's links in document order, so candidates need no scan of the questionnaire.
  const position = new Map(questions.map((entry, i) => [entry.node.id, i] as const));
  const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  const result = new Map(
    [...links].map(([id, set]) => [id, [...set].sort((a, b) => at(a) - at(b))] as const),
  );
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
  const linked = linksOf(definition).get(questionId);
  if (!linked) return [];
  const schema = answerSchemaFor(target.node);
  return linked.flatMap((id) => {
    const entry = index.questionById.get(id);
    if (!entry || entry.instrumentId === target.instrumentId) return [];
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
