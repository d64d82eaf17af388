// The one contract between renderer, preload and main: channel → argument schema and result type.
// Main parses every argument with these schemas; the renderer and preload only use the types.
import { z } from 'zod';

export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(20),
});

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected bytes');

// Backups: one folder per assessment id (a UUID, never a path), snapshots named by time.
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const assessmentId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Expected an assessment id');
const backupId = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}\/backup-[0-9TZ-]{24,40}\.zip$/, 'Expected a backup id');

export const ipcContract = {
  'app:get-info': z.tuple([]),
  'app:set-language': z.tuple([z.enum(['ar', 'en', 'es', 'fr', 'ru', 'zh'])]),
  'files:save': z.tuple([
    z.strictObject({
      suggestedName: z.string().min(1).max(255),
      data: z.union([z.string(), bytes]),
      filters: z.array(fileFilter).max(10),
    }),
  ]),
  'files:open': z.tuple([
    z.strictObject({
      filters: z.array(fileFilter).max(10),
      maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES),
    }),
  ]),
  'shell:open-external': z.tuple([z.string().min(1).max(2048)]),
  'print:to-pdf': z.tuple([
    z.strictObject({
      suggestedName: z.string().min(1).max(255),
      landscape: z.boolean(),
    }),
  ]),
  'backups:save': z.tuple([
    z.strictObject({
      assessmentId,
      data: bytes.refine(
        (b) => b.byteLength > 0 && b.byteLength <= MAX_BACKUP_BYTES,
        'Backup is empty or too large',
      ),
    }),
  ]),
  'backups:list': z.tuple([z.strictObject({ assessmentId: assessmentId.optional() })]),
  'backups:read': z.tuple([z.strictObject({ id: backupId })]),
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]>;

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly locales: readonly string[];
  readonly userDataPath: string;
}

export type SaveResult =
  { readonly saved: true; readonly path: string } | { readonly saved: false };

export type OpenResult =
  | { readonly opened: true; readonly name: string; readonly data: Uint8Array }
  | { readonly opened: false };

export interface BackupEntry {
  // `<assessment id>/backup-<time>.zip`, relative to the backups folder.
  readonly id: string;
  readonly assessmentId: string;
  readonly savedAt: number;
  readonly size: number;
}

export interface IpcResults {
  'app:get-info': AppInfo;
  'app:set-language': { readonly language: string };
  'files:save': SaveResult;
  'files:open': OpenResult;
  'shell:open-external': { readonly opened: boolean };
  'print:to-pdf': SaveResult;
  'backups:save': BackupEntry;
  'backups:list': readonly BackupEntry[];
  'backups:read': { readonly data: Uint8Array };
}

export type IpcErrorCode =
  | 'forbidden'
  | 'invalid-argument'
  | 'unknown-channel'
  | 'disk-full'
  | 'too-large'
  | 'not-permitted'
  | 'failed';

export type IpcResponse<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly error: { readonly code: IpcErrorCode; readonly message: string };
    };

// The names the renderer sees on `window.omnibus`, one per channel.
export const apiMethods = {
  getAppInfo: 'app:get-info',
  setLanguage: 'app:set-language',
  saveFile: 'files:save',
  openFile: 'files:open',
  openExternal: 'shell:open-external',
  printToPdf: 'print:to-pdf',
  saveBackup: 'backups:save',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
} as const satisfies Record<string, IpcChannel>;

type Methods = typeof apiMethods;
export type OmnibusApi = {
  readonly [M in keyof Methods]: (
    ...args: IpcArgs<Methods[M]>
  ) => Promise<IpcResponse<IpcResults[Methods[M]]>>;
};
