import { describe, expect, it, vi } from 'vitest';
import { BrowserWindow } from 'electron';
import {
  createSecureWindow,
  installNavigationGuards,
  type GuardedContents,
  type NavigationEvent,
} from '../../main/window';

type Listener = (event: NavigationEvent, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  } as unknown as GuardedContents;
  const navigate = (event: string, url: string) => {
    const e = { preventDefault: vi.fn() };
    listeners.get(event)?.(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, navigate, open: (url: string) => openHandler?.({ url }) };
}

describe('window guards', () => {
  it('creates windows with isolation, sandbox and no Node integration', () => {
    const window = createSecureWindow(
      { width: 900 },
      '/app/preload.cjs',
    ) as unknown as BrowserWindow & {
      options: { webPreferences: unknown };
    };
    expect(window).toBeInstanceOf(BrowserWindow);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('blocks navigation away from the app and hands web links to the consent flow', () => {
    const opened: string[] = [];
    const { contents, navigate } = fakeContents();
    installNavigationGuards(contents, (url) => opened.push(url));
    expect(navigate('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'omnibus://app/index.html')).toBe(false);
    expect(opened).toEqual(['https://evil.example/phish']);
  });

  it('denies every window.open, even to the app itself', () => {
    const opened: string[] = [];
    const { contents, open } = fakeContents();
    installNavigationGuards(contents, (url) => opened.push(url));
    expect(open('omnibus://app/index.html')).toEqual({ action: 'deny' });
    expect(open('https://www.unodc.org/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.unodc.org/']);
  });

  it('refuses webviews', () => {
    const { contents, navigate } = fakeContents();
    installNavigationGuards(contents, () => {});
    expect(navigate('will-attach-webview', '')).toBe(true);
  });
});
