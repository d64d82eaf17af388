// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { BackupSaveOutcome } from '../../renderer/host/host';
import { createAssessment } from '../../renderer/storage/assessments';
import type { BackupHost } from '../../renderer/storage/backup-scheduler';
import { useBackupScheduler } from '../../renderer/storage/hooks';
import { StorageProvider } from '../../renderer/storage/storage-context';
import { freshDb, memoryMarker, NEW_ASSESSMENT } from './helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Backups({ host }: { host: BackupHost }) {
  useBackupScheduler(host, 60_000);
  return null;
}

describe('useBackupScheduler', () => {
  it('backs up changed assessments when the page is left', async () => {
    memoryMarker();
    const db = freshDb();
    const a = await createAssessment(db, NEW_ASSESSMENT);
    const saveBackup = vi.fn((): Promise<BackupSaveOutcome> =>
      Promise.resolve({
        kind: 'stored',
        backup: { id: `${a.id}/b.zip`, assessmentId: a.id, savedAt: 0, size: 1 },
      }),
    );
    const host: BackupHost = {
      backupMode: 'folder',
      saveBackup,
      listBackups: () => Promise.resolve([]),
    };
    const root = createRoot(document.createElement('div'));
    await act(async () => {
      root.render(
        <StorageProvider db={db}>
          <Backups host={host} />
        </StorageProvider>,
      );
      await Promise.resolve();
    });
    expect(saveBackup).not.toHaveBeenCalled();
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await vi.waitFor(() =>
      expect(saveBackup).toHaveBeenCalledWith(a.id, expect.any(String), expect.any(Uint8Array)),
    );
    act(() => root.unmount());
    db.close();
  });
});
