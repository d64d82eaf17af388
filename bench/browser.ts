// Chromium sessions for the bench: a persistent profile per questionnaire, so "cold" (fresh
// caches) and "warm" (second load, same profile) are real, with the e2e harness's flags,
// server and bridge.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { connectBridge } from '../tests/e2e/bridge';
import { CHROMIUM, CHROMIUM_ARGS, startServer, testHandlers } from '../tests/e2e/harness';
import { probeScript } from './probes';

export interface Served {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<Served> {
  const { server, origin }: { server: Server; origin: string } = await startServer(root);
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export interface SessionOptions {
  readonly profile: string;
  readonly origin: string;
  readonly readySelector: string;
  // Wire window.omnibus to the real main-process handlers, as the app has it in Electron.
  readonly bridge: boolean;
}

export function newProfile(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `omnibus-bench-${label}-`));
}

export function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true });
}

// A first launch after install: the profile keeps its data (IndexedDB) but no HTTP, code or
// GPU cache.
export function clearCaches(profile: string): void {
  for (const dir of ['Cache', 'Code Cache', 'GPUCache', 'DawnGraphiteCache', 'DawnWebGPUCache']) {
    rmSync(path.join(profile, 'Default', dir), { recursive: true, force: true });
  }
}

export async function openSession(options: SessionOptions): Promise<Session> {
  const context = await chromium.launchPersistentContext(options.profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    viewport: { width: 1280, height: 860 },
  });
  await context.addInitScript({ content: probeScript(options.readySelector) });
  const page = context.pages()[0] ?? (await context.newPage());
  if (options.bridge) {
    const workDir = path.join(options.profile, 'work');
    const dialogs = {
      savePath: null,
      openPath: null,
      confirmExternal: false,
      openedExternal: [],
      mainLanguages: [],
    };
    await connectBridge(page, testHandlers(dialogs, workDir), options.origin);
  }
  return { context, page, close: () => context.close() };
}
