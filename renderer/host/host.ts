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
}
