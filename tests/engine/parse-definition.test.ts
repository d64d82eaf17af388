import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDefinition, parseDefinitionText } from '../../renderer/engine';
import { createRandom } from '../../scripts/generate-definition';
import { errorsOf, L, rawDefinition, type RawJson } from './helpers';

const Q = 'instruments[0].chapters[0].provisions[0].questions';
const qPath = (i: number) => `$.${Q}[${i}]`;

function base(): RawJson {
  return rawDefinition(
    [
      {
        id: 'status',
        type: 'single-choice',
        options: [
          { id: 'party', label: L('Party') },
          { id: 'none', label: L('None') },
        ],
      },
      { id: 'compliance', type: 'compliance', visibleIf: "{status} = 'party'" },
    ],
    [{ id: 'tip-yes', type: 'yes-no' }],
  );
}

describe('parseDefinition accepts', () => {
  it('a small valid definition', () => {
    expect(parseDefinition(base()).ok).toBe(true);
  });

  it('the shipped sample definition', () => {
    const result = parseDefinitionText(readFileSync('questionnaires/sample.json', 'utf8'));
    expect(result.ok).toBe(true);
  });
});

describe('parseDefinition reports each mistake with its place', () => {
  it('malformed JSON, with line and column', () => {
    const errors = errorsOf(undefined);
    expect(errors[0]?.code).toBe('invalid-value');
    const result = parseDefinitionText('{\n  "id": "x",\n  "version": "1.0.0",\n}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'json-syntax', path: '$' });
    expect(result.errors[0]?.message).toContain('line 4, column 1');
    expect(result.errors[0]?.message).toContain('remove the comma');
  });

  it.each([
    ['{"a": \'x\'}', 'line 1, column 7', 'double quotes'],
    ['{"a": 1', 'line 1, column 8', 'the end of the file'],
    ['', 'line 1, column 1', 'the file ends'],
    ['{"a": "x\ny"}', 'line 1, column 9', 'line break'],
    ['[1, 2,]', 'line 1, column 6', 'comma before "]"'],
    ['{"a": tru}', 'line 1, column 7', 'where a value was expected'],
    ['{} {}', 'line 1, column 4', 'after the end'],
  ])('JSON %j', (text, where, what) => {
    const result = parseDefinitionText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toContain(where);
    expect(result.errors[0]?.message).toContain(what);
  });

  it('a byte-order mark is not an error', () => {
    expect(parseDefinitionText(`\uFEFF${JSON.stringify(base())}`).ok).toBe(true);
  });

  it('an unknown question type, naming the known ones', () => {
    const input = base();
    input.instruments[0].chapters[0].provisions[0].questions[1].type = 'checkbox';
    const [error] = errorsOf(input);
    expect(error).toMatchObject({
      code: 'unknown-type',
      path: `${qPath(1)}.type`,
      questionId: 'compliance',
    });
    expect(error?.message).toContain('"checkbox" is unknown');
    expect(error?.message).toContain('technical-assistance');
  });

  it('a duplicate id', () => {
    const input = base();
    input.instruments[1].chapters[0].provisions[0].questions[0].id = 'status';
    const [error] = errorsOf(input);
    expect(error).toMatchObject({ code: 'duplicate-id', questionId: 'status' });
    expect(error?.path).toBe('$.instruments[1].chapters[0].provisions[0].questions[0].id');
    expect(error?.message).toContain(qPath(0));
  });

  it('a duplicate id across kinds (a question named like a provision)', () => {
    const input = base();
    input.instruments[0].chapters[0].provisions[0].questions[0].id = 'tip-art-5';
    expect(errorsOf(input).map((e) => e.code)).toContain('duplicate-id');
  });

  it('a reference to a missing question', () => {
    const input = base();
    input.instruments[0].chapters[0].provisions[0].questions[1].visibleIf = "{statuss} = 'party'";
    const [error] = errorsOf(input);
    expect(error).toMatchObject({
      code: 'unknown-reference',
      path: `${qPath(1)}.visibleIf`,
      questionId: 'compliance',
    });
    expect(error?.message).toContain('{statuss}');
  });

  it('a reference to something that is not a question', () => {
    const input = base();
    input.instruments[0].chapters[0].provisions[0].questions[1].visibleIf = 'answered({profile-p})';
    expect(errorsOf(input)[0]?.message).toContain('is a provision, not a question');
  });

  it('a syntax error in a condition, with the character', () => {
    const input = base();
    input.instruments[0].chapters[0].provisions[0].questions[1].requiredIf =
      "{status} = 'party' &&";
    const [error] = errorsOf(input);
    expect(error).toMatchObject({ code: 'expression-syntax', path: `${qPath(1)}.requiredIf` });
    expect(error?.message).toContain('character 20');
  });

  it('a cyclic condition', () => {
    const input = base();
    const questions = input.instruments[0].chapters[0].provisions[0].questions;
    questions[0].visibleIf = 'answered({compliance})';
    const errors = errorsOf(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('cycle');
    expect(errors[0]?.message).toMatch(
      /status → compliance → status|compliance → status → compliance/,
    );
  });

  it('a condition on itself and a cycle through a container', () => {
    const self = base();
    self.instruments[0].chapters[0].provisions[0].questions[0].visibleIf = 'answered({status})';
    expect(errorsOf(self)[0]?.code).toBe('cycle');
    const container = base();
    container.instruments[0].chapters[0].visibleIf = "{compliance} = 'yes'";
    expect(errorsOf(container).map((e) => e.code)).toEqual(['cycle']);
  });

  it('a missing language', () => {
    const input = base();
    delete input.instruments[0].chapters[0].provisions[0].questions[0].text.ru;
    const [error] = errorsOf(input);
    expect(error).toMatchObject({
      code: 'missing-language',
      path: `${qPath(0)}.text.ru`,
      questionId: 'status',
    });
    expect(error?.message).toContain('"ru" text is missing');
  });

  it('an empty translation and an extra language', () => {
    const input = base();
    input.title.fr = ' ';
    input.title.de = 'Test';
    const codes = errorsOf(input).map((e) => `${e.path} ${e.code}`);
    expect(codes).toEqual(
      expect.arrayContaining(['$.title.fr invalid-value', '$.title unknown-field']),
    );
  });

  it('a wrong version string and an unsupported formatVersion', () => {
    const input = base();
    input.version = 'v1';
    input.formatVersion = 2;
    const errors = errorsOf(input);
    expect(errors.find((e) => e.path === '$.version')).toMatchObject({ code: 'version' });
    expect(errors.find((e) => e.path === '$.version')?.message).toContain('"v1"');
    expect(errors.find((e) => e.path === '$.formatVersion')?.message).toContain('formatVersion 1');
  });

  it('a provision whose instrument does not match its parent', () => {
    const input = base();
    input.instruments[1].chapters[0].provisions[0].instrument = 'untoc';
    const [error] = errorsOf(input);
    expect(error).toMatchObject({
      code: 'instrument-mismatch',
      path: '$.instruments[1].chapters[0].provisions[0].instrument',
    });
    expect(error?.message).toContain('inside instrument "tip"');
  });

  it('a treaty provision without article or obligation', () => {
    const input = base();
    delete input.instruments[1].chapters[0].provisions[0].article;
    delete input.instruments[1].chapters[0].provisions[0].obligation;
    expect(errorsOf(input).map((e) => e.code)).toEqual(['missing-article', 'missing-obligation']);
  });

  it('an unknown field, with the question id', () => {
    const input = base();
    input.instruments[0].chapters[0].provisions[0].questions[0].visibleif = 'true';
    expect(errorsOf(input)[0]).toMatchObject({ code: 'unknown-field', questionId: 'status' });
  });

  it('a theme missing from the catalogue', () => {
    const input = base();
    input.themes = [{ id: 'prevention', title: L('Prevention') }];
    input.instruments[1].chapters[0].provisions[0].themes = ['prevention', 'criminalisation'];
    expect(errorsOf(input)[0]).toMatchObject({
      code: 'unknown-theme',
      path: '$.instruments[1].chapters[0].provisions[0].themes[1]',
    });
  });

  it('an option value a condition can never meet', () => {
    const input = base();
    input.instruments[0].chapters[0].provisions[0].questions[1].visibleIf =
      "{status} in ['party', 'signatory']";
    const [error] = errorsOf(input);
    expect(error?.code).toBe('unknown-option');
    expect(error?.message).toContain(
      "'signatory' is never a value of {status} (possible: party, none)",
    );
  });

  it('a field a question does not have', () => {
    const input = base();
    input.instruments[0].chapters[0].provisions[0].questions[1].visibleIf = "{status}.need = 'yes'";
    expect(errorsOf(input)[0]?.code).toBe('unknown-field-access');
  });

  it('limits that contradict each other and a broken pattern', () => {
    const input = rawDefinition([
      { id: 'n', type: 'number', min: 10, max: 1 },
      {
        id: 'm',
        type: 'multiple-choice',
        options: [
          { id: 'a', label: L('A') },
          { id: 'a', label: L('A') },
        ],
        minSelections: 3,
      },
      { id: 's', type: 'short-text', pattern: '([a-z' },
      { id: 'd', type: 'date', min: '2020-01-01', max: '2019-01-01' },
      {
        id: 't',
        type: 'table',
        columns: [{ id: 'c', type: 'integer', label: L('C'), min: 5, max: 0 }],
        rows: { kind: 'dynamic', minRows: 3, maxRows: 1 },
      },
    ]);
    const codes = errorsOf(input).map((e) => `${e.questionId} ${e.code}`);
    expect(codes).toEqual([
      'n invalid-range',
      'm invalid-range',
      'm duplicate-id',
      's invalid-pattern',
      'd invalid-range',
      't invalid-range',
      't invalid-range',
    ]);
  });

  it('bad crossReferences and replaces', () => {
    const input = base();
    const general = input.instruments[0].chapters[0].provisions[0].questions;
    general[1].crossReferences = ['tip-yes', 'status', 'nowhere'];
    general[0].replaces = ['old-status', 'compliance'];
    input.instruments[1].chapters[0].provisions[0].questions[0].replaces = ['old-status'];
    const messages = errorsOf(input).map((e) => `${e.code}: ${e.message}`);
    expect(messages).toEqual([
      'replaces: replaces: "compliance" is a question of this version; replaces lists ids of earlier versions only',
      expect.stringContaining('cross-reference: crossReferences: "tip-yes" is a yes-no question'),
      expect.stringContaining('"status" belongs to the same instrument'),
      expect.stringContaining('"nowhere" is not a question'),
      expect.stringContaining('"old-status" is already replaced by question "status"'),
    ]);
  });

  it('the reserved id "all"', () => {
    const input = base();
    input.instruments[0].chapters[0].id = 'all';
    expect(errorsOf(input)[0]?.message).toContain('reserved');
  });

  it('never crashes on random damage to the sample', () => {
    const random = createRandom(42);
    const junk = [null, 0, -1, 'x', '{', "{a} = '", [], {}, true, 'not-a-question', { en: 'only' }];
    const sample: RawJson = JSON.parse(readFileSync('questionnaires/sample.json', 'utf8'));
    const nodes = (
      value: RawJson,
      out: Array<[RawJson, string]> = [],
    ): Array<[RawJson, string]> => {
      if (value && typeof value === 'object') {
        for (const key of Object.keys(value)) {
          out.push([value, key]);
          nodes(value[key], out);
        }
      }
      return out;
    };
    for (let round = 0; round < 200; round += 1) {
      const copy: RawJson = structuredClone(sample);
      const all = nodes(copy);
      for (let hit = 0; hit < 3; hit += 1) {
        const [parent, key] = all[Math.floor(random() * all.length)]!;
        parent[key] = junk[Math.floor(random() * junk.length)];
      }
      const result = parseDefinition(copy);
      if (!result.ok)
        for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
    }
  });

  it('never crashes on arbitrary input', () => {
    const text = JSON.stringify(base());
    const inputs: unknown[] = [
      null,
      42,
      'text',
      [],
      {},
      { instruments: null },
      { instruments: [{ chapters: [{}] }] },
    ];
    for (const input of inputs) expect(parseDefinition(input).ok).toBe(false);
    for (let cut = 0; cut < text.length; cut += 37)
      expect(parseDefinitionText(text.slice(0, cut)).ok).toBe(false);
  });
});
