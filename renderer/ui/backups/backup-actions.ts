import type { Host } from '../../host/host';
import type { OmnibusDb } from '../../storage/database';
import { backupFileName } from '../../storage/backup-scheduler';
import { restoreBackup } from '../../storage/restore';
import { createSnapshot, readSnapshot, restoreSnapshot } from '../../storage/snapshot';

export type BackupOutcome =
  | { readonly kind: 'stored' | 'downloaded' | 'cancelled' }
  | { readonly kind: 'restored'; readonly title: string }
  | { readonly kind: 'invalid'; readonly message: string };

// Backs one assessment up now: into the backup folder (desktop) or as a download (browser).
export async function backUpNow(
  db: OmnibusDb,
  host: Host,
  assessmentId: string,
  title: string,
): Promise<BackupOutcome> {
  const data = await createSnapshot(db, assessmentId);
  const outcome = await host.saveBackup(assessmentId, backupFileName(title, Date.now()), data);
  return { kind: outcome.kind };
}

// Restores a kept backup; restoreBackup backs the current state up first.
export async function restoreKept(
  db: OmnibusDb,
  host: Host,
  backupId: string,
): Promise<BackupOutcome> {
  const outcome = await restoreBackup(db, host, backupId);
  return outcome.ok
    ? { kind: 'restored', title: outcome.assessment.title }
    : { kind: 'invalid', message: outcome.message };
}

export type PickedBackup =
  | { readonly kind: 'picked'; readonly data: Uint8Array; readonly title: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'invalid'; readonly message: string };

// Asks for a backup file and checks it before anything is replaced.
export async function pickBackup(host: Host): Promise<PickedBackup> {
  const file = await host.pickBackupFile();
  if (!file) return { kind: 'cancelled' };
  const parsed = readSnapshot(file.data);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
  return { kind: 'picked', data: file.data, title: parsed.manifest.assessment.title };
}

// Restores a picked file over its assessment, after a safety backup of what it replaces.
export async function restoreFile(
  db: OmnibusDb,
  host: Host,
  data: Uint8Array,
): Promise<BackupOutcome> {
  const parsed = readSnapshot(data);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
  const current = await db.assessments.get(parsed.manifest.assessment.id);
  if (current) await backUpNow(db, host, current.id, current.title);
  const outcome = await restoreSnapshot(db, data, 'original');
  return outcome.ok
    ? { kind: 'restored', title: outcome.assessment.title }
    : { kind: 'invalid', message: outcome.message };
}
