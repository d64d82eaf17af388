// The omnibus definition as the app's engine sees it: it parses, and the answers a focal point
// gives switch instruments and follow-up questions on and off as intended.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  parseDefinition,
  type AnswerValue,
  type Definition,
} from '../../renderer/engine/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = 'questionnaires/untoc-omnibus.json';
const parsed = parseDefinition(JSON.parse(readFileSync(resolve(ROOT, FILE), 'utf8')));

function definition(): Definition {
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return parsed.definition;
}

const evaluate = (answers: Record<string, AnswerValue>) =>
  createEvaluator(definition()).evaluate(new Map(Object.entries(answers)));

describe('untoc-omnibus in the engine', () => {
  it('parses with no errors', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('passes npm run validate', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/validate.ts', FILE], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
    expect(out).toContain(`${FILE}: valid (untoc-omnibus 1.0.0`);
  });

  it('shows an instrument only to parties and signatories', () => {
    const state = evaluate({
      'profile-status-untoc': 'party',
      'profile-status-tip': 'signatory',
      'profile-status-som': 'neither',
    });
    expect(['untoc', 'tip', 'som', 'firearms'].map((id) => state.isVisible(id))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(state.isVisible('som-art-6-compliance')).toBe(false);
    expect(state.isVisible('general')).toBe(true);
    expect(state.isVisible('closing')).toBe(true);
  });

  it('asks for legislation, examples and statistics after a yes, planned steps after a no', () => {
    const base = { 'profile-status-untoc': 'party' } as const;
    const yes = evaluate({ ...base, 'untoc-art-5-compliance': 'yes' });
    expect(yes.isRequired('untoc-art-5-legislation')).toBe(true);
    expect(yes.isVisible('untoc-art-5-examples')).toBe(true);
    expect(yes.isVisible('untoc-art-5-statistics')).toBe(true);
    expect(yes.isVisible('untoc-art-5-planned-steps')).toBe(false);

    const no = evaluate({ ...base, 'untoc-art-5-compliance': 'no' });
    expect(no.isVisible('untoc-art-5-planned-steps')).toBe(true);
    expect(no.isVisible('untoc-art-5-legislation')).toBe(false);
    expect(no.isVisible('untoc-art-5-statistics')).toBe(false);
    expect(no.isVisible('untoc-art-5-ta')).toBe(true);

    const notApplicable = evaluate({ ...base, 'untoc-art-5-compliance': 'not-applicable' });
    expect(notApplicable.isVisible('untoc-art-5-challenges')).toBe(false);
    expect(notApplicable.isVisible('untoc-art-5-ta')).toBe(false);
  });

  it('blocks completion on a yes without legislation cited, and on a malformed e-mail', () => {
    const state = evaluate({
      'profile-status-untoc': 'party',
      'untoc-art-10-compliance': 'partial',
      'profile-focal-point-email': 'focal point at the ministry',
    });
    const blocked = state.blockers().map((b) => `${b.questionId}:${b.issue.code}`);
    expect(blocked).toContain('untoc-art-10-legislation:required');
    expect(blocked).toContain('profile-focal-point-email:pattern');
    expect(blocked).not.toContain('untoc-art-10-planned-steps:required');
  });

  it('asks who gave the assistance only once the State says it received some', () => {
    expect(evaluate({}).isVisible('closing-ta-received-list')).toBe(false);
    const received = evaluate({ 'closing-ta-received': 'yes' });
    expect(received.isRequired('closing-ta-received-list')).toBe(true);
    const priorities = evaluate({ 'closing-ta-priorities': { selected: ['training'] } });
    expect(priorities.isRequired('closing-ta-priority')).toBe(true);
  });
});
