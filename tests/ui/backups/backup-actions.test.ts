import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupSaveOutcome, Host, OpenedFile } from '../../../renderer/host/host';
import { getAnswer, setAnswer } from '../../../renderer/storage/answers';
import { createAssessment } from '../../../renderer/storage/assessments';
import type { OmnibusDb } from '../../../renderer/storage/database';
import { createSnapshot, readSnapshot } from '../../../renderer/storage/snapshot';
import { backUpNow, pickBackup, restoreFile } from '../../../renderer/ui/backups/backup-actions';
import { FIXED_NOW, freshDb, memoryMarker, NEW_ASSESSMENT } from '../../storage/helpers';

let db: OmnibusDb;

// A browser host: backups are downloads, restoring means picking a file.
function browserHost(picked: OpenedFile | null) {
  const downloads: { name: string; data: Uint8Array }[] = [];
  const host = {
    backupMode: 'download',
    saveBackup: vi.fn((_id: string, name: string, data: Uint8Array): Promise<BackupSaveOutcome> => {
      downloads.push({ name, data });
      return Promise.resolve({ kind: 'downloaded' });
    }),
    pickBackupFile: () => Promise.resolve(picked),
  } as unknown as Host;
  return { host, downloads };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW });
  memoryMarker();
  db = freshDb();
});

afterEach(() => {
  db.close();
  vi.useRealTimers();
});

describe('backups screen actions', () => {
  it('downloads a backup named after the assessment and the time', async () => {
    const a = await createAssessment(db, { ...NEW_ASSESSMENT, title: 'Rapport 2026' });
    const { host, downloads } = browserHost(null);
    expect(await backUpNow(db, host, a.id, a.title)).toEqual({ kind: 'downloaded' });
    expect(downloads[0]?.name).toBe('Rapport-2026-2026-01-15T1402.omnibus-backup.zip');
    expect(readSnapshot(downloads[0]?.data ?? new Uint8Array()).ok).toBe(true);
  });

  it('says what is wrong with a file that is not a backup, before replacing anything', async () => {
    const { host } = browserHost({ name: 'notes.zip', data: new TextEncoder().encode('hello') });
    const picked = await pickBackup(host);
    expect(picked).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/not a ZIP/) });
  });

  it('restores a picked file only after a safety backup of the answers it replaces', async () => {
    const a = await createAssessment(db, NEW_ASSESSMENT);
    await setAnswer(db, a.id, { questionId: 'q1', value: 'old', baseRevision: undefined });
    const file = await createSnapshot(db, a.id);
    await setAnswer(db, a.id, { questionId: 'q1', value: 'newer', baseRevision: 1 });
    const { host, downloads } = browserHost({ name: 'b.omnibus-backup.zip', data: file });

    const picked = await pickBackup(host);
    expect(picked).toMatchObject({ kind: 'picked', title: a.title });
    if (picked.kind !== 'picked') return;
    expect(await restoreFile(db, host, picked.data)).toEqual({ kind: 'restored', title: a.title });
    expect((await getAnswer(db, a.id, 'q1'))?.value).toBe('old');
    // The state it replaced went out first, as a download.
    expect(downloads).toHaveLength(1);
    const safety = readSnapshot(downloads[0]?.data ?? new Uint8Array());
    expect(safety.ok && safety.manifest.answers.map((x) => x.value)).toEqual(['newer']);
  });
});
