import type { Question } from './definition';
import { definitionError, type DefinitionError } from './errors';

// Rules inside one question: unique option/column/row ids, sensible limits, a valid pattern.

function uniqueIds(
  items: readonly { id: string }[],
  listPath: string,
  what: string,
  qid: string,
): DefinitionError[] {
  const seen = new Set<string>();
  const errors: DefinitionError[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id))
      errors.push(
        definitionError(
          'duplicate-id',
          `${listPath}[${i}].id`,
          `duplicate ${what} id "${item.id}"`,
          qid,
        ),
      );
    seen.add(item.id);
  });
  return errors;
}

function range(
  min: number | string | undefined,
  max: number | string | undefined,
  path: string,
  names: readonly [string, string],
  qid: string,
): DefinitionError[] {
  if (min === undefined || max === undefined || min <= max) return [];
  const message = `${names[0]} (${min}) is greater than ${names[1]} (${max}), so no answer could be valid`;
  return [definitionError('invalid-range', path, message, qid)];
}

function patternErrors(pattern: string, path: string, qid: string): DefinitionError[] {
  try {
    new RegExp(pattern, 'u');
    return [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      definitionError(
        'invalid-pattern',
        `${path}.pattern`,
        `pattern is not a valid regular expression: ${reason}`,
        qid,
      ),
    ];
  }
}

export function checkQuestion(question: Question, path: string): DefinitionError[] {
  const qid = question.id;
  switch (question.type) {
    case 'single-choice':
      return uniqueIds(question.options, `${path}.options`, 'option', qid);
    case 'multiple-choice': {
      const errors = uniqueIds(question.options, `${path}.options`, 'option', qid);
      errors.push(
        ...range(
          question.minSelections,
          question.maxSelections,
          path,
          ['minSelections', 'maxSelections'],
          qid,
        ),
      );
      const available = question.options.length + (question.allowOther ? 1 : 0);
      if (question.minSelections !== undefined && question.minSelections > available) {
        const message = `minSelections (${question.minSelections}) is more than the ${available} choices offered`;
        errors.push(definitionError('invalid-range', `${path}.minSelections`, message, qid));
      }
      return errors;
    }
    case 'short-text':
      return question.pattern === undefined ? [] : patternErrors(question.pattern, path, qid);
    case 'number':
    case 'date':
      return range(question.min, question.max, path, ['min', 'max'], qid);
    case 'table': {
      const errors = uniqueIds(question.columns, `${path}.columns`, 'column', qid);
      question.columns.forEach((column, c) => {
        if (column.type === 'integer' || column.type === 'decimal' || column.type === 'date') {
          errors.push(
            ...range(column.min, column.max, `${path}.columns[${c}]`, ['min', 'max'], qid),
          );
        }
      });
      if (question.rows.kind === 'fixed')
        errors.push(...uniqueIds(question.rows.items, `${path}.rows.items`, 'row', qid));
      else
        errors.push(
          ...range(
            question.rows.minRows,
            question.rows.maxRows,
            `${path}.rows`,
            ['minRows', 'maxRows'],
            qid,
          ),
        );
      return errors;
    }
    default:
      return [];
  }
}
