import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../../main/ipc/contract';
import { createPrintHandlers, type PrintableContents } from '../../../main/ipc/print';

const dirs: string[] = [];
function workDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'omnibus-print-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const pdfBytes = new TextEncoder().encode('%PDF-1.7 fake');

function printer(): PrintableContents & { printToPDF: ReturnType<typeof vi.fn> } {
  return { printToPDF: vi.fn(() => Promise.resolve(pdfBytes)) };
}

describe('print:to-pdf', () => {
  it('asks where to save, prints the page and writes the PDF there', async () => {
    const dir = workDir();
    const target = path.join(dir, 'report.pdf');
    const contents = printer();
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: target }));
    const handlers = createPrintHandlers({
      contents: () => contents,
      showSaveDialog,
      defaultFolder: () => dir,
    });
    const result = await handlers['print:to-pdf']({
      suggestedName: '../../etc/report.pdf',
      landscape: false,
    });
    expect(result).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    // The suggested name cannot steer the dialog outside the default folder.
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join(dir, 'report.pdf') }),
    );
    expect(contents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ preferCSSPageSize: true }),
    );
  });

  it('does not print when the user cancels the dialog', async () => {
    const dir = workDir();
    const contents = printer();
    const handlers = createPrintHandlers({
      contents: () => contents,
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      defaultFolder: () => dir,
    });
    await expect(
      handlers['print:to-pdf']({ suggestedName: 'r.pdf', landscape: true }),
    ).resolves.toEqual({
      saved: false,
    });
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(existsSync(path.join(dir, 'r.pdf'))).toBe(false);
  });

  it('fails clearly when there is no window to print', async () => {
    const handlers = createPrintHandlers({
      contents: () => null,
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      defaultFolder: () => '/tmp',
    });
    await expect(
      handlers['print:to-pdf']({ suggestedName: 'r.pdf', landscape: false }),
    ).rejects.toThrow('No window to print');
  });

  it('refuses malformed arguments at the contract', () => {
    expect(
      ipcContract['print:to-pdf'].safeParse([{ suggestedName: '', landscape: false }]).success,
    ).toBe(false);
    expect(
      ipcContract['print:to-pdf'].safeParse([{ suggestedName: 'a.pdf', landscape: 'no' }]).success,
    ).toBe(false);
    expect(
      ipcContract['print:to-pdf'].safeParse([{ suggestedName: 'a.pdf', landscape: false }]).success,
    ).toBe(true);
  });
});
