import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../../storage/autosave';

// Announced politely by screen readers; the region stays mounted so changes are heard.
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { t, i18n } = useTranslation('storage');
  let text = '';
  if (status.kind === 'saving') text = t('status.saving');
  else if (status.kind === 'saved') {
    const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(status.at);
    text = t('status.saved', { time });
  } else if (status.kind === 'error') {
    text = t(`status.${status.reason}`);
    if (status.retrying) text = `${text} ${t('status.retrying')}`;
  }
  return (
    <p className="save-status" role="status" aria-live="polite" data-kind={status.kind}>
      {text}
    </p>
  );
}
