// The browser's own storage policy: ask that our data is never evicted, and how full it is.
export interface StorageUsage {
  readonly usage: number;
  readonly quota: number;
}

export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return false;
  }
}

export async function storageUsage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<StorageUsage | null> {
  try {
    const estimate = await storage?.estimate?.();
    if (estimate?.usage === undefined || estimate.quota === undefined) return null;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return null;
  }
}
