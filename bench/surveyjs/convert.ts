// A questionnaire definition → the closest SurveyJS JSON: chapters → pages, provisions → panels,
// each question type → the SurveyJS element a SurveyJS author would pick for it.
import type { Chapter, Definition, Instrument, Provision, Question } from '../../renderer/engine';
import { TA_TYPES } from '../../renderer/engine';
import { countryChoices } from './countries';
import { surveyName, toSurveyExpression } from './expression';
import { surveyText } from './text';

export type SurveyElement = Record<string, unknown>;
export interface SurveyJson {
  readonly title: Record<string, string>;
  readonly textUpdateMode: 'onTyping';
  readonly checkErrorsMode: 'onComplete';
  readonly pages: SurveyElement[];
}

const COUNTRY_SOURCE = 'bench_country_list';

function conditions(question: Question): SurveyElement {
  return {
    ...(question.required ? { isRequired: true } : {}),
    ...(question.visibleIf ? { visibleIf: toSurveyExpression(question.visibleIf) } : {}),
    ...(question.requiredIf ? { requiredIf: toSurveyExpression(question.requiredIf) } : {}),
  };
}

const plain = (values: readonly string[]) => values.map((value) => ({ value, text: value }));

function cellType(type: string): SurveyElement {
  switch (type) {
    case 'integer':
    case 'decimal':
      return { cellType: 'text', inputType: 'number' };
    case 'date':
      return { cellType: 'text', inputType: 'date' };
    case 'yes-no':
      return { cellType: 'boolean' };
    default:
      return { cellType: 'text' };
  }
}

function typed(question: Question, name: string): SurveyElement {
  switch (question.type) {
    case 'compliance':
      return { type: 'radiogroup', choices: plain(['yes', 'partial', 'no', 'not-applicable']) };
    case 'yes-no':
      return { type: 'boolean', valueTrue: 'yes', valueFalse: 'no' };
    case 'single-choice':
      return {
        type: 'radiogroup',
        choices: question.options.map((o) => ({ value: o.id, text: surveyText(o.label) })),
      };
    case 'multiple-choice':
      return {
        type: 'checkbox',
        choices: question.options.map((o) => ({ value: o.id, text: surveyText(o.label) })),
        ...(question.allowOther ? { showOtherItem: true } : {}),
        ...(question.minSelections ? { minSelectedChoices: question.minSelections } : {}),
        ...(question.maxSelections ? { maxSelectedChoices: question.maxSelections } : {}),
      };
    case 'short-text':
      return { type: 'text', ...(question.maxLength ? { maxLength: question.maxLength } : {}) };
    case 'long-text':
      return { type: 'comment', ...(question.maxLength ? { maxLength: question.maxLength } : {}) };
    case 'number':
      return {
        type: 'text',
        inputType: 'number',
        ...(question.min === undefined ? {} : { min: question.min }),
        ...(question.max === undefined ? {} : { max: question.max }),
      };
    case 'date':
      return { type: 'text', inputType: 'date' };
    case 'country':
      return { type: 'dropdown', choicesFromQuestion: COUNTRY_SOURCE };
    case 'table': {
      const columns = question.columns.map((c) => ({
        name: surveyName(c.id),
        title: surveyText(c.label),
        ...cellType(c.type),
      }));
      if (question.rows.kind === 'fixed') {
        const rows = question.rows.items.map((r) => ({ value: r.id, text: surveyText(r.label) }));
        return { type: 'matrixdropdown', columns, rows };
      }
      return {
        type: 'matrixdynamic',
        columns,
        rowCount: question.rows.minRows ?? 1,
        ...(question.rows.minRows ? { minRowCount: question.rows.minRows } : {}),
        ...(question.rows.maxRows ? { maxRowCount: question.rows.maxRows } : {}),
      };
    }
    case 'citations':
      return {
        type: 'paneldynamic',
        templateElements: [
          { type: 'text', name: 'title', title: 'Title' },
          { type: 'text', name: 'article', title: 'Article' },
          { type: 'text', name: 'link', title: 'Link', inputType: 'url' },
          { type: 'comment', name: 'excerpt', title: 'Excerpt' },
        ],
      };
    case 'attachments':
      return {
        type: 'file',
        allowMultiple: (question.maxFiles ?? 2) > 1,
        storeDataAsText: false,
        ...(question.maxFileBytes ? { maxSize: question.maxFileBytes } : {}),
        ...(question.accept
          ? { acceptedTypes: question.accept.map((a) => `.${a}`).join(',') }
          : {}),
      };
    case 'technical-assistance':
      return {
        type: 'panel',
        elements: [
          {
            type: 'radiogroup',
            name: `${name}_need`,
            title: 'Need',
            choices: plain(['yes', 'no']),
          },
          {
            type: 'checkbox',
            name: `${name}_types`,
            title: 'Types',
            choices: plain(TA_TYPES.filter((t) => t !== 'other')),
            showOtherItem: true,
            visibleIf: `{${name}_need} = 'yes'`,
          },
          {
            type: 'radiogroup',
            name: `${name}_priority`,
            title: 'Priority',
            choices: plain(['high', 'medium', 'low']),
            visibleIf: `{${name}_need} = 'yes'`,
          },
          { type: 'comment', name: `${name}_description`, title: 'Description' },
        ],
      };
  }
}

function element(question: Question): SurveyElement {
  const name = surveyName(question.id);
  return {
    name,
    title: surveyText(question.text),
    ...(question.help ? { description: surveyText(question.help) } : {}),
    ...typed(question, name),
    ...conditions(question),
  };
}

function panel(provision: Provision): SurveyElement {
  return {
    type: 'panel',
    name: surveyName(provision.id),
    title: surveyText(provision.title),
    description: surveyText(provision.summary),
    ...(provision.visibleIf ? { visibleIf: toSurveyExpression(provision.visibleIf) } : {}),
    elements: provision.questions.map(element),
  };
}

function both(a: string | undefined, b: string | undefined): string | undefined {
  if (a && b) return `(${toSurveyExpression(a)}) and (${toSurveyExpression(b)})`;
  const one = a ?? b;
  return one ? toSurveyExpression(one) : undefined;
}

function page(instrument: Instrument, chapter: Chapter): SurveyElement {
  const visibleIf = both(instrument.visibleIf, chapter.visibleIf);
  return {
    name: surveyName(chapter.id),
    title: surveyText(chapter.title),
    ...(visibleIf ? { visibleIf } : {}),
    elements: chapter.provisions.map(panel),
  };
}

export function toSurveyJson(definition: Definition): SurveyJson {
  const pages = definition.instruments.flatMap((i) => i.chapters.map((c) => page(i, c)));
  const first = pages[0];
  if (!first) throw new Error(`${definition.id} has no chapter to convert`);
  // Country dropdowns copy their ~250 choices from one hidden list instead of repeating them.
  const countries = {
    type: 'dropdown',
    name: COUNTRY_SOURCE,
    visible: false,
    choices: countryChoices(),
  };
  pages[0] = { ...first, elements: [countries, ...(first['elements'] as SurveyElement[])] };
  // Like Omnibus: answers saved as typed, and chapters open freely (required answers are
  // reported at the end, not by blocking "Next").
  return {
    title: surveyText(definition.title),
    textUpdateMode: 'onTyping',
    checkErrorsMode: 'onComplete',
    pages,
  };
}
