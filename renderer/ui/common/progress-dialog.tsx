import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';
import { ProgressBar } from './progress-bar';

export interface ProgressDialogProps {
  readonly title: string;
  readonly message: string;
  // 0..1, or null while the amount of work is unknown.
  readonly fraction: number | null;
  // Offered only where stopping is safe (nothing half-written is left behind).
  readonly onCancel?: () => void;
}

// For long work (import, export, PDF, restore): what is happening, how far along, and a way out.
export function ProgressDialog({ title, message, fraction, onCancel }: ProgressDialogProps) {
  const { t } = useTranslation();
  const percent = fraction === null ? null : Math.round(fraction * 100);
  return (
    <ModalDialog title={title} onClose={() => onCancel?.()} className="progress-dialog">
      <p role="status">{message}</p>
      {percent === null ? (
        <div
          className="progress__track progress__track--busy"
          role="progressbar"
          aria-label={message}
        />
      ) : (
        <ProgressBar
          label={message}
          value={percent}
          max={100}
          text={t('progress.percent', { percent })}
        />
      )}
      {onCancel && (
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
