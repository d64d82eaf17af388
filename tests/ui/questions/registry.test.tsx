// @vitest-environment happy-dom
import type { i18n } from 'i18next';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../../questionnaires/sample.json';
import {
  parseDefinition,
  QUESTION_TYPES,
  type AnswerValue,
  type Question,
} from '../../../renderer/engine';
import { QuestionFrame } from '../../../renderer/ui/questions/question-frame';
import { CONTROLS } from '../../../renderer/ui/questions/registry';
import { click, render, testI18n, type, type Rendered } from '../render';

const parsed = parseDefinition(sample);
if (!parsed.ok) throw new Error('sample.json does not parse');
const questions = parsed.definition.instruments.flatMap((i) =>
  i.chapters.flatMap((c) => c.provisions.flatMap((p) => p.questions)),
);
const byType = (t: Question['type']) => questions.find((q) => q.type === t);

// A frame holding its own answer, as the fill screen does, recording every change.
function Harness({ question, log }: { question: Question; log: (AnswerValue | null)[] }) {
  const [value, setValue] = useState<AnswerValue | undefined>(undefined);
  return (
    <QuestionFrame
      question={question}
      value={value}
      required={question.required === true}
      issues={[]}
      onChange={(next) => {
        log.push(next);
        setValue(next ?? undefined);
      }}
    />
  );
}

let i18n: i18n;
let view: Rendered | undefined;
beforeAll(async () => {
  i18n = await testI18n('en');
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function show(question: Question | undefined, log: (AnswerValue | null)[] = []) {
  if (!question) throw new Error('sample lacks that type');
  view = await render(<Harness question={question} log={log} />, i18n);
  return view.container;
}

describe('question control registry', () => {
  it('has a control for every question type, and the sample exercises them all', () => {
    expect(Object.keys(CONTROLS).sort()).toEqual([...QUESTION_TYPES].sort());
    for (const type of QUESTION_TYPES) expect(byType(type), type).toBeDefined();
  });

  it('labels every control with its question text', async () => {
    for (const type of QUESTION_TYPES) {
      const question = byType(type);
      const container = await show(question);
      const labelId = container.querySelector('.question__text')?.id;
      expect(labelId, type).toBeTruthy();
      const labelled = container.querySelector(`[aria-labelledby~="${labelId}"]`);
      expect(labelled, `${type} has an element labelled by the question`).not.toBeNull();
      view?.unmount();
      view = undefined;
    }
  });

  it('stores a compliance answer as its code and clears it', async () => {
    const log: (AnswerValue | null)[] = [];
    const container = await show(byType('compliance'), log);
    expect(container.querySelector('[role=radiogroup]')).not.toBeNull();
    const radios = [...container.querySelectorAll('input[type=radio]')];
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual([
      'yes',
      'partial',
      'no',
      'not-applicable',
    ]);
    await click(radios[1] ?? null);
    await click(
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'Clear answer') ??
        null,
    );
    expect(log).toEqual(['partial', null]);
  });

  it('keeps "other, please specify" text in a multiple-choice answer', async () => {
    const log: (AnswerValue | null)[] = [];
    const container = await show(byType('multiple-choice'), log);
    const boxes = [...container.querySelectorAll('input[type=checkbox]')];
    await click(boxes[0] ?? null);
    await click(boxes.at(-1) ?? null);
    await type(container.querySelector('input[type=text]'), 'Ombudsperson');
    expect(log.at(-1)).toEqual({ selected: ['justice'], other: 'Ombudsperson' });
    expect(container.querySelector('input[type=text]')?.getAttribute('dir')).toBe('auto');
  });

  it('counts characters left on a limited text field', async () => {
    const question = byType('short-text');
    const container = await show(question);
    await type(container.querySelector('input'), 'abc');
    expect(container.querySelector('.char-count')?.textContent).toBe('197 characters left');
  });

  it('reads numbers as typed in the interface language and refuses words', async () => {
    const log: (AnswerValue | null)[] = [];
    await i18n.changeLanguage('fr');
    const container = await show(byType('number'), log);
    const input = container.querySelector('input');
    await type(input, '1 250');
    expect(log.at(-1)).toBe(1250);
    await type(input, 'beaucoup');
    expect(container.querySelector('[role=alert]')?.textContent).toContain(
      'Ce n’est pas un nombre',
    );
    expect(container.querySelector('.unit')?.textContent).toBe('agents');
    await i18n.changeLanguage('en');
  });

  it('adds and removes rows of a dynamic table', async () => {
    const log: (AnswerValue | null)[] = [];
    const container = await show(
      questions.find((q) => q.type === 'table' && q.rows.kind === 'dynamic'),
      log,
    );
    const add = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Add a row',
    );
    await click(add ?? null);
    await click(add ?? null);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
    await type(
      container.querySelector('input[aria-label="Programme, Row 1"]'),
      'Victim identification',
    );
    await click(
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'Remove Row 2') ??
        null,
    );
    expect(log.at(-1)).toEqual({
      rows: [{ id: 'row-1', cells: { title: 'Victim identification' } }],
    });
  });

  it('names countries in the interface language, in its alphabetical order', async () => {
    await i18n.changeLanguage('fr');
    const container = await show(byType('country'));
    const names = [...container.querySelectorAll('option')]
      .slice(1)
      .map((o) => o.textContent ?? '');
    expect(names).toContain('Allemagne');
    expect(names.indexOf('Afrique du Sud')).toBeLessThan(names.indexOf('Allemagne'));
    await i18n.changeLanguage('en');
  });

  it('asks for types and priority only when technical assistance is needed', async () => {
    const log: (AnswerValue | null)[] = [];
    const container = await show(byType('technical-assistance'), log);
    expect(container.querySelectorAll('input[type=checkbox]')).toHaveLength(0);
    await click(container.querySelector('input[type=radio][value=yes]'));
    await click(container.querySelector('input[type=checkbox]'));
    await click(container.querySelector('input[type=radio][value=high]'));
    expect(log.at(-1)).toEqual({ need: 'yes', types: ['legal-advice'], priority: 'high' });
  });
});
