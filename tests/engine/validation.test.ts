import { describe, expect, it } from 'vitest';
import { answerSchemaFor, validateAnswer, type Question } from '../../renderer/engine';
import { define, L } from './helpers';

const definition = define([
  { id: 'compliance', type: 'compliance' },
  { id: 'yes-no', type: 'yes-no' },
  {
    id: 'single',
    type: 'single-choice',
    options: [
      { id: 'a', label: L('A') },
      { id: 'b', label: L('B') },
    ],
  },
  {
    id: 'multi',
    type: 'multiple-choice',
    options: [
      { id: 'a', label: L('A') },
      { id: 'b', label: L('B') },
      { id: 'c', label: L('C') },
    ],
    allowOther: true,
    minSelections: 2,
    maxSelections: 3,
  },
  { id: 'multi-closed', type: 'multiple-choice', options: [{ id: 'a', label: L('A') }] },
  { id: 'short', type: 'short-text', maxLength: 5, pattern: '[A-Z]{2}-\\d+' },
  { id: 'long', type: 'long-text', maxLength: 3 },
  { id: 'number', type: 'number', integer: true, min: 0, max: 100 },
  { id: 'decimal', type: 'number', min: -1.5 },
  { id: 'date', type: 'date', min: '2000-01-01', max: '2030-12-31' },
  { id: 'country', type: 'country' },
  {
    id: 'fixed',
    type: 'table',
    columns: [
      { id: 'text', type: 'text', label: L('Text') },
      { id: 'int', type: 'integer', label: L('Int'), min: 0, max: 10 },
      { id: 'dec', type: 'decimal', label: L('Dec') },
      { id: 'date', type: 'date', label: L('Date'), min: '2000-01-01' },
      { id: 'yn', type: 'yes-no', label: L('Y/N') },
    ],
    rows: {
      kind: 'fixed',
      items: [
        { id: 'y2023', label: L('2023') },
        { id: 'y2024', label: L('2024') },
      ],
    },
  },
  {
    id: 'dynamic',
    type: 'table',
    columns: [{ id: 'n', type: 'integer', label: L('N') }],
    rows: { kind: 'dynamic', minRows: 2, maxRows: 3 },
  },
  { id: 'citations', type: 'citations' },
  {
    id: 'attachments',
    type: 'attachments',
    maxFiles: 2,
    maxFileBytes: 1048576,
    accept: ['pdf', 'docx'],
  },
  { id: 'ta', type: 'technical-assistance' },
]);
const questions = new Map(
  definition.instruments[0]!.chapters[0]!.provisions[0]!.questions.map((q) => [q.id, q]),
);
const q = (id: string): Question => questions.get(id)!;
const codes = (id: string, value: unknown) => validateAnswer(q(id), value).map((i) => i.code);
const file = (name: string, size = 100) => ({
  id: name,
  name,
  type: 'application/pdf',
  size,
  sha256: 'f'.repeat(64),
});

