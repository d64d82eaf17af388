// Questionnaires opened from a file (sent by the secretariat), kept as the exact text received.
import type { Table } from 'dexie';
import { sha256Hex } from './attachments';
import type { OmnibusDb } from './database';

export interface DefinitionRecord {
  readonly id: string;
  readonly version: string;
  readonly fileName: string;
  // The file as received, so packages can hash the very definition that was answered.
  readonly text: string;
  readonly sha256: string;
  readonly importedAt: number;
}

export type SaveDefinitionResult =
  | { readonly kind: 'added'; readonly record: DefinitionRecord }
  | { readonly kind: 'already-installed'; readonly record: DefinitionRecord }
  // Same id and version, other content: two different questionnaires cannot share a name.
  | { readonly kind: 'conflict'; readonly existing: DefinitionRecord };

const table = (db: OmnibusDb): Table<DefinitionRecord, [string, string]> => db.table('definitions');

export async function saveDefinition(
  db: OmnibusDb,
  input: { id: string; version: string; fileName: string; text: string },
  now: () => number = Date.now,
): Promise<SaveDefinitionResult> {
  const sha256 = await sha256Hex(new TextEncoder().encode(input.text));
  return db.transaction('rw', table(db), async () => {
    const existing = await table(db).get([input.id, input.version]);
    if (existing) {
      return existing.sha256 === sha256
        ? { kind: 'already-installed' as const, record: existing }
        : { kind: 'conflict' as const, existing };
    }
    const record: DefinitionRecord = { ...input, sha256, importedAt: now() };
    await table(db).add(record);
    return { kind: 'added' as const, record };
  });
}

export function listDefinitions(db: OmnibusDb): Promise<DefinitionRecord[]> {
  return table(db).toArray();
}

// The definition an assessment was made with; without a version, the newest one of that id.
export async function getDefinition(
  db: OmnibusDb,
  id: string,
  version?: string,
): Promise<DefinitionRecord | undefined> {
  if (version !== undefined) return table(db).get([id, version]);
  const all = await table(db).where('id').equals(id).toArray();
  return all.sort((a, b) => b.importedAt - a.importedAt)[0];
}
