import type { IpcResponse, OmnibusApi } from '../../main/ipc/contract';
import { BACKUP_FILTERS, HostError, MAX_BACKUP_FILE_BYTES, type Host } from './host';

function unwrap<T>(response: IpcResponse<T>): T {
  if (response.ok) return response.value;
  throw new HostError(response.error.code, response.error.message);
}

export function createElectronHost(api: OmnibusApi): Host {
  return {
    async info() {
      const info = unwrap(await api.getAppInfo());
      return {
        kind: 'electron',
        version: info.version,
        locales: info.locales,
        dataLocation: info.userDataPath,
      };
    },
    async saveFile(name, data, filters) {
      const result = unwrap(await api.saveFile({ suggestedName: name, data, filters }));
      return result.saved ? { saved: true, path: result.path } : { saved: false };
    },
    async openFile(filters, maxBytes) {
      const result = unwrap(await api.openFile({ filters, maxBytes }));
      return result.opened ? { name: result.name, data: result.data } : null;
    },
    async openExternal(url) {
      unwrap(await api.openExternal(url));
    },
    async setLanguage(language) {
      unwrap(await api.setLanguage(language));
    },
    async printToPdf(suggestedName, options) {
      const result = unwrap(await api.printToPdf({ suggestedName, landscape: options.landscape }));
      return result.saved ? { saved: true, path: result.path } : { saved: false };
    },
    backupMode: 'folder',
    async saveBackup(assessmentId, _fileName, data) {
      return { kind: 'stored', backup: unwrap(await api.saveBackup({ assessmentId, data })) };
    },
    async listBackups(assessmentId) {
      return unwrap(await api.listBackups(assessmentId === undefined ? {} : { assessmentId }));
    },
    async readBackup(id) {
      return unwrap(await api.readBackup({ id })).data;
    },
    async pickBackupFile() {
      const result = unwrap(
        await api.openFile({ filters: BACKUP_FILTERS, maxBytes: MAX_BACKUP_FILE_BYTES }),
      );
      return result.opened ? { name: result.name, data: result.data } : null;
    },
  };
}
