import { answerAs } from './answers';
import type {
  AnswerValue,
  AnswerValueByType,
  Question,
  QuestionOf,
  QuestionType,
  TableColumn,
} from './definition';
import { hasValue } from './expression/evaluate';
import { isoDateSchema } from './answer-values';

// Issues are codes with parameters; the UI renders them with i18next `validation:<code>`
// (locales/<lang>/validation.json). `count` is the parameter i18next pluralizes on, and
// `context` selects a variant key (`cellType_integer`).
export const VALIDATION_CODES = [
  'required',
  'invalid',
  'option',
  'otherText',
  'min',
  'max',
  'integer',
  'pattern',
  'maxLength',
  'minSelections',
  'maxSelections',
  'minRows',
  'maxRows',
  'cellType',
  'cellMin',
  'cellMax',
  'citationIncomplete',
  'citationLink',
  'maxFiles',
  'fileTooLarge',
  'fileType',
  'taTypes',
  'taOtherType',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

export interface ValidationIssue {
  readonly code: ValidationCode;
  readonly params: Readonly<Record<string, string | number>>;
}

const issue = (
  code: ValidationCode,
  params: Record<string, string | number> = {},
): ValidationIssue => ({ code, params });

const length = (text: string): number => [...text].length;

// Patterns are compiled once each; the definition checks already proved they compile.
const patterns = new Map<string, RegExp>();
function wholeMatch(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(`^(?:${pattern})$`, 'u');
    patterns.set(pattern, compiled);
  }
  return compiled;
}

function bounds(
  value: number | string,
  min: number | string | undefined,
  max: number | string | undefined,
): ValidationIssue[] {
  if (min !== undefined && value < min) return [issue('min', { min })];
  if (max !== undefined && value > max) return [issue('max', { max })];
  return [];
}

function checkText(
  question: QuestionOf<'short-text'> | QuestionOf<'long-text'>,
  value: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (question.maxLength !== undefined && length(value) > question.maxLength) {
    issues.push(issue('maxLength', { count: question.maxLength, actual: length(value) }));
  }
  if (
    question.type === 'short-text' &&
    question.pattern !== undefined &&
    !wholeMatch(question.pattern).test(value)
  ) {
    issues.push(issue('pattern'));
  }
  return issues;
}

function checkMultipleChoice(
  question: QuestionOf<'multiple-choice'>,
  value: AnswerValueByType['multiple-choice'],
): ValidationIssue[] {
  const known = new Set(question.options.map((o) => o.id));
  const unknown = value.selected.find((id) => !known.has(id));
  if (unknown !== undefined) return [issue('option', { value: unknown })];
  if (value.other !== undefined && !question.allowOther) return [issue('invalid')];
  const issues: ValidationIssue[] = [];
  if (value.other !== undefined && value.other.trim() === '') issues.push(issue('otherText'));
  const chosen = value.selected.length + (value.other !== undefined ? 1 : 0);
  if (question.minSelections !== undefined && chosen < question.minSelections) {
    issues.push(issue('minSelections', { count: question.minSelections }));
  }
  if (question.maxSelections !== undefined && chosen > question.maxSelections) {
    issues.push(issue('maxSelections', { count: question.maxSelections }));
  }
  return issues;
}

function cellIssue(column: TableColumn, cell: string | number): ValidationIssue | null {
  switch (column.type) {
    case 'text':
      return typeof cell === 'string' ? null : issue('cellType', { context: 'text' });
    case 'yes-no':
      return cell === 'yes' || cell === 'no' ? null : issue('cellType', { context: 'yes-no' });
    case 'integer':
    case 'decimal': {
      if (
        typeof cell !== 'number' ||
        !Number.isFinite(cell) ||
        (column.type === 'integer' && !Number.isInteger(cell))
      ) {
        return issue('cellType', { context: column.type });
      }
      if (column.min !== undefined && cell < column.min)
        return issue('cellMin', { min: column.min });
      if (column.max !== undefined && cell > column.max)
        return issue('cellMax', { max: column.max });
      return null;
    }
    case 'date': {
      if (typeof cell !== 'string' || !isoDateSchema.safeParse(cell).success)
        return issue('cellType', { context: 'date' });
      if (column.min !== undefined && cell < column.min)
        return issue('cellMin', { min: column.min });
      if (column.max !== undefined && cell > column.max)
        return issue('cellMax', { max: column.max });
      return null;
    }
  }
}

