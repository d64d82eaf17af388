import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '../../renderer/storage/assessments';
import { OmnibusDb } from '../../renderer/storage/database';
import { openStorage } from '../../renderer/storage/open-storage';
import { SCHEMA_VERSIONS } from '../../renderer/storage/schema';
import { memoryMarker, NEW_ASSESSMENT } from './helpers';

const name = () => `omnibus-open-${Math.random().toString(36).slice(2)}`;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('opening storage', () => {
  it('is ready, and remembers outside IndexedDB how many assessments there are', async () => {
    const marker = memoryMarker();
    const dbName = name();
    const seed = new OmnibusDb(dbName);
    await createAssessment(seed, NEW_ASSESSMENT);
    await createAssessment(seed, NEW_ASSESSMENT);
    seed.close();
    marker.value = null;
    const result = await openStorage({ name: dbName });
    expect(result.kind).toBe('ready');
    expect(marker.value).toBe(2);
    if (result.kind === 'ready') result.db.close();
  });

  it('reports data missing when the database is empty but assessments existed', async () => {
    memoryMarker(3);
    const result = await openStorage({ name: name() });
    expect(result).toMatchObject({ kind: 'data-missing', expected: 3 });
    if (result.kind === 'data-missing') result.db.close();
  });

  it('is simply ready on a first start', async () => {
    memoryMarker(null);
    const result = await openStorage({ name: name() });
    expect(result.kind).toBe('ready');
    if (result.kind === 'ready') result.db.close();
  });

  it('says IndexedDB is unavailable when the browser has none', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await openStorage({ name: name() })).toMatchObject({
      kind: 'failed',
      reason: 'unavailable',
    });
  });

  it('says the data was written by a newer Omnibus after a downgrade', async () => {
    memoryMarker();
    const dbName = name();
    const newer = new OmnibusDb(dbName, [
      ...SCHEMA_VERSIONS,
      { version: 7, stores: { extra: 'id' } },
    ]);
    await newer.open();
    newer.close();
    expect(await openStorage({ name: dbName })).toMatchObject({
      kind: 'failed',
      reason: 'newer-version',
    });
  });

  it('says the store is damaged when IndexedDB fails to open it', async () => {
    memoryMarker();
    vi.spyOn(Dexie.prototype, 'open').mockRejectedValue(
      new DOMException('Internal error opening backing store', 'UnknownError'),
    );
    expect(await openStorage({ name: name() })).toMatchObject({
      kind: 'failed',
      reason: 'damaged',
      message: expect.stringContaining('backing store'),
    });
  });
});
