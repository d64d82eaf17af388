import { contextBridge, ipcRenderer } from 'electron';
import type { OmnibusApi } from './ipc/contract';

// Named functions only: the page never gets ipcRenderer or a generic invoke.
const api = {
  getAppInfo: () => ipcRenderer.invoke('app:get-info'),
  setLanguage: (language) => ipcRenderer.invoke('app:set-language', language),
  saveFile: (request) => ipcRenderer.invoke('files:save', request),
  openFile: (request) => ipcRenderer.invoke('files:open', request),
  openExternal: (url) => ipcRenderer.invoke('shell:open-external', url),
  printToPdf: (request) => ipcRenderer.invoke('print:to-pdf', request),
  saveBackup: (request) => ipcRenderer.invoke('backups:save', request),
  listBackups: (request) => ipcRenderer.invoke('backups:list', request),
  readBackup: (request) => ipcRenderer.invoke('backups:read', request),
} satisfies OmnibusApi;

contextBridge.exposeInMainWorld('omnibus', api);
