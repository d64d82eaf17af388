import {
  BACKUP_FILTERS,
  HostError,
  MAX_BACKUP_FILE_BYTES,
  type FileFilter,
  type Host,
} from './host';

const accept = (filters: FileFilter[]) =>
  filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');

// Plain browsers: files go out as downloads and come in through a file input.
export function createBrowserHost(): Host {
  const host: Host = {
    info() {
      return Promise.resolve({
        kind: 'browser',
        version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
        locales: navigator.languages,
        dataLocation: null,
      });
    },
    saveFile(name, data) {
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)]);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve({ saved: true, path: null });
    },
    openFile(filters, maxBytes) {
      return new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept(filters);
        input.addEventListener('cancel', () => resolve(null));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          if (file.size > maxBytes) {
            return reject(
              new HostError('too-large', `${file.name} is larger than ${maxBytes} bytes`),
            );
          }
          file.arrayBuffer().then(
            (buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }),
            (error: unknown) => reject(new HostError('failed', String(error))),
          );
        });
        input.click();
      });
    },
    openExternal(url) {
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve();
    },
    setLanguage() {
      return Promise.resolve();
    },
    printToPdf() {
      window.print();
      return Promise.resolve({ saved: true, path: null });
    },
    backupMode: 'download',
    async saveBackup(_assessmentId, fileName, data) {
      const outcome = await host.saveFile(fileName, data, BACKUP_FILTERS);
      return outcome.saved ? { kind: 'downloaded' } : { kind: 'cancelled' };
    },
    listBackups() {
      return Promise.resolve([]);
    },
    readBackup(id) {
      return Promise.reject(
        new HostError('not-permitted', `Backups are files in the browser: pick ${id} instead`),
      );
    },
    pickBackupFile() {
      return host.openFile(BACKUP_FILTERS, MAX_BACKUP_FILE_BYTES);
    },
  };
  return host;
}
