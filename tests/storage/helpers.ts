import { vi } from 'vitest';
import { OmnibusDb } from '../../renderer/storage/database';
import { setMarker, type MarkerStore } from '../../renderer/storage/marker';

let counter = 0;

// A database of its own for each test, in fake-indexeddb.
export function freshDb(): OmnibusDb {
  counter += 1;
  return new OmnibusDb(`omnibus-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

// The localStorage marker, in memory.
export function memoryMarker(
  initial: number | null = null,
): MarkerStore & { value: number | null } {
  const store = {
    value: initial,
    read: () => store.value,
    write: (count: number) => {
      store.value = count;
    },
  };
  setMarker(store);
  return store;
}

export const FIXED_NOW = Date.UTC(2026, 0, 15, 14, 2, 0);

export const NEW_ASSESSMENT = {
  questionnaireId: 'untoc-omnibus',
  questionnaireVersion: '1.0.0',
  title: 'Self-assessment 2026',
  state: 'FR',
};

// Makes answer puts fail as a full disk does, for the calls `fails(n)` picks (1-based).
export function simulateFullDisk(db: OmnibusDb, fails: (call: number) => boolean) {
  const put = db.answers.put.bind(db.answers);
  let calls = 0;
  return vi.spyOn(db.answers, 'put').mockImplementation(((...args: Parameters<typeof put>) => {
    calls += 1;
    return fails(calls)
      ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      : put(...args);
  }) as typeof put);
}
