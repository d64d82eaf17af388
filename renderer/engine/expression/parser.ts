import { FUNCTIONS, type CompareOperator, type Expr, type FunctionName } from './ast';
import { ExpressionSyntaxError, tokenize, type Punct, type Token } from './tokenizer';
import { ID_PATTERN } from '../definition';

// Recursive descent over the grammar (lowest precedence first):
//   or      := and ('or' and)*
//   and     := unary ('and' unary)*
//   unary   := 'not' unary | compare
//   compare := postfix (('=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in') postfix)?
//   postfix := primary ('.' word)*
//   primary := literal | '[' (or (',' or)*)? ']' | '{id}' | fn '(' or ')' | '(' or ')'

const COMPARE = new Set<string>(['=', '!=', '<', '<=', '>', '>=']);
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null']);

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the condition';
    case 'ref':
      return `{${token.id}}`;
    case 'string':
      return `'${token.value}'`;
    case 'number':
      return String(token.value);
    default:
      return `"${token.value}"`;
  }
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Expr {
    const expr = this.or();
    const next = this.peek();
    if (next.kind !== 'end')
      this.fail(`expected "and", "or" or the end of the condition but found ${describe(next)}`);
    return expr;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    this.index += 1;
    return token;
  }

  private fail(message: string, token: Token = this.peek()): never {
    throw new ExpressionSyntaxError(message, token.at);
  }

  private isWord(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'word' && token.value === value;
  }

  private isPunct(value: Punct): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.value === value;
  }

  private expectPunct(value: Punct, context: string): void {
    if (!this.isPunct(value))
      this.fail(`expected "${value}" ${context} but found ${describe(this.peek())}`);
    this.index += 1;
  }

  private or(): Expr {
    let left = this.and();
    while (this.isWord('or')) {
      const at = this.next().at;
      left = { kind: 'logical', op: 'or', left, right: this.and(), at };
    }
    return left;
  }

  private and(): Expr {
    let left = this.unary();
    while (this.isWord('and')) {
      const at = this.next().at;
      left = { kind: 'logical', op: 'and', left, right: this.unary(), at };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isWord('not') && !this.isWord('in', 1)) {
      const at = this.next().at;
      return { kind: 'not', operand: this.unary(), at };
    }
    return this.compare();
  }

  private compare(): Expr {
    const left = this.postfix();
    const token = this.peek();
    if (token.kind === 'punct' && COMPARE.has(token.value)) {
      this.index += 1;
      return {
        kind: 'compare',
        op: token.value as CompareOperator,
        left,
        right: this.postfix(),
        at: token.at,
      };
    }
    if (this.isWord('in')) {
      this.index += 1;
      return { kind: 'in', negated: false, left, right: this.postfix(), at: token.at };
    }
    if (this.isWord('not') && this.isWord('in', 1)) {
      this.index += 2;
      return { kind: 'in', negated: true, left, right: this.postfix(), at: token.at };
    }
    return left;
  }

  private postfix(): Expr {
    let expr = this.primary();
    while (this.isPunct('.')) {
      this.index += 1;
      const name = this.next();
      if (name.kind !== 'word')
        this.fail(`expected a field name after "." but found ${describe(name)}`, name);
      expr = { kind: 'field', target: expr, name: name.value, at: name.at };
    }
    return expr;
  }

  private primary(): Expr {
    const token = this.next();
    switch (token.kind) {
      case 'string':
      case 'number':
        return { kind: 'literal', value: token.value, at: token.at };
      case 'ref':
        if (!ID_PATTERN.test(token.id))
          this.fail(`"{${token.id}}" is not a valid question id`, token);
        return { kind: 'ref', id: token.id, at: token.at };
      case 'word':
        return this.word(token.value, token.at, token);
      case 'punct':
        if (token.value === '(') {
          const inner = this.or();
          this.expectPunct(')', 'to close the parenthesis');
          return inner;
        }
        if (token.value === '[') return this.list(token.at);
        return this.fail(`expected a value but found ${describe(token)}`, token);
      case 'end':
        return this.fail('the condition ends too early: a value is missing', token);
    }
  }

  private word(value: string, at: number, token: Token): Expr {
    if (value === 'true' || value === 'false')
      return { kind: 'literal', value: value === 'true', at };
    if (value === 'null') return { kind: 'literal', value: null, at };
    if ((FUNCTIONS as readonly string[]).includes(value)) {
      this.expectPunct('(', `after ${value}`);
      const arg = this.or();
      this.expectPunct(')', `to close ${value}(`);
      return { kind: 'call', name: value as FunctionName, arg, at };
    }
    if (KEYWORDS.has(value)) return this.fail(`expected a value but found "${value}"`, token);
    const hint = this.isPunct('(')
      ? `unknown function "${value}" (known: ${FUNCTIONS.join(', ')})`
      : `unknown word "${value}": write question references as {${value}} and text in quotes as '${value}'`;
    return this.fail(hint, token);
  }

  private list(at: number): Expr {
    const items: Expr[] = [];
    if (!this.isPunct(']')) {
      items.push(this.or());
      while (this.isPunct(',')) {
        this.index += 1;
        items.push(this.or());
      }
    }
    this.expectPunct(']', 'to close the list');
    return { kind: 'list', items, at };
  }
}

// Throws ExpressionSyntaxError with the offending character offset.
export function parseExpression(source: string): Expr {
  return new Parser(tokenize(source)).parse();
}
