// Failures the UI can name. Storage never throws raw DOMExceptions at the UI: it classifies them.

// quota: the disk (or the browser's share of it) is full.
// unavailable: IndexedDB is missing, blocked, or the connection was closed.
// damaged: the database exists but cannot be opened or read.
// newer-version: written by a newer Omnibus than this one (the user went back a version).
export type StorageFailureKind = 'quota' | 'unavailable' | 'damaged' | 'newer-version';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageFailureKind,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'StorageError';
  }
}

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  // Dexie wraps DOMExceptions in its own errors (`inner`); look through every layer.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') found.push(name);
    current = inner;
  }
  return found;
}

export function isQuotaError(error: unknown): boolean {
  return names(error).includes('QuotaExceededError');
}

export function classifyStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const found = names(error);
  const message = error instanceof Error ? error.message : String(error);
  if (found.includes('QuotaExceededError')) return new StorageError('quota', message, error);
  if (found.includes('VersionError')) return new StorageError('newer-version', message, error);
  if (
    found.some((n) =>
      [
        'MissingAPIError',
        'DatabaseClosedError',
        'InvalidStateError',
        'BlockedError',
        'SecurityError',
      ].includes(n),
    )
  ) {
    return new StorageError('unavailable', message, error);
  }
  return new StorageError('damaged', message, error);
}
