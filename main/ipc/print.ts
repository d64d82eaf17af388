import path from 'node:path';
import type { IpcArgs, SaveResult } from './contract';
import type { FileDialogs } from './files';
import { writeFileAtomic } from './files';

// The parts of Electron's WebContents that printing needs, so tests can stand in for it.
export interface PrintableContents {
  printToPDF(options: {
    printBackground: boolean;
    preferCSSPageSize: boolean;
    landscape: boolean;
    generateTaggedPDF: boolean;
    generateDocumentOutline: boolean;
  }): Promise<Uint8Array>;
}

export interface PrintDeps {
  contents(): PrintableContents | null;
  showSaveDialog: FileDialogs['showSaveDialog'];
  defaultFolder(): string;
}

// The page is already showing the report (print stylesheet); main renders it to PDF and writes
// it where the user chose. The user chooses first, so cancelling costs nothing.
export function createPrintHandlers(deps: PrintDeps) {
  return {
    async 'print:to-pdf'(request: IpcArgs<'print:to-pdf'>[0]): Promise<SaveResult> {
      const contents = deps.contents();
      if (!contents) throw new Error('No window to print');
      const safeName = path.basename(request.suggestedName.replaceAll('\\', '/'));
      const choice = await deps.showSaveDialog({
        defaultPath: path.join(deps.defaultFolder(), safeName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      const pdf = await contents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        landscape: request.landscape,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      await writeFileAtomic(choice.filePath, pdf);
      return { saved: true, path: choice.filePath };
    },
  };
}
