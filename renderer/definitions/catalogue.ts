import { parseDefinition, type Definition, type DefinitionError } from '../engine';
import type { LocalizedText } from '../i18n/localized';

// The questionnaires shipped in questionnaires/, loaded on demand so the start-up bundle stays small.
const modules = import.meta.glob<unknown>(
  ['../../questionnaires/*.json', '!../../questionnaires/*.schema.json'],
  {
    import: 'default',
  },
);

export interface CatalogueEntry {
  readonly file: string;
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  // The parsed, checked definition.
  readonly definition: Definition;
  load(): Promise<unknown>;
}

// Every file of questionnaires/, invalid ones included so the app can say what is wrong with them.
export type CatalogueItem =
  | ({ readonly ok: true } & CatalogueEntry)
  | {
      readonly ok: false;
      readonly file: string;
      // The id the file claims, when it has one.
      readonly id?: string;
      // The first errors (at most five) and how many there are in all.
      readonly errors: readonly DefinitionError[];
      readonly errorCount: number;
    };

export function catalogueItem(
  path: string,
  raw: unknown,
  load: () => Promise<unknown>,
): CatalogueItem {
  const file = path.split('/').pop() ?? path;
  const parsed = parseDefinition(raw);
  if (parsed.ok) {
    const { id, version, title } = parsed.definition;
    return { ok: true, file, id, version, title, definition: parsed.definition, load };
  }
  const claimed =
    typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string'
      ? raw.id
      : undefined;
  const base = {
    ok: false as const,
    file,
    errors: parsed.errors.slice(0, 5),
    errorCount: parsed.errors.length,
  };
  return claimed === undefined ? base : { ...base, id: claimed };
}

const byIdThenFile = (a: CatalogueItem, b: CatalogueItem): number =>
  (a.id ?? '').localeCompare(b.id ?? '') || a.file.localeCompare(b.file);

export async function listCatalogue(): Promise<CatalogueItem[]> {
  const items = await Promise.all(
    Object.entries(modules).map(async ([path, load]) => catalogueItem(path, await load(), load)),
  );
  return items.sort(byIdThenFile);
}

// The valid questionnaires only; listCatalogue() also returns the invalid ones with their errors.
export async function listBundledQuestionnaires(): Promise<CatalogueEntry[]> {
  return (await listCatalogue()).filter((item): item is CatalogueItem & { ok: true } => item.ok);
}
