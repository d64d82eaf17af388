// The tree an expression is parsed to. `at` is the character offset in the source, for messages.

export type Literal = string | number | boolean | null;

export type CompareOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export const FUNCTIONS = ['answered', 'empty', 'count'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

export type Expr =
  | { readonly kind: 'literal'; readonly value: Literal; readonly at: number }
  | { readonly kind: 'list'; readonly items: readonly Expr[]; readonly at: number }
  | { readonly kind: 'ref'; readonly id: string; readonly at: number }
  | { readonly kind: 'field'; readonly target: Expr; readonly name: string; readonly at: number }
  | { readonly kind: 'call'; readonly name: FunctionName; readonly arg: Expr; readonly at: number }
  | { readonly kind: 'not'; readonly operand: Expr; readonly at: number }
  | {
      readonly kind: 'logical';
      readonly op: 'and' | 'or';
      readonly left: Expr;
      readonly right: Expr;
      readonly at: number;
    }
  | {
      readonly kind: 'compare';
      readonly op: CompareOperator;
      readonly left: Expr;
      readonly right: Expr;
      readonly at: number;
    }
  | {
      readonly kind: 'in';
      readonly negated: boolean;
      readonly left: Expr;
      readonly right: Expr;
      readonly at: number;
    };

// The sub-expressions of a node, for walking the tree.
export function children(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case 'literal':
    case 'ref':
      return [];
    case 'list':
      return expr.items;
    case 'field':
      return [expr.target];
    case 'call':
      return [expr.arg];
    case 'not':
      return [expr.operand];
    case 'logical':
    case 'compare':
    case 'in':
      return [expr.left, expr.right];
  }
}

// Every question id an expression reads, in order of appearance, without repeats.
export function references(expr: Expr): string[] {
  const found = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'ref') found.add(e.id);
    children(e).forEach(visit);
  };
  visit(expr);
  return [...found];
}
