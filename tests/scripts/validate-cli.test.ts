import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/definitions';

// Runs `npm run validate -- <files>` the way authors do (tsx on scripts/validate.ts).
function validate(...files: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...files], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run validate', () => {
  it('exits 0 and says so when every file is valid', () => {
    const { code, out, err } = validate(`${FIXTURES}/valid.json`, 'questionnaires/sample.json');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(`${FIXTURES}/valid.json: valid (fixture 1.2.0, 2 questions)`);
    expect(out).toContain('questionnaires/sample.json: valid (sample');
  });

  it('prints every error with its JSON path and question id, and exits 1', () => {
    const { code, err } = validate(`${FIXTURES}/several-errors.json`);
    expect(code).toBe(1);
    expect(err).toContain('several-errors.json: 3 errors');
    expect(err).toContain(
      '$.instruments[0].chapters[0].provisions[0].questions[0].type (question status): type "checkbox" is unknown',
    );
    expect(err).toContain(
      '$.instruments[0].chapters[0].provisions[0].questions[1].text.zh (question since): the "zh" text is missing',
    );
    expect(err).toContain('$.version: version "1.2" is not a semantic version');
  });

  it('reports malformed JSON with line and column', () => {
    const { code, err } = validate(`${FIXTURES}/malformed-json.txt`);
    expect(code).toBe(1);
    expect(err).toContain('not valid JSON at line 4, column 30');
  });

  it('reports a cycle between conditions', () => {
    const { code, err } = validate(`${FIXTURES}/cyclic.json`);
    expect(code).toBe(1);
    expect(err).toContain('status → since → status');
  });

  it('checks every file even after a bad one, and exits 1 if any is bad', () => {
    const { code, out, err } = validate(
      `${FIXTURES}/cyclic.json`,
      `${FIXTURES}/valid.json`,
      `${FIXTURES}/missing.json`,
    );
    expect(code).toBe(1);
    expect(out).toContain('valid.json: valid');
    expect(err).toContain('missing.json: cannot read the file (ENOENT)');
  });

  it('explains its usage when given no file', () => {
    const { code, err } = validate();
    expect(code).toBe(2);
    expect(err).toContain('usage: npm run validate');
  });
});
