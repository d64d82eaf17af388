// Sends snapshots of changed assessments to the host: on a timer (default every five minutes,
// only when something changed), on pagehide/close, and on demand before a migration or import.
import type { Host } from '../host/host';
import type { OmnibusDb } from './database';
import { createSnapshot } from './snapshot';

export type BackupHost = Pick<Host, 'backupMode' | 'saveBackup' | 'listBackups'>;

export interface BackupScheduler {
  // Backs up every assessment changed since its last backup; resolves with how many were saved.
  backupChanged(): Promise<number>;
  // One assessment now, changed or not (before an import, or when the user asks).
  backupNow(assessmentId: string): Promise<void>;
  start(intervalMs?: number): void;
  stop(): void;
}

export function backupFileName(title: string, savedAt: number): string {
  const safe =
    title
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'assessment';
  return `${safe}-${new Date(savedAt).toISOString().slice(0, 16).replace(':', '')}.omnibus-backup.zip`;
}

export function createBackupScheduler(db: OmnibusDb, host: BackupHost): BackupScheduler {
  let lastSaved: Map<string, number> | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<number> | null = null;

  async function lastSavedTimes(): Promise<Map<string, number>> {
    if (lastSaved) return lastSaved;
    const times = new Map<string, number>();
    // Backups are newest first: the first seen per assessment is its latest.
    for (const entry of await host.listBackups())
      if (!times.has(entry.assessmentId)) times.set(entry.assessmentId, entry.savedAt);
    lastSaved = times;
    return times;
  }

  async function save(assessmentId: string): Promise<void> {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) return;
    const data = await createSnapshot(db, assessmentId);
    await host.saveBackup(assessmentId, backupFileName(assessment.title, Date.now()), data);
    (await lastSavedTimes()).set(assessmentId, Math.max(Date.now(), assessment.updatedAt));
  }

  async function changed(): Promise<number> {
    const times = await lastSavedTimes();
    const assessments = await db.assessments.toArray();
    let saved = 0;
    for (const a of assessments) {
      if (a.deletedAt !== undefined || a.updatedAt <= (times.get(a.id) ?? -Infinity)) continue;
      await save(a.id);
      saved += 1;
    }
    return saved;
  }

  function backupChanged(): Promise<number> {
    // Timed backups only where the app keeps them; in a browser each would be a download.
    if (host.backupMode !== 'folder') return Promise.resolve(0);
    running ??= changed().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    backupChanged,
    backupNow: save,
    // Also runs once at once: changes of a session that ended before its backup (a crash, a
    // close while the pagehide backup was still under way) are caught on the next start.
    start(intervalMs = 5 * 60_000) {
      const run = () => void backupChanged().catch(() => undefined);
      clearInterval(timer);
      timer = setInterval(run, intervalMs);
      run();
    },
    stop() {
      clearInterval(timer);
    },
  };
}

// For openStorage's beforeMigration: each assessment's snapshot goes to the host's backups.
export function migrationBackups(host: BackupHost) {
  return async (assessmentId: string, snapshot: Uint8Array): Promise<void> => {
    if (host.backupMode !== 'folder') return;
    await host.saveBackup(
      assessmentId,
      backupFileName(`before-update-${assessmentId}`, Date.now()),
      snapshot,
    );
  };
}
