import { HostError, type FileFilter, type Host } from './host';

const accept = (filters: FileFilter[]) =>
  filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');

// Plain browsers: files go out as downloads and come in through a file input.
export function createBrowserHost(): Host {
  return {
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
  };
}