function checkTable(
  question: QuestionOf<'table'>,
  value: AnswerValueByType['table'],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { rows } = question;
  if (rows.kind === 'dynamic') {
    if (rows.minRows !== undefined && value.rows.length < rows.minRows)
      issues.push(issue('minRows', { count: rows.minRows }));
    if (rows.maxRows !== undefined && value.rows.length > rows.maxRows)
      issues.push(issue('maxRows', { count: rows.maxRows }));
  }
  // Cells of columns or fixed rows no longer in the definition are ignored, not reported.
  const fixedRows = rows.kind === 'fixed' ? rows.items.map((r) => r.id) : null;
  value.rows.forEach((row, r) => {
    const rowNumber = fixedRows ? fixedRows.indexOf(row.id) + 1 : r + 1;
    if (rowNumber === 0) return;
    question.columns.forEach((column, c) => {
      const cell = row.cells[column.id];
      if (cell === undefined || cell === null || cell === '') return;
      const found = cellIssue(column, cell);
      if (found) {
        const where = { row: rowNumber, column: c + 1, rowId: row.id, columnId: column.id };
        issues.push(issue(found.code, { ...found.params, ...where }));
      }
    });
  });
  return issues;
}

function checkCitations(value: AnswerValueByType['citations']): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  value.forEach((citation, i) => {
    if (citation.title.trim() === '' || citation.article.trim() === '')
      issues.push(issue('citationIncomplete', { item: i + 1 }));
    if (
      citation.link !== undefined &&
      citation.link.trim() !== '' &&
      !/^https?:\/\/\S+$/.test(citation.link.trim())
    ) {
      issues.push(issue('citationLink', { item: i + 1 }));
    }
  });
  return issues;
}

function checkAttachments(
  question: QuestionOf<'attachments'>,
  value: AnswerValueByType['attachments'],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (question.maxFiles !== undefined && value.length > question.maxFiles)
    issues.push(issue('maxFiles', { count: question.maxFiles }));
  for (const file of value) {
    if (question.maxFileBytes !== undefined && file.size > question.maxFileBytes) {
      issues.push(
        issue('fileTooLarge', {
          name: file.name,
          limitMb: Math.round((question.maxFileBytes / 1048576) * 100) / 100,
        }),
      );
    }
    const extension = file.name.includes('.')
      ? (file.name.split('.').pop() ?? '').toLowerCase()
      : '';
    if (question.accept !== undefined && !question.accept.includes(extension)) {
      issues.push(issue('fileType', { name: file.name, accept: question.accept.join(', ') }));
    }
  }
  return issues;
}

function checkTechnicalAssistance(
  value: AnswerValueByType['technical-assistance'],
): ValidationIssue[] {
  if (value.need !== 'yes') return [];
  if (value.types.length === 0) return [issue('taTypes')];
  if (value.types.includes('other') && (value.otherType ?? '').trim() === '')
    return [issue('taOtherType')];
  return [];
}

const none = (): ValidationIssue[] => [];

// One validator per type; the compiler checks that every type has one.
const VALIDATORS: {
  readonly [T in QuestionType]: (
    question: QuestionOf<T>,
    value: AnswerValueByType[T],
  ) => ValidationIssue[];
} = {
  compliance: none,
  'yes-no': none,
  country: none,
  'single-choice': (question, value) =>
    question.options.some((o) => o.id === value) ? [] : [issue('option', { value })],
  'multiple-choice': checkMultipleChoice,
  'short-text': checkText,
  'long-text': checkText,
  number: (question, value) => {
    if (question.integer && !Number.isInteger(value)) return [issue('integer')];
    return bounds(value, question.min, question.max);
  },
  date: (question, value) => bounds(value, question.min, question.max),
  table: checkTable,
  citations: (_question, value) => checkCitations(value),
  attachments: checkAttachments,
  'technical-assistance': (_question, value) => checkTechnicalAssistance(value),
};

// The issues of an answered question's value (whether it is required is the evaluator's call).
export function validateAnswer(question: Question, value: unknown): ValidationIssue[] {
  if (!hasValue(value)) return [];
  const typed = answerAs(question, value);
  if (typed === null) return [issue('invalid')];
  const validate = VALIDATORS[question.type] as (
    question: Question,
    value: AnswerValue,
  ) => ValidationIssue[];
  return validate(question, typed);
}
