import { useTranslation } from 'react-i18next';
import { localize } from '../../i18n/localized';
import type { AssessmentSession } from '../assessment/session';
import { useLanguage } from '../common/use-language';
import { useRouter } from '../router/router';

// Every missing required answer and every error, each a link straight to its question.
export function TodoList({ session }: { session: AssessmentSession }) {
  const { t } = useTranslation(['review', 'validation', 'fill']);
  const language = useLanguage();
  const { navigate } = useRouter();
  const { state, index, assessment } = session;
  const blockers = state.blockers();
  if (blockers.length === 0) return <p className="success-note">{t('review:todo.none')}</p>;
  return (
    <ul className="todo-list">
      {blockers.map(({ questionId, issue }) => {
        const place = index.provisions.get(index.questionToProvision.get(questionId) ?? '');
        const question = place?.provision.questions.find((q) => q.id === questionId);
        if (!place || !question) return null;
        const where = place.provision.article
          ? t('fill:article', { article: place.provision.article })
          : localize(place.chapter.title, language);
        return (
          <li
            key={`${questionId}/${issue.code}`}
            className={issue.code === 'required' ? 'todo todo--missing' : 'todo todo--error'}
          >
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ kind: 'fill', assessmentId: assessment.id, questionId })}
            >
              {`${localize(place.instrument.shortTitle, language)} · ${where} — ${localize(question.text, language)}`}
            </button>
            <span className="todo__issue">
              {t(`validation:${issue.code}`, {
                ...issue.params,
                defaultValue: t('review:todo.invalid'),
              })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
