import type { Definition, Question } from './definition';
import type { DefinitionIndex, IndexedNode, IndexedQuestion } from './definition-index';
import { definitionError, type DefinitionError } from './errors';
import { checkQuestion } from './check-question';

// Rules the schema cannot express: unique ids, consistent nesting, known themes, references
// between questions. Conditions are checked by conditions.ts.

function checkIds(index: DefinitionIndex, errors: DefinitionError[]): void {
  const seen = new Map<string, IndexedNode>();
  for (const entry of index.nodes) {
    if (entry.node.id === 'all') {
      const message =
        'the id "all" is reserved (progress("all") means the whole questionnaire); choose another id';
      errors.push(
        definitionError(
          'duplicate-id',
          `${entry.path}.id`,
          message,
          entry.kind === 'question' ? 'all' : undefined,
        ),
      );
    }
    const first = seen.get(entry.node.id);
    if (!first) {
      seen.set(entry.node.id, entry);
      continue;
    }
    const qid = entry.kind === 'question' ? entry.node.id : undefined;
    const message = `duplicate id "${entry.node.id}": already used by the ${first.kind} at ${first.path}; ids must be unique in the whole questionnaire`;
    errors.push(definitionError('duplicate-id', `${entry.path}.id`, message, qid));
  }
}

function checkProvisions(
  definition: Definition,
  index: DefinitionIndex,
  errors: DefinitionError[],
): void {
  const themes = definition.themes ? new Set(definition.themes.map((t) => t.id)) : null;
  for (const entry of index.nodes) {
    if (entry.kind !== 'provision') continue;
    const { node: provision, path } = entry;
    const instrument = index.byId.get(entry.instrumentId);
    if (provision.instrument !== entry.instrumentId) {
      const message = `provision "${provision.id}" says instrument "${provision.instrument}" but is inside instrument "${entry.instrumentId}"`;
      errors.push(definitionError('instrument-mismatch', `${path}.instrument`, message));
    }
    if (instrument?.kind === 'instrument' && instrument.node.kind === 'treaty') {
      if (provision.article === undefined) {
        errors.push(
          definitionError(
            'missing-article',
            path,
            `provision "${provision.id}" of a treaty needs "article", e.g. "5" or "5(1)(a)"`,
          ),
        );
      }
      if (provision.obligation === undefined) {
        const message = `provision "${provision.id}" of a treaty needs "obligation": "mandatory", "shall-consider" or "optional"`;
        errors.push(definitionError('missing-obligation', path, message));
      }
    }
    provision.themes?.forEach((theme, t) => {
      if (themes && !themes.has(theme)) {
        const message = `theme "${theme}" is not in the questionnaire's "themes" catalogue`;
        errors.push(definitionError('unknown-theme', `${path}.themes[${t}]`, message));
      }
    });
  }
  if (definition.themes) {
    const seen = new Set<string>();
    definition.themes.forEach((theme, t) => {
      if (seen.has(theme.id))
        errors.push(
          definitionError('duplicate-id', `$.themes[${t}].id`, `duplicate theme id "${theme.id}"`),
        );
      seen.add(theme.id);
    });
  }
}

function checkCrossReferences(
  entry: IndexedQuestion,
  index: DefinitionIndex,
  errors: DefinitionError[],
): void {
  const question: Question = entry.node;
  question.crossReferences?.forEach((ref, r) => {
    const path = `${entry.path}.crossReferences[${r}]`;
    const target = index.questionById.get(ref);
    let problem: string | null = null;
    if (!target) problem = `"${ref}" is not a question of this questionnaire`;
    else if (target.instrumentId === entry.instrumentId)
      problem = `"${ref}" belongs to the same instrument; cross-references link questions of other instruments`;
    else if (target.node.type !== question.type)
      problem = `"${ref}" is a ${target.node.type} question, so its answer cannot be copied into this ${question.type} question`;
    if (problem)
      errors.push(
        definitionError('cross-reference', path, `crossReferences: ${problem}`, question.id),
      );
  });
}

function checkReplaces(index: DefinitionIndex, errors: DefinitionError[]): void {
  const replacedBy = new Map<string, string>();
  for (const entry of index.questions) {
    entry.node.replaces?.forEach((old, r) => {
      const path = `${entry.path}.replaces[${r}]`;
      const previous = replacedBy.get(old);
      let problem: string | null = null;
      if (index.questionById.has(old))
        problem = `"${old}" is a question of this version; replaces lists ids of earlier versions only`;
      else if (previous !== undefined)
        problem = `"${old}" is already replaced by question "${previous}"; an old answer can map to one question only`;
      if (problem)
        errors.push(definitionError('replaces', path, `replaces: ${problem}`, entry.node.id));
      replacedBy.set(old, previous ?? entry.node.id);
    });
  }
}

export function checkDefinition(definition: Definition, index: DefinitionIndex): DefinitionError[] {
  const errors: DefinitionError[] = [];
  checkIds(index, errors);
  checkProvisions(definition, index, errors);
  for (const entry of index.questions) {
    errors.push(...checkQuestion(entry.node, entry.path));
    checkCrossReferences(entry, index, errors);
  }
  checkReplaces(index, errors);
  return errors;
}
