import { describe, expect, it, vi } from 'vitest';
import { apiMethods, ipcContract } from '../../../main/ipc/contract';
import {
  dispatch,
  isTrustedFrame,
  registerIpc,
  type Handlers,
  type SenderFrame,
} from '../../../main/ipc/dispatch';

const appFrame: SenderFrame = { url: 'omnibus://app/index.html', parent: null };

function spyHandlers(): Handlers {
  return Object.fromEntries(
    Object.keys(ipcContract).map((channel) => [channel, vi.fn(() => Promise.resolve('handled'))]),
  ) as unknown as Handlers;
}

function registered(handlers: Handlers) {
  const table = new Map<
    string,
    (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => Promise<unknown>
  >();
  registerIpc({ handle: (channel, listener) => table.set(channel, listener) }, handlers, (f) =>
    isTrustedFrame(f),
  );
  return table;
}

// One valid argument list per channel, so each guard can be shown to be the only thing refusing.
const validArgs: Record<string, unknown[]> = {
  'app:get-info': [],
  'app:set-language': ['ar'],
  'files:save': [{ suggestedName: 'a.txt', data: 'x', filters: [] }],
  'files:open': [{ filters: [], maxBytes: 10 }],
  'shell:open-external': ['https://www.unodc.org/'],
  'print:to-pdf': [{ suggestedName: 'report.pdf', landscape: false }],
  'backups:save': [
    { assessmentId: '0b7c6f3e-1d2a-4c5b-9e8f-7a6b5c4d3e2f', data: new Uint8Array([1]) },
  ],
  'backups:list': [{}],
  'backups:read': [
    { id: '0b7c6f3e-1d2a-4c5b-9e8f-7a6b5c4d3e2f/backup-2026-01-15T14-02-00-000Z.zip' },
  ],
};

describe('IPC guards', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...registered(spyHandlers()).keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    expect(Object.values(apiMethods).sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('refuses every registered channel when the sender is missing, foreign or a subframe', async () => {
    const handlers = spyHandlers();
    for (const [channel, listener] of registered(handlers)) {
      const args = validArgs[channel];
      expect(args, `test lacks valid arguments for ${channel}`).toBeDefined();
      for (const senderFrame of [
        null,
        { url: 'https://evil.example/', parent: null },
        { url: 'omnibus://app.evil/index.html', parent: null },
        { url: 'omnibus://app/index.html', parent: {} },
      ]) {
        await expect(listener({ senderFrame }, ...(args ?? []))).resolves.toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
      await expect(listener({ senderFrame: appFrame }, ...(args ?? []))).resolves.toEqual({
        ok: true,
        value: 'handled',
      });
    }
    for (const spy of Object.values(handlers)) expect(spy).toHaveBeenCalledTimes(1);
  });

  it('answers malformed arguments with an error and never calls the handler', async () => {
    const handlers = spyHandlers();
    const bad: Array<[string, unknown[]]> = [
      ['files:save', [{ suggestedName: '', data: 'x', filters: [] }]],
      ['files:save', [{ suggestedName: 'a', data: 42, filters: [] }]],
      ['files:save', [{ suggestedName: 'a', data: 'x', filters: [], extra: true }]],
      ['files:open', [{ filters: [], maxBytes: -1 }]],
      ['files:open', []],
      ['shell:open-external', [{ url: 'https://x' }]],
      ['app:get-info', ['unexpected']],
    ];
    for (const [channel, args] of bad) {
      const result = await dispatch(handlers, isTrustedFrame, channel, appFrame, args);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    for (const spy of Object.values(handlers)) expect(spy).not.toHaveBeenCalled();
  });

  it('refuses unknown channels and turns handler failures into messages', async () => {
    const handlers = spyHandlers();
    await expect(
      dispatch(handlers, isTrustedFrame, 'fs:rm-rf', appFrame, []),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const failing = { ...handlers, 'files:save': () => Promise.reject(full) } as Handlers;
    await expect(
      dispatch(failing, isTrustedFrame, 'files:save', appFrame, validArgs['files:save'] ?? []),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'disk-full', message: 'The disk is full' },
    });
  });
});
