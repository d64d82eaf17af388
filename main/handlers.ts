import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { createAppInfoHandlers } from './ipc/app-info';
import { createBackupHandlers } from './ipc/backups';
import type { Handlers } from './ipc/dispatch';
import { createExternalHandlers } from './ipc/external';
import { createFileHandlers } from './ipc/files';
import { createPrintHandlers } from './ipc/print';
import { fill, mainStrings, type MainLanguage } from './strings';

export interface LanguageState {
  current: () => MainLanguage;
  set: (language: MainLanguage) => void;
}

// Binds the plain handler factories to Electron's dialogs and shell.
export function createHandlers(
  window: () => BrowserWindow | null,
  language: LanguageState,
): Handlers {
  const external = {
    async confirm(url: string) {
      const win = window();
      const text = mainStrings(language.current()).dialog.openLink;
      const options = {
        type: 'question' as const,
        buttons: [text.open, text.cancel],
        defaultId: 1,
        cancelId: 1,
        message: text.message,
        detail: fill(text.detail, { url }),
      };
      const result = win
        ? await dialog.showMessageBox(win, options)
        : await dialog.showMessageBox(options);
      return result.response === 0;
    },
    openExternal: (url: string) => shell.openExternal(url),
  };
  return {
    ...createAppInfoHandlers(
      () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        locales: app.getPreferredSystemLanguages(),
        userDataPath: app.getPath('userData'),
      }),
      language.set,
    ),
    ...createFileHandlers(
      {
        showSaveDialog: (options) => {
          const win = window();
          return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
        },
        showOpenDialog: (options) => {
          const win = window();
          return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
        },
      },
      () => app.getPath('documents'),
    ),
    ...createExternalHandlers(external),
    ...createBackupHandlers(() => path.join(app.getPath('userData'), 'backups')),
    ...createPrintHandlers({
      contents: () => window()?.webContents ?? null,
      showSaveDialog: (options) => {
        const win = window();
        return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
      },
      defaultFolder: () => app.getPath('documents'),
    }),
  };
}
