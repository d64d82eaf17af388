import { BrowserWindow, type Rectangle } from 'electron';
import { APP_NAME } from './app-identity';
import { isAppUrl, isExternalLink } from './urls';

// Every Omnibus window is made here, with the settings written out in place so static
// scanners (Electronegativity) see them; pinned by a test.
export function createSecureWindow(bounds: Partial<Rectangle>, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...bounds,
    minWidth: 480,
    minHeight: 400,
    show: false,
    title: APP_NAME,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
}

export interface NavigationEvent {
  preventDefault(): void;
}

export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: NavigationEvent, url: string) => void,
  ): void;
  on(event: 'will-attach-webview', listener: (event: NavigationEvent) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

// Navigation stays inside the app; new windows are never opened; web links go to the
// system browser through `openExternal`, which asks the user first.
export function installNavigationGuards(
  contents: GuardedContents,
  openExternal: (url: string) => void,
  devServerOrigin?: string,
): void {
  const guard = (event: NavigationEvent, url: string) => {
    if (isAppUrl(url, devServerOrigin)) return;
    event.preventDefault();
    if (isExternalLink(url)) openExternal(url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}
