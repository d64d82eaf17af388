import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../host/host';
import { syncMarker } from '../../storage/assessments';
import { migrationBackups } from '../../storage/backup-scheduler';
import { useBackupScheduler } from '../../storage/hooks';
import { openStorage, type StorageOpenResult } from '../../storage/open-storage';
import { restoreLatestBackups } from '../../storage/restore';
import { restoreSnapshot } from '../../storage/snapshot';
import { StorageProvider } from '../../storage/storage-context';
import type { OmnibusDb } from '../../storage/database';

const OPEN_KEYS = {
  unavailable: 'open.unavailable',
  damaged: 'open.damaged',
  'newer-version': 'open.newerVersion',
  quota: 'open.quota',
} as const;

function Backups({ host }: { host: Host }) {
  useBackupScheduler(host);
  return null;
}

// Opens storage before anything reads it, and shows what went wrong instead of an empty app:
// no storage, a damaged or newer database, or assessments gone missing (offering the backups).
export function StorageGate({ host, children }: { host: Host; children: ReactNode }) {
  const { t } = useTranslation('storage');
  const [state, setState] = useState<StorageOpenResult | null>(null);
  useEffect(() => {
    let live = true;
    void openStorage({ beforeMigration: migrationBackups(host) }).then((result) => {
      if (live) setState(result);
    });
    return () => {
      live = false;
    };
  }, [host]);

  if (state === null) return null;
  if (state.kind === 'failed') {
    return (
      <p className="storage-problem" role="alert">
        {t(OPEN_KEYS[state.reason])}
      </p>
    );
  }
  if (state.kind === 'data-missing') {
    const db = state.db;
    return (
      <DataMissing
        host={host}
        db={db}
        expected={state.expected}
        onDone={() => setState({ kind: 'ready', db, persisted: false })}
      />
    );
  }
  return (
    <StorageProvider db={state.db}>
      <Backups host={host} />
      {children}
    </StorageProvider>
  );
}

type Progress = { kind: 'idle' } | { kind: 'working' } | { kind: 'message'; text: string };

function DataMissing(props: { host: Host; db: OmnibusDb; expected: number; onDone: () => void }) {
  const { host, db, expected, onDone } = props;
  const { t } = useTranslation('storage');
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });

  const run = (task: () => Promise<string | null>) => {
    setProgress({ kind: 'working' });
    task().then(
      (text) => (text === null ? onDone() : setProgress({ kind: 'message', text })),
      (error: unknown) =>
        setProgress({ kind: 'message', text: t('backups.invalid', { message: String(error) }) }),
    );
  };
  const restoreLatest = () =>
    run(async () =>
      (await restoreLatestBackups(db, host)) > 0 ? null : t('dataMissing.noBackups'),
    );
  const pickFile = () =>
    run(async () => {
      const file = await host.pickBackupFile();
      if (!file) return t('dataMissing.noBackups');
      const outcome = await restoreSnapshot(db, file.data, 'original');
      return outcome.ok ? null : t('backups.invalid', { message: outcome.message });
    });

  // The user accepts the loss: the marker is reset so the question is not asked again.
  const giveUp = () => run(async () => (await syncMarker(db), null));

  return (
    <section className="data-missing" aria-labelledby="data-missing-title">
      <h1 id="data-missing-title">{t('dataMissing.title')}</h1>
      <p>{t('dataMissing.body', { count: expected })}</p>
      <p role="status" aria-live="polite">
        {progress.kind === 'working'
          ? t('dataMissing.restoring')
          : progress.kind === 'message'
            ? progress.text
            : ''}
      </p>
      <div className="data-missing__actions">
        {host.backupMode === 'folder' ? (
          <button type="button" onClick={restoreLatest} disabled={progress.kind === 'working'}>
            {t('dataMissing.restore')}
          </button>
        ) : null}
        <button type="button" onClick={pickFile} disabled={progress.kind === 'working'}>
          {t('dataMissing.pick')}
        </button>
        <button type="button" onClick={giveUp} disabled={progress.kind === 'working'}>
          {t('dataMissing.continue')}
        </button>
      </div>
    </section>
  );
}
