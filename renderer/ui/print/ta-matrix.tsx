import type { TFunction } from 'i18next';
import {
  TA_TYPES,
  type AnswerValue,
  type TechnicalAssistanceAnswer,
} from '../../engine/definition';
import type { Language } from '../../i18n/languages';
import { localize } from '../../i18n/localized';
import type { EvaluatedState } from '../assessment/evaluated';
import type { ReportChapter } from './report-scope';

interface TaRow {
  readonly key: string;
  readonly provision: string;
  readonly answer: TechnicalAssistanceAnswer;
}

export function taRows(
  chapters: readonly ReportChapter[],
  state: EvaluatedState,
  answers: ReadonlyMap<string, AnswerValue>,
  language: Language,
  t: TFunction,
): TaRow[] {
  const rows: TaRow[] = [];
  for (const { provision } of chapters.flatMap((c) =>
    c.provisions.map((provision) => ({ provision })),
  )) {
    for (const question of provision.questions) {
      if (question.type !== 'technical-assistance' || !state.isVisible(question.id)) continue;
      const answer = answers.get(question.id) as TechnicalAssistanceAnswer | undefined;
      if (answer?.need !== 'yes') continue;
      const title = localize(provision.title, language);
      rows.push({
        key: question.id,
        provision: provision.article
          ? `${t('fill:article', { article: provision.article })} — ${title}`
          : title,
        answer,
      });
    }
  }
  return rows;
}

// Provision × type of assistance, each cell the priority asked for: the secretariat's planning view.
export function TaMatrix({ rows, t }: { rows: readonly TaRow[]; t: TFunction }) {
  if (rows.length === 0) return <p>{t('print:ta.none')}</p>;
  return (
    <table className="ta-matrix">
      <thead>
        <tr>
          <th scope="col">{t('print:ta.provision')}</th>
          {TA_TYPES.map((type) => (
            <th key={type} scope="col">
              {t(`questions:ta.type.${type}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.provision}</th>
            {TA_TYPES.map((type) => (
              <td
                key={type}
                className={
                  row.answer.types.includes(type)
                    ? `ta-cell ta-cell--${row.answer.priority ?? 'unset'}`
                    : 'ta-cell'
                }
              >
                {row.answer.types.includes(type)
                  ? row.answer.priority
                    ? t(`questions:ta.priority.${row.answer.priority}`)
                    : t('print:ta.requested')
                  : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
