// A note kept outside IndexedDB (in localStorage) of how many assessments existed. If the
// database is later found empty while the note says otherwise, the data went missing (profile
// reset, cleared site data, a damaged store) and the app offers the latest backup.
export interface MarkerStore {
  read(): number | null;
  write(count: number): void;
}

const KEY = 'omnibus.storage.assessment-count';

export function localStorageMarker(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): MarkerStore {
  return {
    read() {
      try {
        const raw = storage?.getItem(KEY);
        const count = raw == null ? NaN : Number(raw);
        return Number.isInteger(count) && count >= 0 ? count : null;
      } catch {
        return null;
      }
    },
    write(count) {
      try {
        storage?.setItem(KEY, String(count));
      } catch {
        // localStorage full or disabled: the marker is a safety net, not a requirement.
      }
    },
  };
}

let current: MarkerStore | null = null;

export function getMarker(): MarkerStore {
  current ??= localStorageMarker();
  return current;
}

// Tests and embedders swap the store (e.g. a Map) without touching globals.
export function setMarker(store: MarkerStore): void {
  current = store;
}
