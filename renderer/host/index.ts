import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { Host } from './host';
export { HostError } from './host';

// Electron's preload exposes `window.omnibus`; anywhere else the browser host is used.
export function detectHost(): Host {
  return window.omnibus ? createElectronHost(window.omnibus) : createBrowserHost();
}
