// Opening the database at start-up, with every way it can go wrong turned into a state the UI
// can explain: no IndexedDB, a damaged or newer database, or data that has gone missing.
import { Dexie } from 'dexie';
import { syncMarker } from './assessments';
import { getDatabase, OmnibusDb } from './database';
import { classifyStorageError, type StorageFailureKind } from './errors';
import { requestPersistentStorage } from './device-storage';
import { getMarker } from './marker';
import { DATABASE_NAME, latestVersion, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import { createSnapshot } from './snapshot';

export type StorageOpenResult =
  // persisted: the browser promised not to evict the data (navigator.storage.persist()).
  | { readonly kind: 'ready'; readonly db: OmnibusDb; readonly persisted: boolean }
  // The database is empty but `expected` assessments existed: offer the latest backup.
  | { readonly kind: 'data-missing'; readonly db: OmnibusDb; readonly expected: number }
  | { readonly kind: 'failed'; readonly reason: StorageFailureKind; readonly message: string };

export interface OpenOptions {
  readonly name?: string;
  readonly versions?: readonly SchemaVersion[];
  // Called with a snapshot of each assessment before a schema migration runs.
  readonly beforeMigration?: (assessmentId: string, snapshot: Uint8Array) => Promise<void>;
}

// When the stored database is older than this app's schema, snapshot every assessment first.
async function backupBeforeMigration(
  name: string,
  latest: number,
  options: OpenOptions,
): Promise<void> {
  if (!options.beforeMigration || !(await Dexie.exists(name))) return;
  const probe = new Dexie(name);
  try {
    await probe.open();
    if (probe.verno >= latest || !probe.tables.some((t) => t.name === 'assessments')) return;
    const ids = (await probe
      .table<{ id: string }>('assessments')
      .toCollection()
      .primaryKeys()) as string[];
    for (const id of ids) await options.beforeMigration(id, await createSnapshot(probe, id));
  } finally {
    probe.close();
  }
}

export async function openStorage(options: OpenOptions = {}): Promise<StorageOpenResult> {
  const name = options.name ?? DATABASE_NAME;
  const versions = options.versions ?? SCHEMA_VERSIONS;
  if (typeof indexedDB === 'undefined') {
    return {
      kind: 'failed',
      reason: 'unavailable',
      message: 'IndexedDB is not available in this browser',
    };
  }
  try {
    await backupBeforeMigration(name, latestVersion(versions), options);
    // The app's own database is the shared one the rest of the UI also uses.
    const db =
      options.name === undefined && options.versions === undefined
        ? getDatabase()
        : new OmnibusDb(name, versions);
    await db.open();
    // Dexie would open it, but writing old shapes into a newer layout could spoil that data.
    // (IndexedDB's version is Dexie's times ten.)
    const installed = Math.floor(db.backendDB().version / 10);
    if (installed > latestVersion(versions)) {
      db.close();
      return {
        kind: 'failed',
        reason: 'newer-version',
        message: `The data was saved by a newer Omnibus (database version ${installed})`,
      };
    }
    const count = await db.assessments.count();
    const expected = getMarker().read() ?? 0;
    if (count === 0 && expected > 0) return { kind: 'data-missing', db, expected };
    await syncMarker(db);
    return { kind: 'ready', db, persisted: await requestPersistentStorage() };
  } catch (error) {
    const failure = classifyStorageError(error);
    return { kind: 'failed', reason: failure.kind, message: failure.message };
  }
}
