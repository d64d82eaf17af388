import { beforeEach, describe, expect, it } from 'vitest';
import { contextBridge, ipcRenderer } from 'electron';
import { apiMethods } from '../../main/ipc/contract';

describe('preload', () => {
  beforeEach(async () => {
    await import('../../main/preload');
  });

  it('exposes one named function per contract channel and nothing else', async () => {
    const api = (
      contextBridge as unknown as {
        exposed: Map<string, Record<string, (...a: unknown[]) => unknown>>;
      }
    ).exposed.get('omnibus');
    expect(Object.keys(api ?? {}).sort()).toEqual(Object.keys(apiMethods).sort());
    for (const [method, channel] of Object.entries(apiMethods)) {
      await api?.[method]?.('arg');
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(
        channel,
        ...(channel === 'app:get-info' ? [] : ['arg']),
      );
    }
  });
});
