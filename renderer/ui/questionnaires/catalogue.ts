import { useLiveQuery } from 'dexie-react-hooks';
import {
  catalogueItem,
  listCatalogue,
  type CatalogueEntry,
  type CatalogueItem,
} from '../../definitions/catalogue';
import type { OmnibusDb } from '../../storage/database';
import { listDefinitions } from '../../storage/definitions';
import { useDatabase } from '../../storage/storage-context';

export type InvalidItem = Extract<CatalogueItem, { ok: false }>;

export interface Catalogue {
  readonly entries: readonly CatalogueEntry[];
  // Files that failed the checks: shown with their errors, never opened.
  readonly invalid: readonly InvalidItem[];
}

let bundled: Promise<CatalogueItem[]> | null = null;

function parseStored(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// The shipped questionnaires and those the user opened from a file.
export async function listAvailable(db: OmnibusDb): Promise<Catalogue> {
  bundled ??= listCatalogue();
  const stored = (await listDefinitions(db)).map((record) => {
    const raw = parseStored(record.text);
    return catalogueItem(record.fileName, raw, () => Promise.resolve(raw));
  });
  const items = [...(await bundled), ...stored];
  const entries = items.filter((i): i is CatalogueItem & { ok: true } => i.ok);
  // One entry per id and version: a shipped questionnaire wins over a copy opened from a file.
  const unique = entries.filter(
    (e, index) => entries.findIndex((o) => o.id === e.id && o.version === e.version) === index,
  );
  return { entries: unique, invalid: items.filter((i): i is InvalidItem => !i.ok) };
}

export function useCatalogue(): Catalogue | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listAvailable(db), [db]);
}
