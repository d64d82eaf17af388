import type { Language } from '../i18n/languages';

// The renderer's one door to the outside world. Electron and plain browsers implement it.
export interface FileFilter {
  readonly name: string;
  readonly extensions: string[];
}

export interface HostInfo {
  readonly kind: 'electron' | 'browser';
  readonly version: string;
  readonly locales: readonly string[];
  // Where the app keeps its data, when the host can tell.
  readonly dataLocation: string | null;
}

export type SaveOutcome =
  { readonly saved: true; readonly path: string | null } | { readonly saved: false };

export interface OpenedFile {
  readonly name: string;
  readonly data: Uint8Array;
}

export type HostErrorCode =
  | 'forbidden'
  | 'invalid-argument'
  | 'unknown-channel'
  | 'disk-full'
  | 'too-large'
  | 'not-permitted'
  | 'failed';

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export interface Host {
  info(): Promise<HostInfo>;
  // Asks the user where to save; resolves `{ saved: false }` when they cancel.
  saveFile(name: string, data: string | Uint8Array, filters: FileFilter[]): Promise<SaveOutcome>;
  // Asks the user for one file; resolves null when they cancel.
  openFile(filters: FileFilter[], maxBytes: number): Promise<OpenedFile | null>;
  openExternal(url: string): Promise<void>;
  // Tells the shell the interface language, for its menu and native dialogs.
  setLanguage(language: Language): Promise<void>;
  // Prints the page as it is now (print stylesheet) to a PDF the user chooses; plain browsers
  // open their print dialog instead, where the user can choose "Save as PDF".
  printToPdf(suggestedName: string, options: { landscape: boolean }): Promise<SaveOutcome>;
  // Backups of an assessment (a snapshot ZIP made by renderer/storage). 'folder': the app keeps
  // the last ten per assessment in its data folder and can list them; 'download': the browser
  // offers each backup as a file, and restoring means picking that file.
  readonly backupMode: 'folder' | 'download';
  saveBackup(assessmentId: string, fileName: string, data: Uint8Array): Promise<BackupSaveOutcome>;
  // Newest first; empty in the browser.
  listBackups(assessmentId?: string): Promise<readonly BackupInfo[]>;
  readBackup(id: string): Promise<Uint8Array>;
  // Asks the user for a backup file anywhere on disk; null when they cancel.
  pickBackupFile(): Promise<OpenedFile | null>;
}

export interface BackupInfo {
  readonly id: string;
  readonly assessmentId: string;
  readonly savedAt: number;
  readonly size: number;
}

export type BackupSaveOutcome =
  | { readonly kind: 'stored'; readonly backup: BackupInfo }
  | { readonly kind: 'downloaded' }
  | { readonly kind: 'cancelled' };

export const BACKUP_FILTERS: FileFilter[] = [{ name: 'Omnibus backup', extensions: ['zip'] }];
export const MAX_BACKUP_FILE_BYTES = 200 * 1024 * 1024;
