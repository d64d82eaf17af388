// renderer/storage: the only module that touches Dexie. Everything the app needs is here.
export { OmnibusDb, getDatabase } from './database';
export { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
export type * from './records';
export { StorageError, type StorageFailureKind } from './errors';
export { openStorage, type StorageOpenResult } from './open-storage';
export {
  createAssessment,
  listAssessments,
  getAssessment,
  renameAssessment,
  duplicateAssessment,
  removeAssessment,
  restoreAssessment,
  purgeAssessment,
  setAssessmentLocation,
  setAssessmentStatus,
  setAssessmentState,
  AssessmentNotFoundError,
  type NewAssessment,
} from './assessments';
export {
  getAnswer,
  getAllAnswers,
  setAnswer,
  writeAnswers,
  answerHistory,
  type AnswerWrite,
  type WriteOutcome,
} from './answers';
export {
  addAttachment,
  getAttachment,
  listAttachments,
  removeAttachment,
  sha256Hex,
} from './attachments';
export { getSettings, setSettings } from './settings';
export { carryForward, type CarryForwardResult } from './carry-forward';
export { findOrphanedAnswers } from './orphans';
export { createSnapshot, readSnapshot, restoreSnapshot } from './snapshot';
export {
  createBackupScheduler,
  backupFileName,
  migrationBackups,
  type BackupScheduler,
} from './backup-scheduler';
export { restoreBackup, restoreLatestBackups } from './restore';
export { requestPersistentStorage, storageUsage, type StorageUsage } from './device-storage';
export {
  createAutosave,
  type SaveStatus,
  type AnswerConflict,
  type AutosaveState,
} from './autosave';
export { StorageProvider, useDatabase } from './storage-context';
export {
  useAssessments,
  useAssessment,
  useAnswers,
  useAnswerHistory,
  useSettings,
  useStorageUsage,
  useBackupScheduler,
} from './hooks';
export { useAutosave, type Autosave } from './use-autosave';
