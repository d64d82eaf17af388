import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { answerHistory, getAllAnswers } from './answers';
import { createBackupScheduler, type BackupHost, type BackupScheduler } from './backup-scheduler';
import { getAssessment, listAssessments } from './assessments';
import { storageUsage, type StorageUsage } from './device-storage';
import type { AnswerRecord, AssessmentRecord, ChangeRecord, Settings } from './records';
import { getSettings } from './settings';
import { useDatabase } from './storage-context';

// Each hook re-renders when the data changes, in this window or another. undefined: loading.

export function useAssessments(
  which: 'active' | 'deleted' = 'active',
): AssessmentRecord[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listAssessments(db, which), [db, which]);
}

export function useAssessment(id: string): AssessmentRecord | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await getAssessment(db, id)) ?? null, [db, id]);
}

export function useAnswers(assessmentId: string): ReadonlyMap<string, AnswerRecord> | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getAllAnswers(db, assessmentId), [db, assessmentId]);
}

// Who changed this answer, what and when: newest first.
export function useAnswerHistory(
  assessmentId: string,
  questionId: string,
): ChangeRecord[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () => answerHistory(db, assessmentId, questionId),
    [db, assessmentId, questionId],
  );
}

export function useSettings(): Settings | undefined {
  const db = useDatabase();
  return useLiveQuery(() => getSettings(db), [db]);
}

// How much of the disk the app uses; refreshed every minute. null: the browser will not say.
export function useStorageUsage(refreshMs = 60_000): StorageUsage | null | undefined {
  const [usage, setUsage] = useState<StorageUsage | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () => void storageUsage().then((u) => live && setUsage(u));
    read();
    const timer = setInterval(read, refreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [refreshMs]);
  return usage;
}

// Runs the rolling backups for the whole app: every five minutes when something changed, and
// when the page is hidden or closed. Mount once, near the root; `backupNow` before an import.
export function useBackupScheduler(host: BackupHost, intervalMs = 5 * 60_000): BackupScheduler {
  const db = useDatabase();
  const scheduler = useMemo(() => createBackupScheduler(db, host), [db, host]);
  useEffect(() => {
    const backup = () => void scheduler.backupChanged().catch(() => undefined);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') backup();
    };
    scheduler.start(intervalMs);
    window.addEventListener('pagehide', backup);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      scheduler.stop();
      window.removeEventListener('pagehide', backup);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [scheduler, intervalMs]);
  return scheduler;
}
