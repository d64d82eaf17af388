import {
  app,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  type BrowserWindow,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, APP_NAME, APP_SCHEME, USER_DATA_DIR_NAME } from './app-identity';
import { contentSecurityPolicy } from './csp';
import { createHandlers, type LanguageState } from './handlers';
import { menuTemplate } from './menu';
import { fill, mainStrings, pickMainLanguage, type MainLanguage } from './strings';
import { isTrustedFrame, registerIpc, type Handlers, type SenderFrame } from './ipc/dispatch';
import { serveAppRequest } from './protocol';
import { DEFAULT_SIZE, loadWindowState, saveWindowState } from './window-state';
import { createSecureWindow, installNavigationGuards } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const GUIDANCE_URL = 'https://www.unodc.org/unodc/en/organized-crime/intro/UNTOC.html';
const devServer = process.env['ELECTRON_RENDERER_URL'];

app.setName(APP_NAME);
app.setPath('userData', path.join(app.getPath('appData'), USER_DATA_DIR_NAME));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

function trustedSender(frame: SenderFrame | null): boolean {
  return mainWindow !== null && isTrustedFrame(frame, devServer);
}

function createWindow(handlers: Handlers): void {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const saved = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  mainWindow = createSecureWindow(saved ?? DEFAULT_SIZE, path.join(here, '../preload/preload.cjs'));
  if (saved?.maximized) mainWindow.maximize();
  const win = mainWindow;
  installNavigationGuards(
    win.webContents,
    (url) => void handlers['shell:open-external'](url),
    devServer,
  );
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    void saveWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(devServer ?? APP_ENTRY_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    const root = path.join(here, '../renderer');
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request.url));
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    );
    if (devServer) {
      session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
        callback({
          responseHeaders: {
            ...details.responseHeaders,
            'Content-Security-Policy': [contentSecurityPolicy(devServer)],
          },
        });
      });
    }
    let current: MainLanguage = pickMainLanguage(app.getPreferredSystemLanguages());
    const language: LanguageState = {
      current: () => current,
      set(next) {
        current = next;
        installMenu();
      },
    };
    const handlers = createHandlers(() => mainWindow, language);
    const installMenu = () => {
      const strings = mainStrings(current);
      const template = menuTemplate(strings, process.platform, {
        about: () =>
          void dialog.showMessageBox({
            message: fill(strings.dialog.about.message, { version: app.getVersion() }),
            detail: strings.dialog.about.detail,
          }),
        openGuidance: () => void handlers['shell:open-external'](GUIDANCE_URL),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };
    installMenu();
    registerIpc(ipcMain, handlers, trustedSender);
    createWindow(handlers);
  });

  app.on('window-all-closed', () => app.quit());
}
