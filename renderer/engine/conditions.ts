import type { Expr } from './expression/ast';
import { references } from './expression/ast';
import { parseExpression } from './expression/parser';
import { ExpressionSyntaxError } from './expression/tokenizer';
import { checkExpressionValues } from './condition-values';
import type { Definition } from './definition';
import { indexDefinition, type DefinitionIndex, type IndexedNode } from './definition-index';
import { definitionError, type DefinitionError } from './errors';

// The definition's conditions parsed once, checked (syntax, references, option values, cycles)
// and put in an order where every node comes after everything its visibility depends on.
export interface CompiledConditions {
  readonly index: DefinitionIndex;
  readonly visibleIf: ReadonlyMap<string, Expr>;
  readonly requiredIf: ReadonlyMap<string, Expr>;
  readonly visibilityOrder: readonly IndexedNode[];
  readonly errors: readonly DefinitionError[];
}

const cache = new WeakMap<Definition, CompiledConditions>();

const questionIdOf = (entry: IndexedNode): string | undefined =>
  entry.kind === 'question' ? entry.node.id : undefined;

function compileOne(
  source: string,
  field: 'visibleIf' | 'requiredIf',
  entry: IndexedNode,
  index: DefinitionIndex,
  errors: DefinitionError[],
): Expr | null {
  const path = `${entry.path}.${field}`;
  let expr: Expr;
  try {
    expr = parseExpression(source);
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    const message = `${field} "${source}" at character ${error.at + 1}: ${error.message}`;
    errors.push(definitionError('expression-syntax', path, message, questionIdOf(entry)));
    return null;
  }
  const missing = references(expr).filter((id) => !index.questionById.has(id));
  for (const id of missing) {
    const other = index.byId.get(id);
    const why = other
      ? `is a ${other.kind}, not a question`
      : 'is not a question of this questionnaire';
    errors.push(
      definitionError(
        'unknown-reference',
        path,
        `${field} refers to {${id}}, which ${why}`,
        questionIdOf(entry),
      ),
    );
  }
  if (missing.length > 0) return null;
  for (const problem of checkExpressionValues(expr, index)) {
    errors.push(
      definitionError(
        problem.code,
        path,
        `${field} "${source}": ${problem.message}`,
        questionIdOf(entry),
      ),
    );
  }
  return expr;
}

// Depth-first order over "visibility of X depends on Y" edges; reports each cycle once.
function orderByDependencies(
  index: DefinitionIndex,
  visibleIf: ReadonlyMap<string, Expr>,
  errors: DefinitionError[],
): IndexedNode[] {
  const dependencies = (entry: IndexedNode): string[] => {
    const expr = visibleIf.get(entry.node.id);
    const refs = expr ? references(expr) : [];
    return entry.parentId === null ? refs : [entry.parentId, ...refs];
  };
  const state = new Map<string, 'visiting' | 'done'>();
  const order: IndexedNode[] = [];
  for (const root of index.nodes) {
    if (state.has(root.node.id)) continue;
    // Iterative DFS: a long chain of conditions must not overflow the call stack.
    const stack: Array<{ entry: IndexedNode; deps: string[]; next: number }> = [
      { entry: root, deps: dependencies(root), next: 0 },
    ];
    state.set(root.node.id, 'visiting');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.deps.length) {
        state.set(frame.entry.node.id, 'done');
        order.push(frame.entry);
        stack.pop();
        continue;
      }
      const depId = frame.deps[frame.next++]!;
      const dep = index.byId.get(depId);
      if (!dep || state.get(depId) === 'done') continue;
      if (state.get(depId) === 'visiting') {
        const start = stack.findIndex((f) => f.entry.node.id === depId);
        const loop = [...stack.slice(start).map((f) => f.entry.node.id), depId];
        const message = `conditions form a cycle: ${loop.join(' → ')} (each one's visibility depends on the next)`;
        errors.push(
          definitionError(
            'cycle',
            `${frame.entry.path}.visibleIf`,
            message,
            questionIdOf(frame.entry),
          ),
        );
        continue;
      }
      state.set(depId, 'visiting');
      stack.push({ entry: dep, deps: dependencies(dep), next: 0 });
    }
  }
  return order;
}

export function compileConditions(definition: Definition): CompiledConditions {
  const cached = cache.get(definition);
  if (cached) return cached;
  const index = indexDefinition(definition);
  const errors: DefinitionError[] = [];
  const visibleIf = new Map<string, Expr>();
  const requiredIf = new Map<string, Expr>();
  for (const entry of index.nodes) {
    if (entry.node.visibleIf !== undefined) {
      const expr = compileOne(entry.node.visibleIf, 'visibleIf', entry, index, errors);
      if (expr) visibleIf.set(entry.node.id, expr);
    }
    if (entry.kind === 'question' && entry.node.requiredIf !== undefined) {
      const expr = compileOne(entry.node.requiredIf, 'requiredIf', entry, index, errors);
      if (expr) requiredIf.set(entry.node.id, expr);
    }
  }
  const visibilityOrder = orderByDependencies(index, visibleIf, errors);
  const compiled = { index, visibleIf, requiredIf, visibilityOrder, errors };
  cache.set(definition, compiled);
  return compiled;
}
