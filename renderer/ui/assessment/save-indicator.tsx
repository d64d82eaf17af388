import { useTranslation } from 'react-i18next';
import type { AnswerSource } from './answer-source';

// Save state in a live region, with undo and redo of answer changes.
export function SaveIndicator({ source }: { source: AnswerSource }) {
  const { t } = useTranslation('fill');
  const { status } = source;
  const text =
    status.kind === 'idle'
      ? ''
      : status.kind === 'error'
        ? t(`save.error.${status.reason}`)
        : t(`save.${status.kind}`);
  return (
    <div className="save-controls">
      <p className={`save-indicator save-indicator--${status.kind}`} role="status">
        {text}
      </p>
      <button type="button" className="secondary" disabled={!source.canUndo} onClick={source.undo}>
        {t('save.undo')}
      </button>
      <button type="button" className="secondary" disabled={!source.canRedo} onClick={source.redo}>
        {t('save.redo')}
      </button>
    </div>
  );
}
