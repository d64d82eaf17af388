import type { Expr } from './ast';

// Evaluation never throws: a comparison between values of different kinds is simply false.
// `lookup` returns a question's answer, or null when it is unanswered or hidden.

export type Lookup = (questionId: string) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);

// The items an answer holds: a multiple-choice's selections, a table's rows, a list's items,
// a technical-assistance block's types.
function itemsOf(value: unknown): readonly unknown[] | null {
  if (isList(value)) return value;
  if (!isRecord(value)) return null;
  if (isList(value.selected)) return value.selected;
  if (isList(value.rows)) return value.rows;
  if (isList(value.types)) return value.types;
  return null;
}

// Whether a value counts as an answer: not null, not blank text, not an empty list or selection.
export function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) {
    if (Array.isArray(value.selected)) {
      return (
        value.selected.length > 0 || (typeof value.other === 'string' && value.other.trim() !== '')
      );
    }
    if (Array.isArray(value.rows)) {
      return value.rows.some(
        (row) => isRecord(row) && isRecord(row.cells) && Object.values(row.cells).some(hasValue),
      );
    }
    return Object.keys(value).length > 0;
  }
  return true;
}

function countOf(value: unknown): number {
  if (isRecord(value) && Array.isArray(value.selected)) {
    const other = typeof value.other === 'string' && value.other.trim() !== '' ? 1 : 0;
    return value.selected.length + other;
  }
  const items = itemsOf(value);
  if (items) return items.length;
  return hasValue(value) ? 1 : 0;
}

export function truthy(value: unknown): boolean {
  if (value === false || value === 0) return false;
  return hasValue(value);
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  return false;
}

function ordered(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

function contains(haystack: unknown, needle: unknown): boolean {
  const items = itemsOf(haystack);
  if (items) return items.some((item) => equal(item, needle));
  return false;
}

export function evaluateExpression(expr: Expr, lookup: Lookup): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'list':
      return expr.items.map((item) => evaluateExpression(item, lookup));
    case 'ref':
      return lookup(expr.id) ?? null;
    case 'field': {
      const target = evaluateExpression(expr.target, lookup);
      return isRecord(target) && Object.hasOwn(target, expr.name)
        ? (target[expr.name] ?? null)
        : null;
    }
    case 'call': {
      const value = evaluateExpression(expr.arg, lookup);
      if (expr.name === 'count') return countOf(value);
      return expr.name === 'answered' ? hasValue(value) : !hasValue(value);
    }
    case 'not':
      return !truthy(evaluateExpression(expr.operand, lookup));
    case 'logical':
      if (expr.op === 'and')
        return (
          truthy(evaluateExpression(expr.left, lookup)) &&
          truthy(evaluateExpression(expr.right, lookup))
        );
      return (
        truthy(evaluateExpression(expr.left, lookup)) ||
        truthy(evaluateExpression(expr.right, lookup))
      );
    case 'in': {
      const found = contains(
        evaluateExpression(expr.right, lookup),
        evaluateExpression(expr.left, lookup),
      );
      return expr.negated ? !found : found;
    }
    case 'compare': {
      const left = evaluateExpression(expr.left, lookup);
      const right = evaluateExpression(expr.right, lookup);
      if (expr.op === '=') return equal(left, right);
      if (expr.op === '!=') return !equal(left, right);
      const order = ordered(left, right);
      if (order === null) return false;
      if (expr.op === '<') return order < 0;
      if (expr.op === '<=') return order <= 0;
      if (expr.op === '>') return order > 0;
      return order >= 0;
    }
  }
}

// A condition's verdict: true when the expression's value is truthy.
export function evaluateCondition(expr: Expr, lookup: Lookup): boolean {
  return truthy(evaluateExpression(expr, lookup));
}
