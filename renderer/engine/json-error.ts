// JSON.parse says what went wrong but not always where (and differently in each engine), so a
// file that fails to parse is scanned again here to give the author a line and column.

export interface JsonSyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

class Failure extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

class Scanner {
  private i = 0;
  constructor(private readonly text: string) {}

  run(): void {
    this.value();
    this.space();
    if (this.i < this.text.length)
      throw new Failure('unexpected text after the end of the JSON value', this.i);
  }

  private space(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i] ?? '')) this.i += 1;
  }

  private value(): void {
    this.space();
    const ch = this.text[this.i];
    if (ch === undefined) throw new Failure('the file ends where a value was expected', this.i);
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.i, this.i + 400),
    );
    if (!literal) {
      const hint = ch === "'" ? ' (JSON strings use double quotes)' : '';
      throw new Failure(
        `unexpected character ${JSON.stringify(ch)} where a value was expected${hint}`,
        this.i,
      );
    }
    this.i += literal[0].length;
  }

  private expect(ch: string, what: string): void {
    this.space();
    if (this.text[this.i] !== ch) {
      const found =
        this.text[this.i] === undefined ? 'the end of the file' : JSON.stringify(this.text[this.i]);
      throw new Failure(`expected ${what} but found ${found}`, this.i);
    }
    this.i += 1;
  }

  private object(): void {
    this.i += 1;
    this.space();
    if (this.text[this.i] === '}') {
      this.i += 1;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.i] !== '"') {
        const trailing = this.text[this.i] === '}' ? ' (remove the comma before it)' : '';
        throw new Failure(`expected a property name in double quotes${trailing}`, this.i);
      }
      this.string();
      this.expect(':', '":" after the property name');
      this.value();
      this.space();
      if (this.text[this.i] === ',') this.i += 1;
      else return this.expect('}', '"," or "}" after the property value');
    }
  }

  private array(): void {
    this.i += 1;
    this.space();
    if (this.text[this.i] === ']') {
      this.i += 1;
      return;
    }
    for (;;) {
      this.value();
      this.space();
      if (this.text[this.i] === ',') {
        this.i += 1;
        this.space();
        if (this.text[this.i] === ']')
          throw new Failure('a comma before "]" (remove it)', this.i - 1);
      } else return this.expect(']', '"," or "]" after the list item');
    }
  }

  private string(): void {
    const start = this.i;
    this.i += 1;
    while (this.i < this.text.length) {
      const ch = this.text[this.i] ?? '';
      if (ch === '"') {
        this.i += 1;
        return;
      }
      if (ch < ' ')
        throw new Failure(
          'a line break or control character inside a string (write \\n instead)',
          this.i,
        );
      if (ch === '\\') {
        if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(this.text.slice(this.i + 1, this.i + 6))) {
          throw new Failure('an invalid escape sequence in a string', this.i);
        }
        this.i += this.text[this.i + 1] === 'u' ? 6 : 2;
      } else this.i += 1;
    }
    throw new Failure('a string is never closed with "', start);
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

// Where the text stops being JSON; `fallback` is JSON.parse's own message when the scan finds nothing.
export function locateJsonError(text: string, fallback: string): JsonSyntaxProblem {
  try {
    new Scanner(text).run();
  } catch (error) {
    if (error instanceof Failure)
      return { ...lineAndColumn(text, error.offset), message: error.message };
    throw error;
  }
  return { line: 1, column: 1, message: fallback };
}
