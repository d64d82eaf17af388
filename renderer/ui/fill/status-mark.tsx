import { useTranslation } from 'react-i18next';
import type { NodeStatus, Progress } from '../assessment/evaluated';

// A shape (drawn by CSS, so it never depends on a font) plus its name for screen readers.
export function StatusMark({ status }: { status: NodeStatus }) {
  const { t } = useTranslation('fill');
  return (
    <span
      className={`status-mark status-mark--${status}`}
      role="img"
      aria-label={t(`status.${status}`)}
    />
  );
}

export function ProgressCount({ progress }: { progress: Progress }) {
  const { t } = useTranslation('fill');
  return (
    <span className="progress-count">
      <span aria-hidden="true">
        {t('progress.short', { answered: progress.answered, total: progress.total })}
      </span>
      <span className="visually-hidden">
        {t('progress.count', { answered: progress.answered, total: progress.total })}
      </span>
    </span>
  );
}
