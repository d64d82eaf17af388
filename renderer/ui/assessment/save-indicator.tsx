import { useTranslation } from 'react-i18next';
import { SaveStatusText } from '../save-status/save-status';
import type { AnswerSource } from './answer-source';

// Storage's save status (a live region), with undo and redo of answer changes.
export function SaveIndicator({ source }: { source: AnswerSource }) {
  const { t } = useTranslation('fill');
  return (
    <div className="save-controls">
      <SaveStatusText status={source.status} />
      <button type="button" className="secondary" disabled={!source.canUndo} onClick={source.undo}>
        {t('save.undo')}
      </button>
      <button type="button" className="secondary" disabled={!source.canRedo} onClick={source.redo}>
        {t('save.redo')}
      </button>
    </div>
  );
}
