import type { OmnibusApi } from '../../main/ipc/contract';

declare global {
  interface Window {
    // Set by the Electron preload; absent in a plain browser.
    readonly omnibus?: OmnibusApi;
  }
}
