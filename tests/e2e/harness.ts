// Starts the built renderer on a loopback server and drives it in Debian's Chromium, with
// `window.omnibus` wired to the real main-process handlers.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createAppInfoHandlers } from '../../main/ipc/app-info';
import { createBackupHandlers } from '../../main/ipc/backups';
import type { Handlers } from '../../main/ipc/dispatch';
import { createExternalHandlers } from '../../main/ipc/external';
import { createFileHandlers, type FileDialogs } from '../../main/ipc/files';
import { createPrintHandlers, type PrintableContents } from '../../main/ipc/print';
import { serveAppFile } from '../../main/protocol';
import { connectBridge } from './bridge';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const WEB_ROOT = path.resolve(import.meta.dirname, '../../out/web');

export async function startServer(root = WEB_ROOT): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    void serveAppFile(root, pathname).then(async (reply) => {
      response.writeHead(reply.status, Object.fromEntries(reply.headers));
      response.end(Buffer.from(await reply.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

// What the fake native dialogs answer next; a test sets these before it clicks.
export interface DialogScript {
  savePath: string | null;
  openPath: string | null;
  confirmExternal: boolean;
  openedExternal: string[];
  // Each interface language the page reported to main (for its menu and dialogs).
  mainLanguages: string[];
}

export interface RunningApp {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  origin: string;
  dialogs: DialogScript;
  workDir: string;
  close(): Promise<void>;
}

export function testHandlers(
  dialogs: DialogScript,
  workDir: string,
  printable: () => PrintableContents | null = () => null,
): Handlers {
  const fileDialogs: FileDialogs = {
    showSaveDialog: () =>
      Promise.resolve(
        dialogs.savePath ? { canceled: false, filePath: dialogs.savePath } : { canceled: true },
      ),
    showOpenDialog: () =>
      Promise.resolve(
        dialogs.openPath
          ? { canceled: false, filePaths: [dialogs.openPath] }
          : { canceled: true, filePaths: [] },
      ),
  };
  return {
    ...createAppInfoHandlers(
      () => ({
        name: 'Omnibus',
        version: '0.0.0-e2e',
        platform: process.platform,
        locales: ['en-US'],
        userDataPath: workDir,
      }),
      (language) => dialogs.mainLanguages.push(language),
    ),
    ...createFileHandlers(fileDialogs, () => workDir),
    ...createBackupHandlers(() => path.join(workDir, 'backups')),
    ...createExternalHandlers({
      confirm: () => Promise.resolve(dialogs.confirmExternal),
      openExternal: (url) => {
        dialogs.openedExternal.push(url);
        return Promise.resolve();
      },
    }),
    ...createPrintHandlers({
      contents: printable,
      showSaveDialog: fileDialogs.showSaveDialog,
      defaultFolder: () => workDir,
    }),
  };
}

// Chromium's own PDF printer standing in for Electron's webContents.printToPDF.
export function pagePrinter(page: Page): PrintableContents {
  return {
    printToPDF: async (options) =>
      new Uint8Array(
        await page.pdf({
          printBackground: options.printBackground,
          preferCSSPageSize: options.preferCSSPageSize,
          landscape: options.landscape,
          tagged: options.generateTaggedPDF,
          outline: options.generateDocumentOutline,
        }),
      ),
  };
}

export interface LaunchOptions {
  locale?: string;
  // A persistent Chromium profile: IndexedDB survives closing (or killing) the browser.
  userDataDir?: string;
  viewport?: { width: number; height: number };
  // A server started once with startServer and kept across launches: same origin, same data.
  server?: { server: Server; origin: string };
}

// The Chromium browser process of a persistent profile (the one without --type=), for crash tests.
export function browserPid(userDataDir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (
      args.includes(`--user-data-dir=${userDataDir}`) &&
      !args.some((a) => a.startsWith('--type='))
    )
      return Number(entry);
  }
  return undefined;
}

export async function launchApp(options: LaunchOptions = {}): Promise<RunningApp> {
  const { server, origin } = options.server ?? (await startServer());
  const workDir = mkdtempSync(path.join(tmpdir(), 'omnibus-e2e-'));
  const dialogs: DialogScript = {
    savePath: null,
    openPath: null,
    confirmExternal: false,
    openedExternal: [],
    mainLanguages: [],
  };
  const contextOptions = {
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 860 },
  };
  const context = options.userDataDir
    ? await chromium.launchPersistentContext(options.userDataDir, {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        ...contextOptions,
      })
    : await (
        await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
      ).newContext(contextOptions);
  const browser = context.browser();
  if (!browser) throw new Error('Chromium did not start');
  const page = await context.newPage();
  await connectBridge(
    page,
    testHandlers(dialogs, workDir, () => pagePrinter(page)),
    origin,
  );
  await page.goto(`${origin}/index.html`);
  return {
    browser,
    context,
    page,
    origin,
    dialogs,
    workDir,
    async close() {
      await browser.close().catch(() => undefined);
      if (!options.server) await new Promise((resolve) => server.close(resolve));
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
