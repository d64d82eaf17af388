import { useTranslation } from 'react-i18next';
import { localize } from '../../i18n/localized';
import { answerText } from '../answers/answer-text';
import { useLanguage } from '../common/use-language';
import type { AnswerSource } from './answer-source';
import type { AssessmentSession } from './session';

// Another window changed an answer this one was editing: the user decides, nothing is forced.
export function ConflictBanner({
  source,
  session,
}: {
  source: AnswerSource;
  session: AssessmentSession;
}) {
  const { t } = useTranslation(['fill', 'questions']);
  const language = useLanguage();
  if (source.conflicts.length === 0) return null;
  return (
    <section className="conflicts" role="alert" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('fill:conflict.title')}</h2>
      <ul>
        {source.conflicts.map((conflict) => {
          const place = session.index.provisions.get(
            session.index.questionToProvision.get(conflict.questionId) ?? '',
          );
          const question = place?.provision.questions.find((q) => q.id === conflict.questionId);
          if (!question) return null;
          return (
            <li key={conflict.questionId}>
              <p>{localize(question.text, language)}</p>
              <p>
                {t('fill:conflict.theirs', {
                  answer: answerText(question, conflict.theirs?.value, language, t),
                })}
              </p>
              <button
                type="button"
                className="secondary"
                onClick={() => source.resolveConflict(conflict.questionId, 'theirs')}
              >
                {t('fill:conflict.keepTheirs')}
              </button>
              <button
                type="button"
                onClick={() => source.resolveConflict(conflict.questionId, 'mine')}
              >
                {t('fill:conflict.keepMine')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
