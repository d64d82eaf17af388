import { useTranslation } from 'react-i18next';
import { useUndoShortcuts } from '../history/use-undo-shortcuts';
import { SaveStatusText } from '../save-status/save-status';
import type { AnswerSource } from './answer-source';

// Storage's save status (a live region), with undo and redo of answer changes.
export function SaveIndicator({ source }: { source: AnswerSource }) {
  const { t } = useTranslation('fill');
  useUndoShortcuts(source.undo, source.redo);
  return (
    <div className="save-controls">
      <SaveStatusText status={source.status} />
      <button
        type="button"
        className="secondary"
        disabled={!source.canUndo}
        onClick={source.undo}
        aria-keyshortcuts="Control+Z"
      >
        {t('save.undo')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={!source.canRedo}
        onClick={source.redo}
        aria-keyshortcuts="Control+Y"
      >
        {t('save.redo')}
      </button>
    </div>
  );
}
