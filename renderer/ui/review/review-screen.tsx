import { useFocusOnMount } from '../common/use-focus-on-mount';
import { useNow } from '../common/use-now';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../host';
import type { AssessmentSession } from '../assessment/session';
import { ProgressBar } from '../common/progress-bar';
import { useLanguage } from '../common/use-language';
import { PackagePanel } from '../export/package-panel';
import { Report } from '../print/report';
import { useRouter } from '../router/router';
import { BackLink } from '../common/back-link';
import { ChapterChecklist } from './chapter-checklist';
import { TodoList } from './todo-list';

export function ReviewScreen({ session, host }: { session: AssessmentSession; host: Host }) {
  const { t } = useTranslation(['review', 'fill']);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const language = useLanguage();
  const { navigate } = useRouter();
  const [readOnly, setReadOnly] = useState(false);
  const now = useNow();
  const { assessment, state } = session;
  const progress = state.progress('all');
  const blockers = state.blockers();
  const missing = blockers.filter((b) => b.issue.code === 'required').length;
  const errors = blockers.length - missing;
  return (
    <div className="review">
      <header className="screen-header">
        <div className="screen-header__titles">
          <BackLink to={{ kind: 'fill', assessmentId: assessment.id }} label={t('review:back')} />
          <h1 tabIndex={-1} ref={heading}>
            {t('review:title', { title: assessment.title })}
          </h1>
          <ProgressBar
            label={t('fill:progress.overall')}
            value={progress.answered}
            max={progress.total}
            text={t('fill:progress.count', { answered: progress.answered, total: progress.total })}
          />
          <p>
            {t('review:summary.missing', { count: missing })}{' '}
            {t('review:summary.errors', { count: errors })}
          </p>
        </div>
        <div className="screen-header__actions">
          <button
            type="button"
            className="secondary"
            onClick={() => navigate({ kind: 'print', assessmentId: assessment.id })}
          >
            {t('fill:actions.print')}
          </button>
          {assessment.status === 'complete' ? (
            <button
              type="button"
              className="secondary"
              onClick={() => session.markAssessmentComplete(false)}
            >
              {t('review:complete.reopen')}
            </button>
          ) : (
            <button
              type="button"
              disabled={blockers.length > 0}
              onClick={() => session.markAssessmentComplete(true)}
            >
              {t('review:complete.mark')}
            </button>
          )}
        </div>
      </header>
      <section aria-labelledby="review-todo">
        <h2 id="review-todo">{t('review:todo.title')}</h2>
        <TodoList session={session} />
      </section>
      <section aria-labelledby="review-chapters">
        <h2 id="review-chapters">{t('review:chapters.title')}</h2>
        <ChapterChecklist session={session} />
      </section>
      <PackagePanel session={session} host={host} />
      <section aria-labelledby="review-answers">
        <h2 id="review-answers">{t('review:answers.title')}</h2>
        <button
          type="button"
          className="secondary"
          aria-expanded={readOnly}
          onClick={() => setReadOnly(!readOnly)}
        >
          {readOnly ? t('review:answers.hide') : t('review:answers.show')}
        </button>
        {readOnly && <Report session={session} language={language} withCover={false} now={now} />}
      </section>
    </div>
  );
}
