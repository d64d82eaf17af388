import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, Host } from '../../host/host';
import { useAssessments } from '../../storage/hooks';
import { useDatabase } from '../../storage/storage-context';
import { ConfirmDialog } from '../common/confirm-dialog';
import { formatDateTime } from '../common/format-time';
import { isolate } from '../export/bidi';
import { useLanguage } from '../common/use-language';
import { useRouter } from '../router/router';
import {
  backUpNow,
  pickBackup,
  restoreFile,
  restoreKept,
  type BackupOutcome,
} from './backup-actions';
import { BackupNowForm } from './backup-now-form';
import { BackupTable } from './backup-table';
import { StorageInfo } from './storage-info';
import { useBackupList } from './use-backup-list';
import './backups.css';

type Confirm =
  | { readonly kind: 'none' }
  | { readonly kind: 'kept'; readonly backup: BackupInfo; readonly title: string }
  | { readonly kind: 'file'; readonly data: Uint8Array; readonly title: string };

// Kept as a key and values, not text, so it follows a change of interface language.
type Message = {
  readonly key: 'invalid' | 'restored' | 'stored' | 'downloaded' | 'working' | 'failed';
  readonly values?: Readonly<Record<string, string>>;
} | null;

// Backups of every assessment: list and restore (desktop), download and restore from a file
// (both), and how much of the device the answers use.
export function BackupsScreen({ host }: { host: Host }) {
  const { t } = useTranslation('durability');
  const language = useLanguage();
  const db = useDatabase();
  const { navigate } = useRouter();
  const assessments = useAssessments();
  const { list, reload } = useBackupList(host);
  const [confirm, setConfirm] = useState<Confirm>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const say = (outcome: BackupOutcome) => {
    if (outcome.kind === 'cancelled') return setMessage(null);
    if (outcome.kind === 'invalid')
      return setMessage({ key: 'invalid', values: { message: outcome.message } });
    if (outcome.kind === 'restored')
      return setMessage({ key: 'restored', values: { title: isolate(outcome.title) } });
    setMessage({ key: outcome.kind });
  };
  const run = (work: () => Promise<BackupOutcome>) => {
    setBusy(true);
    setMessage({ key: 'working' });
    work()
      .then(say, (error: unknown) =>
        setMessage({ key: 'failed', values: { message: String(error) } }),
      )
      .finally(() => {
        setBusy(false);
        reload();
      });
  };
  const onPick = () =>
    void pickBackup(host).then((picked) =>
      picked.kind === 'picked'
        ? setConfirm({ kind: 'file', data: picked.data, title: picked.title })
        : say(picked),
    );
  const confirmed = () => {
    const current = confirm;
    setConfirm({ kind: 'none' });
    if (current.kind === 'kept') run(() => restoreKept(db, host, current.backup.id));
    if (current.kind === 'file') run(() => restoreFile(db, host, current.data));
  };

  return (
    <section className="backups" aria-labelledby="backups-title">
      <div className="screen-header">
        <div className="screen-header__titles">
          <h1 id="backups-title">{t('backups.title')}</h1>
          <p>
            {host.backupMode === 'folder' ? t('backups.introFolder') : t('backups.introDownload')}
          </p>
        </div>
        <div className="screen-header__actions">
          <button type="button" className="secondary" onClick={() => navigate({ kind: 'home' })}>
            {t('backups.back')}
          </button>
        </div>
      </div>
      <p
        className={
          message?.key === 'invalid' || message?.key === 'failed'
            ? 'field-error'
            : 'backups__message'
        }
        role="status"
        aria-live="polite"
      >
        {message ? t(`backups.${message.key}`, message.values) : ''}
      </p>
      <StorageInfo />
      {host.backupMode === 'folder' && (
        <section className="backups__section" aria-labelledby="backups-kept-title">
          <h2 id="backups-kept-title">{t('backups.kept')}</h2>
          {list.kind === 'failed' && (
            <p className="field-error">{t('backups.listFailed', { message: list.message })}</p>
          )}
          {list.kind === 'ready' && list.backups.length === 0 && <p>{t('backups.none')}</p>}
          {list.kind === 'ready' && list.backups.length > 0 && (
            <BackupTable
              backups={list.backups}
              assessments={assessments ?? []}
              busy={busy}
              onRestore={(backup, title) => setConfirm({ kind: 'kept', backup, title })}
            />
          )}
        </section>
      )}
      <section className="backups__section" aria-labelledby="backups-make-title">
        <h2 id="backups-make-title">{t('backups.make')}</h2>
        <BackupNowForm
          assessments={assessments ?? []}
          busy={busy}
          label={host.backupMode === 'folder' ? t('backups.backUpNow') : t('backups.download')}
          onBackUp={(a) => run(() => backUpNow(db, host, a.id, a.title))}
        />
      </section>
      <section className="backups__section" aria-labelledby="backups-file-title">
        <h2 id="backups-file-title">{t('backups.fromFile')}</h2>
        <p>{t('backups.fromFileHelp')}</p>
        <button type="button" className="secondary" disabled={busy} onClick={onPick}>
          {t('backups.pick')}
        </button>
      </section>
      {confirm.kind !== 'none' && (
        <ConfirmDialog
          title={t('backups.confirmTitle')}
          message={
            confirm.kind === 'kept'
              ? t('backups.confirmKept', {
                  title: isolate(confirm.title),
                  time: isolate(formatDateTime(confirm.backup.savedAt, language)),
                })
              : t('backups.confirmFile', { title: isolate(confirm.title) })
          }
          confirmLabel={t('backups.restore')}
          onConfirm={confirmed}
          onCancel={() => setConfirm({ kind: 'none' })}
        />
      )}
    </section>
  );
}
