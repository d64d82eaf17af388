import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRecord } from '../../storage/records';
import { formatDateTime, formatRelative } from '../common/format-time';
import { useLanguage } from '../common/use-language';
import { countryName } from '../questions/countries';

export type CardAction = 'open' | 'rename' | 'duplicate' | 'delete';

interface AssessmentCardProps {
  readonly assessment: AssessmentRecord;
  readonly questionnaireTitle: string;
  readonly progress: ReactNode;
  readonly now: number;
  readonly onAction: (action: CardAction) => void;
}

export function AssessmentCard({
  assessment,
  questionnaireTitle,
  progress,
  now,
  onAction,
}: AssessmentCardProps) {
  const { t } = useTranslation('home');
  const language = useLanguage();
  const titleId = useId();
  return (
    <li className="assessment-card" aria-labelledby={titleId}>
      <div className="assessment-card__main">
        <h2 id={titleId} dir="auto">
          {assessment.title}
        </h2>
        <p className="muted">
          {t('card.questionnaire', {
            title: questionnaireTitle,
            version: assessment.questionnaireVersion,
          })}
        </p>
        {assessment.state !== '' && <p>{countryName(assessment.state, language)}</p>}
        <p className="muted">
          <span className={`status-badge status-badge--${assessment.status}`}>
            {t(`status.${assessment.status}`)}
          </span>{' '}
          <span>
            {t('card.updated', {
              when: formatRelative(assessment.updatedAt, now, language),
              date: formatDateTime(assessment.updatedAt, language),
            })}
          </span>
        </p>
        {progress}
      </div>
      <div className="assessment-card__actions">
        <button type="button" aria-describedby={titleId} onClick={() => onAction('open')}>
          {t('card.open')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-describedby={titleId}
          onClick={() => onAction('rename')}
        >
          {t('card.rename')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-describedby={titleId}
          onClick={() => onAction('duplicate')}
        >
          {t('card.duplicate')}
        </button>
        <button
          type="button"
          className="danger-outline"
          aria-describedby={titleId}
          onClick={() => onAction('delete')}
        >
          {t('card.delete')}
        </button>
      </div>
    </li>
  );
}
