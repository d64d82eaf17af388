import { rename, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IpcArgs, OpenResult, SaveResult } from './contract';
import { IpcError } from './dispatch';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogs {
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog(options: {
    filters: FileFilter[];
    properties: ['openFile'];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

// Written beside the target, then renamed: a crash or a full disk never leaves half a file.
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = `${target}.${process.pid}.${Date.now()}.part`;
  await writeFile(temp, data);
  await rename(temp, target);
}

export function createFileHandlers(dialogs: FileDialogs, defaultFolder: () => string) {
  return {
    async 'files:save'(request: IpcArgs<'files:save'>[0]): Promise<SaveResult> {
      const safeName = path.basename(request.suggestedName.replaceAll('\\', '/'));
      const choice = await dialogs.showSaveDialog({
        defaultPath: path.join(defaultFolder(), safeName),
        filters: request.filters,
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFileAtomic(choice.filePath, request.data);
      return { saved: true, path: choice.filePath };
    },

    async 'files:open'(request: IpcArgs<'files:open'>[0]): Promise<OpenResult> {
      const choice = await dialogs.showOpenDialog({
        filters: request.filters,
        properties: ['openFile'],
      });
      const file = choice.filePaths[0];
      if (choice.canceled || file === undefined) return { opened: false };
      const info = await stat(file);
      if (info.size > request.maxBytes) {
        throw new IpcError(
          'too-large',
          `${path.basename(file)} is larger than ${request.maxBytes} bytes`,
        );
      }
      return {
        opened: true,
        name: path.basename(file),
        data: new Uint8Array(await readFile(file)),
      };
    },
  };
}
