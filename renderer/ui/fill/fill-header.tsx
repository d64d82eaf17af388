import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../i18n/localized';
import type { AssessmentSession } from '../assessment/session';
import { ProgressBar } from '../common/progress-bar';
import { useLanguage } from '../common/use-language';
import { useRouter } from '../router/router';
import { BackLink } from '../common/back-link';
import { AnswerLanguageSelect } from '../bilingual/answer-language-select';

export function FillHeader({
  session,
  saveControls,
}: {
  session: AssessmentSession;
  saveControls: ReactNode;
}) {
  const { t } = useTranslation('fill');
  const language = useLanguage();
  const { navigate } = useRouter();
  const { assessment, definition, state } = session;
  const progress = state.progress('all');
  return (
    <header className="screen-header">
      <div className="screen-header__titles">
        <BackLink to={{ kind: 'home' }} label={t('backHome')} />
        <h1 dir="auto">{assessment.title}</h1>
        <p className="muted">{localize(definition.title, language)}</p>
        <ProgressBar
          label={t('progress.overall')}
          value={progress.answered}
          max={progress.total}
          text={t('progress.count', { answered: progress.answered, total: progress.total })}
        />
      </div>
      <div className="screen-header__actions">
        {saveControls}
        <AnswerLanguageSelect />
        <button
          type="button"
          className="secondary"
          onClick={() => navigate({ kind: 'review', assessmentId: assessment.id })}
        >
          {t('actions.review')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => navigate({ kind: 'print', assessmentId: assessment.id })}
        >
          {t('actions.print')}
        </button>
      </div>
    </header>
  );
}
