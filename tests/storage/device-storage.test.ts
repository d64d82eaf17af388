import { describe, expect, it, vi } from 'vitest';
import { migrationBackups } from '../../renderer/storage/backup-scheduler';
import { requestPersistentStorage, storageUsage } from '../../renderer/storage/device-storage';

const manager = (over: Partial<StorageManager>) => over as StorageManager;

describe('device storage', () => {
  it('asks for persistent storage once, and reports what the browser granted', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(
      await requestPersistentStorage(manager({ persisted: () => Promise.resolve(false), persist })),
    ).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    const again = vi.fn(() => Promise.resolve(true));
    expect(
      await requestPersistentStorage(
        manager({ persisted: () => Promise.resolve(true), persist: again }),
      ),
    ).toBe(true);
    expect(again).not.toHaveBeenCalled();
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(
      await requestPersistentStorage(
        manager({ persist: () => Promise.reject(new Error('denied')) }),
      ),
    ).toBe(false);
  });

  it('reports usage and quota, or null when the browser will not say', async () => {
    const estimate = () => Promise.resolve({ usage: 1_500, quota: 10_000 });
    expect(await storageUsage(manager({ estimate }))).toEqual({ usage: 1_500, quota: 10_000 });
    expect(await storageUsage(manager({ estimate: () => Promise.resolve({}) }))).toBeNull();
    expect(await storageUsage(undefined)).toBeNull();
  });

  it('sends pre-migration snapshots to the backup folder, never as downloads', async () => {
    const saveBackup = vi.fn(() => Promise.resolve({ kind: 'downloaded' as const }));
    const listBackups = () => Promise.resolve([]);
    await migrationBackups({ backupMode: 'folder', saveBackup, listBackups })(
      'a1',
      new Uint8Array([1]),
    );
    expect(saveBackup).toHaveBeenCalledWith(
      'a1',
      expect.stringContaining('before-update'),
      new Uint8Array([1]),
    );
    saveBackup.mockClear();
    await migrationBackups({ backupMode: 'download', saveBackup, listBackups })(
      'a1',
      new Uint8Array([1]),
    );
    expect(saveBackup).not.toHaveBeenCalled();
  });
});
