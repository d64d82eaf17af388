import type { Host } from '../host/host';
import type { OmnibusDb } from './database';
import { createSnapshot, restoreSnapshot } from './snapshot';

export type RestoreHost = Pick<Host, 'listBackups' | 'readBackup' | 'saveBackup'>;
export type RestoreOutcome = Awaited<ReturnType<typeof restoreSnapshot>>;

// Restores one backup over its assessment. The state being replaced is backed up first, so a
// restore can itself be undone by restoring that newer backup.
export async function restoreBackup(
  db: OmnibusDb,
  host: RestoreHost,
  backupId: string,
): Promise<RestoreOutcome> {
  const data = await host.readBackup(backupId);
  const [assessmentId = ''] = backupId.split('/');
  const current = await db.assessments.get(assessmentId);
  if (current)
    await host.saveBackup(
      current.id,
      `${current.title}.omnibus-backup.zip`,
      await createSnapshot(db, current.id),
    );
  return restoreSnapshot(db, data, 'original');
}

// After data went missing: brings back the newest backup of every assessment the host kept.
export async function restoreLatestBackups(db: OmnibusDb, host: RestoreHost): Promise<number> {
  const latest = new Map<string, string>();
  for (const entry of await host.listBackups())
    if (!latest.has(entry.assessmentId)) latest.set(entry.assessmentId, entry.id);
  let restored = 0;
  for (const id of latest.values()) {
    const outcome = await restoreSnapshot(db, await host.readBackup(id), 'original');
    if (outcome.ok) restored += 1;
  }
  return restored;
}
