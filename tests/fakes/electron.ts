// A stand-in for the `electron` module: records what main-process code asks of it.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener) {
    this.handlers.set(channel, listener);
  },
};

export const ipcRenderer = { invoke: vi.fn((..._args: unknown[]) => Promise.resolve()) };

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed.set(key, api);
  },
};

export const dialog = {
  showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true })),
  showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
  showMessageBox: vi.fn(() => Promise.resolve({ response: 1 })),
};

export const shell = { openExternal: vi.fn(() => Promise.resolve()) };

export const app = {
  name: 'Omnibus',
  paths: new Map<string, string>([
    ['appData', '/tmp/fake-app-data'],
    ['userData', '/tmp/fake-app-data/Omnibus'],
    ['documents', '/tmp/fake-documents'],
  ]),
  getName() {
    return this.name;
  },
  setName(name: string) {
    this.name = name;
  },
  getVersion: () => '0.0.0-test',
  getPath(name: string) {
    return this.paths.get(name) ?? `/tmp/fake-${name}`;
  },
  setPath(name: string, value: string) {
    this.paths.set(name, value);
  },
  getPreferredSystemLanguages: () => ['en-US'],
  getLocale: () => 'en-US',
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: () => new Promise<void>(() => {}),
  on: vi.fn(),
  quit: vi.fn(),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  },
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

export const Menu = { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() };

export class BrowserWindow {
  static instances: BrowserWindow[] = [];
  constructor(readonly options: unknown) {
    BrowserWindow.instances.push(this);
  }
}

export default {
  ipcMain,
  ipcRenderer,
  contextBridge,
  dialog,
  shell,
  app,
  protocol,
  session,
  screen,
  Menu,
  BrowserWindow,
};