describe('validateAnswer', () => {
  it('accepts valid answers of every type', () => {
    const good: Record<string, unknown> = {
      compliance: 'not-applicable',
      'yes-no': 'no',
      single: 'b',
      multi: { selected: ['a'], other: 'Customs' },
      'multi-closed': { selected: ['a'] },
      short: 'AB-12',
      long: 'abc',
      number: 100,
      decimal: -1.5,
      date: '2030-12-31',
      country: 'KE',
      fixed: {
        rows: [
          { id: 'y2023', cells: { text: 'x', int: 10, dec: 2.5, date: '2001-02-03', yn: 'yes' } },
        ],
      },
      dynamic: {
        rows: [
          { id: 'r1', cells: { n: 1 } },
          { id: 'r2', cells: { n: null } },
        ],
      },
      citations: [{ title: 'Penal Code', article: '5(1)', link: 'https://example.org/code' }],
      attachments: [file('law.pdf'), file('Decree.DOCX')],
      ta: { need: 'yes', types: ['training', 'other'], otherType: 'Forensics', priority: 'high' },
    };
    for (const [id, value] of Object.entries(good)) {
      expect({ id, issues: validateAnswer(q(id), value) }).toEqual({ id, issues: [] });
      expect(answerSchemaFor(q(id)).safeParse(value).success).toBe(true);
    }
  });

  it('leaves empty answers to the required rule', () => {
    expect(codes('short', '  ')).toEqual([]);
    expect(codes('multi', { selected: [] })).toEqual([]);
    expect(codes('dynamic', { rows: [] })).toEqual([]);
  });

  it('reports a value of the wrong shape as invalid, not a crash', () => {
    expect(codes('compliance', 'maybe')).toEqual(['invalid']);
    expect(codes('number', '12')).toEqual(['invalid']);
    expect(codes('date', '2024-02-30')).toEqual(['invalid']);
    expect(codes('country', 'France')).toEqual(['invalid']);
    expect(codes('ta', { need: 'perhaps', types: [] })).toEqual(['invalid']);
    expect(codes('multi-closed', { selected: ['a'], other: 'x' })).toEqual(['invalid']);
  });

  it('checks choices against the options', () => {
    expect(validateAnswer(q('single'), 'z')).toEqual([{ code: 'option', params: { value: 'z' } }]);
    expect(codes('multi', { selected: ['a', 'zz'] })).toEqual(['option']);
  });

  it('checks min/max selections, counting "other"', () => {
    expect(validateAnswer(q('multi'), { selected: ['a'] })).toEqual([
      { code: 'minSelections', params: { count: 2 } },
    ]);
    expect(codes('multi', { selected: ['a'], other: 'x' })).toEqual([]);
    expect(validateAnswer(q('multi'), { selected: ['a', 'b', 'c'], other: 'x' })).toEqual([
      { code: 'maxSelections', params: { count: 3 } },
    ]);
    expect(codes('multi', { selected: ['a', 'b'], other: ' ' })).toEqual(['otherText']);
  });

  it('checks text length (in characters) and pattern', () => {
    expect(validateAnswer(q('long'), 'abcd')).toEqual([
      { code: 'maxLength', params: { count: 3, actual: 4 } },
    ]);
    expect(codes('long', '日本語')).toEqual([]);
    expect(codes('short', 'AB-1234')).toEqual(['maxLength']);
    expect(codes('short', 'ab-12')).toEqual(['pattern']);
    expect(codes('short', 'xAB-1')).toEqual(['pattern']);
  });

  it('checks numbers and dates against their limits', () => {
    expect(validateAnswer(q('number'), -1)).toEqual([{ code: 'min', params: { min: 0 } }]);
    expect(validateAnswer(q('number'), 101)).toEqual([{ code: 'max', params: { max: 100 } }]);
    expect(codes('number', 2.5)).toEqual(['integer']);
    expect(codes('decimal', 2.5)).toEqual([]);
    expect(validateAnswer(q('date'), '1999-12-31')).toEqual([
      { code: 'min', params: { min: '2000-01-01' } },
    ]);
    expect(codes('date', '2031-01-01')).toEqual(['max']);
  });

  it('checks every table cell against its column type, with row and column', () => {
    const value = {
      rows: [
        { id: 'y2023', cells: { text: 5, int: 1.5, dec: 'many', date: '2024-13-01', yn: 'maybe' } },
        { id: 'y2024', cells: { int: 11, date: '1999-01-01' } },
        { id: 'gone', cells: { int: 'ignored' } },
      ],
    };
    expect(validateAnswer(q('fixed'), value)).toEqual([
      {
        code: 'cellType',
        params: { context: 'text', row: 1, column: 1, rowId: 'y2023', columnId: 'text' },
      },
      {
        code: 'cellType',
        params: { context: 'integer', row: 1, column: 2, rowId: 'y2023', columnId: 'int' },
      },
      {
        code: 'cellType',
        params: { context: 'decimal', row: 1, column: 3, rowId: 'y2023', columnId: 'dec' },
      },
      {
        code: 'cellType',
        params: { context: 'date', row: 1, column: 4, rowId: 'y2023', columnId: 'date' },
      },
      {
        code: 'cellType',
        params: { context: 'yes-no', row: 1, column: 5, rowId: 'y2023', columnId: 'yn' },
      },
      { code: 'cellMax', params: { max: 10, row: 2, column: 2, rowId: 'y2024', columnId: 'int' } },
      {
        code: 'cellMin',
        params: { min: '2000-01-01', row: 2, column: 4, rowId: 'y2024', columnId: 'date' },
      },
    ]);
  });

  it('checks the number of rows of a dynamic table', () => {
    expect(validateAnswer(q('dynamic'), { rows: [{ id: 'r1', cells: { n: 1 } }] })).toEqual([
      { code: 'minRows', params: { count: 2 } },
    ]);
    const four = { rows: ['a', 'b', 'c', 'd'].map((id) => ({ id, cells: { n: 1 } })) };
    expect(codes('dynamic', four)).toEqual(['maxRows']);
  });

  it('checks citations are complete and links are web addresses', () => {
    const value = [
      { title: '', article: '5' },
      { title: 'Code', article: '7', link: 'javascript:alert(1)' },
    ];
    expect(validateAnswer(q('citations'), value)).toEqual([
      { code: 'citationIncomplete', params: { item: 1 } },
      { code: 'citationLink', params: { item: 2 } },
    ]);
  });

  it('checks attachments: how many, how large, which types', () => {
    expect(codes('attachments', [file('a.pdf'), file('b.pdf'), file('c.pdf')])).toEqual([
      'maxFiles',
    ]);
    expect(validateAnswer(q('attachments'), [file('big.pdf', 2 * 1048576)])).toEqual([
      { code: 'fileTooLarge', params: { name: 'big.pdf', limitMb: 1 } },
    ]);
    expect(validateAnswer(q('attachments'), [file('run.exe')])).toEqual([
      { code: 'fileType', params: { name: 'run.exe', accept: 'pdf, docx' } },
    ]);
  });

  it('checks a technical-assistance request says what is needed', () => {
    expect(codes('ta', { need: 'yes', types: [] })).toEqual(['taTypes']);
    expect(codes('ta', { need: 'yes', types: ['other'] })).toEqual(['taOtherType']);
    expect(codes('ta', { need: 'no', types: [] })).toEqual([]);
  });
});
