import { useTranslation } from 'react-i18next';
import type { SaveState } from './answer-source';

// Interim save status in a live region; storage's SaveStatus component replaces it.
export function SaveIndicator({ save }: { save: SaveState }) {
  const { t } = useTranslation('fill');
  return (
    <p className={`save-indicator save-indicator--${save.kind}`} role="status">
      {save.kind === 'idle'
        ? ''
        : t(`save.${save.kind}`, save.kind === 'error' ? { message: save.message } : {})}
    </p>
  );
}
