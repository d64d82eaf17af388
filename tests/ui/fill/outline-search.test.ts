import { describe, expect, it } from 'vitest';
import sample from '../../../questionnaires/sample.json';
import { createEvaluator, parseDefinition, type AnswerValue } from '../../../renderer/engine';
import { nodeStatus } from '../../../renderer/ui/assessment/evaluated';
import { buildOutline } from '../../../renderer/ui/fill/outline';
import { searchDefinition } from '../../../renderer/ui/fill/search';

const parsed = parseDefinition(sample);
if (!parsed.ok) throw new Error('sample.json does not parse');
const definition = parsed.definition;
const evaluator = createEvaluator(definition);
const stateOf = (answers: Record<string, AnswerValue>) =>
  evaluator.evaluate(new Map(Object.entries(answers)));
const ids = (outline: ReturnType<typeof buildOutline>) => outline.provisions.map((p) => p.id);

describe('navigation outline', () => {
  it('shows only the instruments the profile makes relevant', () => {
    const none = stateOf({});
    expect(ids(buildOutline(definition, (id) => none.isVisible(id)))).toEqual(['profile-state']);
    const party = stateOf({ 'profile-status-untoc': 'party', 'profile-status-tip': 'party' });
    expect(ids(buildOutline(definition, (id) => party.isVisible(id)))).toEqual([
      'profile-state',
      'untoc-art-5',
      'untoc-art-29',
      'tip-art-10',
    ]);
  });

  it('filters by theme and keeps the general chapters', () => {
    const party = stateOf({ 'profile-status-untoc': 'party', 'profile-status-tip': 'party' });
    const outline = buildOutline(definition, (id) => party.isVisible(id), {
      obligation: 'all',
      theme: 'criminalization',
    });
    expect(ids(outline)).toEqual(['profile-state', 'untoc-art-5']);
  });
});

describe('search', () => {
  const all = () => true;
  it('finds question text in the interface language and jumps to its provision', () => {
    const hits = searchDefinition(definition, 'en', 'e-mail', all);
    expect(hits).toEqual([
      {
        provisionId: 'profile-state',
        questionId: 'profile-contact-email',
        text: expect.stringContaining('E-mail'),
      },
    ]);
  });
  it('ignores case and accents, in each language', () => {
    const fr = searchDefinition(definition, 'fr', 'ETAT', all);
    expect(fr.length).toBeGreaterThan(0);
    expect(searchDefinition(definition, 'en', 'état', all)).toEqual([]);
  });
  it('does not search hidden questions or single letters', () => {
    expect(searchDefinition(definition, 'en', 'e', all)).toEqual([]);
    expect(
      searchDefinition(definition, 'en', 'officials were trained', (id) => !id.startsWith('tip')),
    ).toEqual([]);
  });
});

describe('progress marks', () => {
  it('tells not started, in progress, complete and errors apart', () => {
    expect(nodeStatus({ answered: 0, required: 2, requiredAnswered: 0, total: 3 }, 0)).toBe(
      'not-started',
    );
    expect(nodeStatus({ answered: 1, required: 2, requiredAnswered: 1, total: 3 }, 0)).toBe(
      'in-progress',
    );
    expect(nodeStatus({ answered: 2, required: 2, requiredAnswered: 2, total: 3 }, 0)).toBe(
      'complete',
    );
    expect(nodeStatus({ answered: 3, required: 0, requiredAnswered: 0, total: 3 }, 0)).toBe(
      'complete',
    );
    expect(nodeStatus({ answered: 3, required: 0, requiredAnswered: 0, total: 3 }, 1)).toBe(
      'has-errors',
    );
  });
});
