import type { TFunction } from 'i18next';
import type { AnswerValue, Question } from '../../engine/definition';
import type { Language } from '../../i18n/languages';
import { localize } from '../../i18n/localized';
import { answerText } from '../answers/answer-text';
import { formatNumber } from '../questions/parse-number';

interface AnswerBlockProps {
  readonly question: Question;
  readonly value: AnswerValue | undefined;
  readonly language: Language;
  readonly t: TFunction;
}

function cellText(
  value: string | number | null | undefined,
  language: Language,
  t: TFunction,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return formatNumber(value, language);
  if (value === 'yes' || value === 'no') return t(`questions:yesNo.${value}`);
  return value;
}

// An answer written out in full, for the report and the read-only review.
export function AnswerBlock({ question, value, language, t }: AnswerBlockProps) {
  if (value === undefined)
    return <p className="answer answer--missing">{t('questions:unanswered')}</p>;
  if (question.type === 'table') {
    const rows = (
      value as { rows: { id: string; cells: Record<string, string | number | null> }[] }
    ).rows;
    const labels = new Map(
      question.rows.kind === 'fixed'
        ? question.rows.items.map((i) => [i.id, localize(i.label, language)])
        : [],
    );
    return (
      <table className="answer-table">
        <thead>
          <tr>
            <td />
            {question.columns.map((c) => (
              <th key={c.id} scope="col">
                {localize(c.label, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              <th scope="row">
                {labels.get(row.id) ?? t('questions:table.rowNumber', { number: index + 1 })}
              </th>
              {question.columns.map((c) => (
                <td key={c.id} dir="auto">
                  {cellText(row.cells[c.id], language, t)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (question.type === 'citations') {
    const list = value as { title: string; article: string; link?: string; excerpt?: string }[];
    return (
      <ul className="answer-citations">
        {list.map((c, i) => (
          <li key={i} dir="auto">
            <strong>{c.title}</strong>
            {c.article && (
              <span>{t('questions:citations.articleValue', { article: c.article })}</span>
            )}
            {c.link && <span className="answer-link">{c.link}</span>}
            {c.excerpt && <q>{c.excerpt}</q>}
          </li>
        ))}
      </ul>
    );
  }
  if (question.type === 'technical-assistance') {
    const ta = value as {
      need: string;
      types: string[];
      otherType?: string;
      priority?: string;
      description?: string;
    };
    return (
      <div className="answer">
        <p>{answerText(question, value, language, t)}</p>
        {ta.otherType && <p dir="auto">{t('questions:ta.otherValue', { text: ta.otherType })}</p>}
        {ta.priority && (
          <p>
            {t('questions:ta.priorityValue', {
              priority: t(`questions:ta.priority.${ta.priority}`),
            })}
          </p>
        )}
        {ta.description && <p dir="auto">{ta.description}</p>}
      </div>
    );
  }
  return (
    <p className="answer" dir="auto">
      {answerText(question, value, language, t)}
    </p>
  );
}
