import { describe, expect, it } from 'vitest';
import {
  ExpressionSyntaxError,
  evaluateCondition,
  evaluateExpression,
  parseExpression,
} from '../../renderer/engine';

const answers: Record<string, unknown> = {
  compliance: 'partial',
  agencies: { selected: ['police', 'justice'], other: 'customs' },
  none: { selected: [] },
  cases: {
    rows: [
      { id: 'r1', cells: {} },
      { id: 'r2', cells: {} },
    ],
  },
  ta: { need: 'yes', types: ['training', 'equipment'] },
  count: 12,
  date: '2024-05-01',
  citations: [{ title: 'Penal Code', article: '5' }],
  blank: '   ',
};
const byId = new Map(Object.entries(answers));
const lookup = (id: string): unknown => byId.get(id) ?? null;
const run = (source: string): unknown => evaluateExpression(parseExpression(source), lookup);

describe('expression language', () => {
  it('reads literals, lists and question references', () => {
    expect(run("'text'")).toBe('text');
    expect(run('"double"')).toBe('double');
    expect(run("'it\\'s'")).toBe("it's");
    expect(run('12')).toBe(12);
    expect(run('3.5')).toBe(3.5);
    expect(run('-2')).toBe(-2);
    expect(run('true')).toBe(true);
    expect(run('null')).toBe(null);
    expect(run("['a', 'b']")).toEqual(['a', 'b']);
    expect(run('{compliance}')).toBe('partial');
    expect(run('{unanswered}')).toBe(null);
  });

  it('compares values; different kinds are unequal and unordered', () => {
    expect(run("{compliance} = 'partial'")).toBe(true);
    expect(run("{compliance} != 'partial'")).toBe(false);
    expect(run('{count} > 10 and {count} <= 12 and {count} >= 12 and {count} < 13')).toBe(true);
    expect(run("{date} < '2025-01-01'")).toBe(true);
    expect(run("{count} > '10'")).toBe(false);
    expect(run('{unanswered} > 0')).toBe(false);
    expect(run('{unanswered} = null')).toBe(true);
  });

  it('tests membership in lists and in multiple-choice selections', () => {
    expect(run("{compliance} in ['yes', 'partial']")).toBe(true);
    expect(run("{compliance} not in ['yes', 'partial']")).toBe(false);
    expect(run("'police' in {agencies}")).toBe(true);
    expect(run("'prosecution' in {agencies}")).toBe(false);
    expect(run("'training' in {ta}.types")).toBe(true);
    expect(run("'x' in {unanswered}")).toBe(false);
  });

  it('applies not / and / or with the usual precedence', () => {
    expect(run('true or false and false')).toBe(true);
    expect(run('(true or false) and false')).toBe(false);
    expect(run('not false and false')).toBe(false);
    expect(run("not ({compliance} = 'yes')")).toBe(true);
  });

  it('has answered(), empty() and count()', () => {
    expect(run('answered({compliance})')).toBe(true);
    expect(run('answered({blank})')).toBe(false);
    expect(run('empty({none})')).toBe(true);
    expect(run('count({agencies})')).toBe(3);
    expect(run('count({cases})')).toBe(2);
    expect(run('count({ta})')).toBe(2);
    expect(run('count({citations})')).toBe(1);
    expect(run('count({unanswered})')).toBe(0);
  });

  it('reads fields of object answers', () => {
    expect(run("{ta}.need = 'yes'")).toBe(true);
    expect(run('{ta}.priority')).toBe(null);
    expect(run('{compliance}.need')).toBe(null);
  });

  it('treats unanswered, blank and empty values as false in conditions', () => {
    const cond = (source: string) => evaluateCondition(parseExpression(source), lookup);
    expect(cond('{unanswered}')).toBe(false);
    expect(cond('{blank}')).toBe(false);
    expect(cond('{none}')).toBe(false);
    expect(cond('{compliance}')).toBe(true);
    expect(cond('0')).toBe(false);
  });

  it.each([
    ['{compliance} = ', 'ends too early', 15],
    ["{compliance} == 'yes'", 'expected a value', 14],
    ["{compliance} = 'yes", 'never closed', 15],
    ['{compliance', 'never closed with }', 0],
    ['{q1} && {q2}', 'write "and" / "or"', 5],
    ['{q1} = yes', 'unknown word "yes"', 7],
    ['total({q1})', 'unknown function "total"', 0],
    ['({q1} = 1', 'to close the parenthesis', 9],
    ['{Bad Id} = 1', 'not a valid question id', 0],
    ["{q1} 'x'", 'expected "and", "or" or the end', 5],
  ])('rejects %s with a message and position', (source, message, at) => {
    let caught: unknown;
    try {
      parseExpression(source);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExpressionSyntaxError);
    expect((caught as ExpressionSyntaxError).message).toContain(message);
    expect((caught as ExpressionSyntaxError).at).toBe(at);
  });

  it('does not execute JavaScript hidden in an expression', () => {
    expect(() => parseExpression("constructor.constructor('return process')()")).toThrow(
      ExpressionSyntaxError,
    );
    expect(() => parseExpression('{__proto__} = null')).toThrow('not a valid question id');
    expect(run('{constructor} = null')).toBe(true);
    expect(run('{ta}.constructor')).toBe(null);
  });
});
