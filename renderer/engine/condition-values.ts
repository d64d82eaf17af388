import { COMPLIANCE_VALUES, TA_PRIORITIES, TA_TYPES, YES_NO_VALUES } from './answer-values';
import { children, type Expr } from './expression/ast';
import type { Question } from './definition';
import type { DefinitionIndex } from './definition-index';

// Catches typos in conditions that would otherwise be silently false forever:
// `{q} = 'yse'`, `'optx' in {multi}`, `{ta}.nede`.

export interface ValueProblem {
  readonly code: 'unknown-option' | 'unknown-field-access';
  readonly message: string;
}

const FIELDS: Partial<
  Record<Question['type'], Readonly<Record<string, readonly string[] | null>>>
> = {
  'technical-assistance': {
    need: YES_NO_VALUES,
    types: TA_TYPES,
    otherType: null,
    priority: TA_PRIORITIES,
    description: null,
  },
  'multiple-choice': { selected: null, other: null },
  table: { rows: null },
};

// The closed set of values an expression can take, when it has one.
function allowedValues(expr: Expr, index: DefinitionIndex): readonly string[] | null {
  if (expr.kind === 'field' && expr.target.kind === 'ref') {
    const question = index.questionById.get(expr.target.id)?.node;
    return (question && FIELDS[question.type]?.[expr.name]) ?? null;
  }
  if (expr.kind !== 'ref') return null;
  const question = index.questionById.get(expr.id)?.node;
  switch (question?.type) {
    case 'compliance':
      return COMPLIANCE_VALUES;
    case 'yes-no':
      return YES_NO_VALUES;
    case 'single-choice':
    case 'multiple-choice':
      return question.options.map((o) => o.id);
    default:
      return null;
  }
}

function stringLiterals(expr: Expr): string[] {
  if (expr.kind === 'literal' && typeof expr.value === 'string') return [expr.value];
  if (expr.kind === 'list') return expr.items.flatMap(stringLiterals);
  return [];
}

function describeTarget(expr: Expr): string {
  if (expr.kind === 'ref') return `{${expr.id}}`;
  if (expr.kind === 'field' && expr.target.kind === 'ref')
    return `{${expr.target.id}}.${expr.name}`;
  return 'the value';
}

function checkLiterals(
  target: Expr,
  literalSide: Expr,
  index: DefinitionIndex,
  problems: ValueProblem[],
): void {
  const allowed = allowedValues(target, index);
  if (!allowed) return;
  for (const literal of stringLiterals(literalSide)) {
    if (!allowed.includes(literal)) {
      const message = `'${literal}' is never a value of ${describeTarget(target)} (possible: ${allowed.join(', ')})`;
      problems.push({ code: 'unknown-option', message });
    }
  }
}

function checkField(
  e: Extract<Expr, { kind: 'field' }>,
  index: DefinitionIndex,
  problems: ValueProblem[],
): void {
  if (e.target.kind !== 'ref') return;
  const question = index.questionById.get(e.target.id)?.node;
  const fields = question ? FIELDS[question.type] : undefined;
  if (question && !(fields && Object.hasOwn(fields, e.name))) {
    const known = fields ? `; its fields are ${Object.keys(fields).join(', ')}` : '';
    const message = `{${e.target.id}} is a ${question.type} question without a field "${e.name}"${known}`;
    problems.push({ code: 'unknown-field-access', message });
  }
}

export function checkExpressionValues(expr: Expr, index: DefinitionIndex): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const visit = (e: Expr): void => {
    if (e.kind === 'field') checkField(e, index, problems);
    // `{q} in ['a', 'b']` checks the list; `'a' in {multi}` checks the literal.
    if (e.kind === 'in' || (e.kind === 'compare' && (e.op === '=' || e.op === '!='))) {
      checkLiterals(e.left, e.right, index, problems);
      checkLiterals(e.right, e.left, index, problems);
    }
    children(e).forEach(visit);
  };
  visit(expr);
  return problems;
}
