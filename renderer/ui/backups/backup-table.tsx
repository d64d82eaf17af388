import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../host/host';
import type { AssessmentRecord } from '../../storage/records';
import { formatDateTime } from '../common/format-time';
import { useLanguage } from '../common/use-language';
import { formatFileSize } from '../questions/file-size';

interface BackupTableProps {
  readonly backups: readonly BackupInfo[];
  readonly assessments: readonly AssessmentRecord[];
  readonly busy: boolean;
  readonly onRestore: (backup: BackupInfo, title: string) => void;
}

// The backups kept on this computer: which assessment, when, how big, and a restore button.
export function BackupTable({ backups, assessments, busy, onRestore }: BackupTableProps) {
  const { t } = useTranslation('durability');
  const language = useLanguage();
  const titleOf = (id: string) =>
    assessments.find((a) => a.id === id)?.title ?? t('backups.unknownAssessment');
  return (
    <table className="backups__table">
      <caption>{t('backups.count', { count: backups.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backups.assessment')}</th>
          <th scope="col">{t('backups.savedAt')}</th>
          <th scope="col">{t('backups.size')}</th>
          <th scope="col">{t('backups.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup, i) => {
          const title = titleOf(backup.assessmentId);
          const rowId = `backup-row-${i}`;
          return (
            <tr key={backup.id}>
              <th scope="row" id={`${rowId}-title`}>
                <bdi>{title}</bdi>
              </th>
              <td id={`${rowId}-date`}>
                <time dateTime={new Date(backup.savedAt).toISOString()}>
                  {formatDateTime(backup.savedAt, language)}
                </time>
              </td>
              <td>{formatFileSize(backup.size, language)}</td>
              <td>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  aria-describedby={`${rowId}-title ${rowId}-date`}
                  onClick={() => onRestore(backup, title)}
                >
                  {t('backups.restore')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
