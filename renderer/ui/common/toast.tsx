import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface ToastProps {
  readonly message: string;
  readonly actionLabel?: string;
  readonly onAction?: () => void;
  readonly onDismiss: () => void;
  readonly timeoutMs?: number;
}

// A polite message with an optional action such as Undo; it stays while focus is in it.
export function Toast({
  message,
  actionLabel,
  onAction,
  onDismiss,
  timeoutMs = 12_000,
}: ToastProps) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDismiss, timeoutMs]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" className="link-button" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('actions.dismiss')}
      </button>
    </div>
  );
}
