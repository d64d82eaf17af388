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

// Every question id an expression reads, in order of appearance, without repeats.
export function references(expr: Expr): string[] {
  const found = new Set<string>();
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case 'literal':
        return;
      case 'ref':
        found.add(e.id);
        return;
      case 'list':
        e.items.forEach(visit);
        return;
      case 'field':
        return visit(e.target);
      case 'call':
        return visit(e.arg);
      case 'not':
        return visit(e.operand);
      case 'logical':
      case 'compare':
      case 'in':
        visit(e.left);
        visit(e.right);
        return;
    }
  };
  visit(expr);
  return [...found];
}
