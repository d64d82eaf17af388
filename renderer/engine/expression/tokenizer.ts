// Splits an expression into tokens. Errors carry the character offset so authors can find them.

export type Token =
  | { readonly kind: 'ref'; readonly id: string; readonly at: number }
  | { readonly kind: 'string'; readonly value: string; readonly at: number }
  | { readonly kind: 'number'; readonly value: number; readonly at: number }
  | { readonly kind: 'word'; readonly value: string; readonly at: number }
  | { readonly kind: 'punct'; readonly value: Punct; readonly at: number }
  | { readonly kind: 'end'; readonly at: number };

export type Punct = '(' | ')' | '[' | ']' | ',' | '.' | '=' | '!=' | '<' | '<=' | '>' | '>=';

export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'ExpressionSyntaxError';
  }
}

const REF = /\{([^{}]*)\}/y;
const NUMBER = /-?(?:\d+(?:\.\d+)?|\.\d+)/y;
const WORD = /[A-Za-z_][A-Za-z0-9_-]*/y;
const TWO_CHAR = new Set(['!=', '<=', '>=']);
const ONE_CHAR = new Set(['(', ')', '[', ']', ',', '.', '=', '<', '>']);

function matchAt(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

function readString(source: string, start: number): { value: string; end: number } {
  const quote = source[start];
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length) {
      value += source[i + 1];
      i += 2;
    } else if (ch === quote) {
      return { value, end: i + 1 };
    } else {
      value += ch;
      i += 1;
    }
  }
  throw new ExpressionSyntaxError(`the text starting here is never closed with ${quote}`, start);
}

// A minus sign belongs to a number only where a value may start (not after a value: `{a} -1`).
function valueMayStart(previous: Token | undefined): boolean {
  if (!previous) return true;
  if (previous.kind === 'punct') return previous.value !== ')' && previous.value !== ']';
  return previous.kind === 'word' && ['and', 'or', 'not', 'in'].includes(previous.value);
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '{') {
      const m = matchAt(REF, source, i);
      if (!m)
        throw new ExpressionSyntaxError(
          'a question reference opened with { is never closed with }',
          i,
        );
      tokens.push({ kind: 'ref', id: (m[1] ?? '').trim(), at: i });
      i += m[0].length;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const { value, end } = readString(source, i);
      tokens.push({ kind: 'string', value, at: i });
      i = end;
      continue;
    }
    const num = (ch !== '-' || valueMayStart(tokens.at(-1))) && matchAt(NUMBER, source, i);
    if (num) {
      tokens.push({ kind: 'number', value: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    const word = matchAt(WORD, source, i);
    if (word) {
      tokens.push({ kind: 'word', value: word[0], at: i });
      i += word[0].length;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (TWO_CHAR.has(two)) {
      tokens.push({ kind: 'punct', value: two as Punct, at: i });
      i += 2;
      continue;
    }
    if (ONE_CHAR.has(ch)) {
      tokens.push({ kind: 'punct', value: ch as Punct, at: i });
      i += 1;
      continue;
    }
    const hint =
      ch === '&' || ch === '|' ? ` (write "and" / "or")` : ch === '!' ? ' (write "not")' : '';
    throw new ExpressionSyntaxError(`unexpected character "${ch}"${hint}`, i);
  }
  tokens.push({ kind: 'end', at: source.length });
  return tokens;
}
