// The page ↔ main-process bridge used in end-to-end tests, standing in for Electron's IPC:
// the page gets the same `window.omnibus` methods as the preload gives it, and each call goes
// to the real main-process dispatcher in this Node process.
import type { Page } from 'playwright-core';
import { apiMethods } from '../../main/ipc/contract';
import { dispatch, isTrustedFrame, type Handlers } from '../../main/ipc/dispatch';

type Wire = unknown;

// Bytes do not survive JSON; they cross the bridge as base64.
export function fromWire(value: Wire): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['__bytes__'] === 'string')
      return new Uint8Array(Buffer.from(record['__bytes__'], 'base64'));
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromWire(v)]));
  }
  return value;
}

export function toWire(value: unknown): Wire {
  if (value instanceof Uint8Array) return { __bytes__: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  }
  return value;
}

function pageApi(methods: Record<string, string>): void {
  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      let binary = '';
      for (let i = 0; i < value.length; i += 0x8000) {
        binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
      }
      return { __bytes__: btoa(binary) };
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    }
    return value;
  };
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['__bytes__'] === 'string') {
        return Uint8Array.from(atob(record['__bytes__']), (c) => c.charCodeAt(0));
      }
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  const invoke = (
    window as unknown as { __omnibusInvoke: (c: string, a: unknown) => Promise<unknown> }
  ).__omnibusInvoke;
  const api = Object.fromEntries(
    Object.entries(methods).map(([method, channel]) => [
      method,
      async (...args: unknown[]) => decode(await invoke(channel, encode(args))),
    ]),
  );
  Object.defineProperty(window, 'omnibus', { value: Object.freeze(api), configurable: false });
}

export async function connectBridge(
  page: Page,
  handlers: Handlers,
  appOrigin: string,
): Promise<void> {
  await page.exposeBinding('__omnibusInvoke', async (source, channel: string, args: Wire) => {
    const frameUrl = source.frame.url();
    const frame = { url: frameUrl, parent: source.frame.parentFrame() };
    const response = await dispatch(
      handlers,
      (f) => isTrustedFrame(f, appOrigin),
      channel,
      frame,
      fromWire(args) as unknown[],
    );
    return toWire(response);
  });
  await page.addInitScript(pageApi, apiMethods);
}
