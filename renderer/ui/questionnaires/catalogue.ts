import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import {
  catalogueItem,
  listCatalogue,
  type CatalogueEntry,
  type InvalidCatalogueItem,
  type ListedItem,
} from '../../definitions/catalogue';
import type { OmnibusDb } from '../../storage/database';
import { listDefinitions } from '../../storage/definitions';
import { useDatabase } from '../../storage/storage-context';

export type InvalidItem = InvalidCatalogueItem;

export interface Catalogue {
  // Questionnaires that can be opened: checked, or not yet found wrong (see useCatalogue).
  readonly entries: readonly CatalogueEntry[];
  // Files that failed the checks: shown with their errors, never opened.
  readonly invalid: readonly InvalidItem[];
}

let bundled: Promise<ListedItem[]> | null = null;

function parseStored(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// The shipped questionnaires (listed from their headers) and those the user opened from a file
// (checked in full: they are few, and were checked when opened).
export async function listAvailable(db: OmnibusDb): Promise<Catalogue> {
  bundled ??= listCatalogue();
  const stored = (await listDefinitions(db)).map((record) => {
    const raw = parseStored(record.text);
    return catalogueItem(record.fileName, raw, () => Promise.resolve(raw));
  });
  const items: ListedItem[] = [...(await bundled), ...stored];
  const entries = items.filter((i): i is ListedItem & { ok: true } => i.ok);
  // One entry per id and version: a shipped questionnaire wins over a copy opened from a file.
  const unique = entries.filter(
    (e, index) => entries.findIndex((o) => o.id === e.id && o.version === e.version) === index,
  );
  return { entries: unique, invalid: items.filter((i): i is InvalidItem => !i.ok) };
}

// What the checks found so far: entries found wrong move to the invalid list.
function withChecks(catalogue: Catalogue): Catalogue {
  const failed = catalogue.entries
    .map((e) => e.checked())
    .filter((c): c is InvalidItem => c !== undefined && !c.ok);
  if (failed.length === 0) return catalogue;
  return {
    entries: catalogue.entries.filter((e) => e.checked()?.ok !== false),
    invalid: [...catalogue.invalid, ...failed],
  };
}

type IdleHandle = { cancel(): void };

function whenIdle(work: () => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 5_000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(work, 50);
  return { cancel: () => clearTimeout(id) };
}

// The listed questionnaires, checked in full one at a time while the browser is idle, for as long
// as the screen that shows them is open: a broken shipped file still appears in the invalid
// list, and the screen is usable before every file is parsed.
export function useCatalogue(): Catalogue | undefined {
  const db = useDatabase();
  const listed = useLiveQuery(() => listAvailable(db), [db]);
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    const next = listed?.entries.find((e) => e.checked() === undefined);
    if (!next) return;
    let live = true;
    const handle = whenIdle(() => {
      void next.check().then(() => live && setChecks((n) => n + 1));
    });
    return () => {
      live = false;
      handle.cancel();
    };
  }, [listed, checks]);
  return useMemo(() => (listed ? withChecks(listed) : undefined), [listed, checks]);
}
