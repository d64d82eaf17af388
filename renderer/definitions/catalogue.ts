import { parseDefinition, type Definition, type DefinitionError } from '../engine';
import type { LocalizedText } from '../i18n/localized';

// The questionnaires shipped in questionnaires/, loaded on demand so the start-up bundle stays small.
const modules = import.meta.glob<unknown>(
  ['../../questionnaires/*.json', '!../../questionnaires/*.schema.json'],
  {
    import: 'default',
  },
);
// Their headers (id, version, title) only, in the start-up bundle: see questionnaireHeaders() in
// vite.shared.ts. Without that plugin (or for a file it cannot read) the whole file is listed.
const headers = import.meta.glob<unknown>(
  ['../../questionnaires/*.json', '!../../questionnaires/*.schema.json'],
  {
    query: '?header',
    import: 'default',
    eager: true,
  },
);

export interface CatalogueEntry {
  readonly file: string;
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  // The full check, run once on first use: listing a questionnaire reads only its header, so
  // the home screen does not parse every shipped questionnaire before it can be used.
  check(): Promise<CatalogueItem>;
  // The result of check() when it has run; undefined before.
  checked(): CatalogueItem | undefined;
  load(): Promise<unknown>;
}

export type InvalidCatalogueItem = {
  readonly ok: false;
  readonly file: string;
  // The id the file claims, when it has one.
  readonly id?: string;
  // The first errors (at most five) and how many there are in all.
  readonly errors: readonly DefinitionError[];
  readonly errorCount: number;
};

// Every file of questionnaires/, invalid ones included so the app can say what is wrong with them.
export type CatalogueItem =
  ({ readonly ok: true; readonly definition: Definition } & CatalogueEntry) | InvalidCatalogueItem;

// A listed questionnaire: its header is sound; the rest is checked when check() is called.
export type ListedItem = ({ readonly ok: true } & CatalogueEntry) | InvalidCatalogueItem;

const fileName = (path: string) => path.split('/').pop() ?? path;

function invalidItem(file: string, raw: unknown, errors: readonly DefinitionError[]) {
  const claimed =
    typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string'
      ? raw.id
      : undefined;
  const base: InvalidCatalogueItem = {
    ok: false,
    file,
    errors: errors.slice(0, 5),
    errorCount: errors.length,
  };
  return claimed === undefined ? base : { ...base, id: claimed };
}

interface Header {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
}

function header(raw: unknown): Header | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, version, title } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || typeof version !== 'string') return undefined;
  if (typeof title !== 'object' || title === null) return undefined;
  if (!Object.values(title).every((v) => typeof v === 'string')) return undefined;
  return { id, version, title: title as LocalizedText };
}

// Lists a file from its header alone (`head`: the header, or the whole file); the file is loaded
// and checked in full, once, when check() is first called. A file without a sound header is
// loaded and checked at once, so its errors are listed.
export async function listedItem(
  path: string,
  head: unknown,
  load: () => Promise<unknown>,
): Promise<ListedItem> {
  const sound = header(head);
  if (!sound) return catalogueItem(path, await load(), load);
  let result: CatalogueItem | undefined;
  let pending: Promise<CatalogueItem> | undefined;
  const entry: { ok: true } & CatalogueEntry = {
    ok: true,
    file: fileName(path),
    ...sound,
    load,
    check: () => (pending ??= load().then((raw) => (result = catalogueItem(path, raw, load)))),
    checked: () => result,
  };
  return entry;
}

// Checks a file in full.
export function catalogueItem(
  path: string,
  raw: unknown,
  load: () => Promise<unknown>,
): CatalogueItem {
  const file = fileName(path);
  const parsed = parseDefinition(raw);
  if (!parsed.ok) return invalidItem(file, raw, parsed.errors);
  const { id, version, title } = parsed.definition;
  const item: CatalogueItem = {
    ok: true,
    file,
    id,
    version,
    title,
    definition: parsed.definition,
    load,
    check: () => Promise.resolve(item),
    checked: () => item,
  };
  return item;
}

const byIdThenFile = (a: ListedItem, b: ListedItem): number =>
  (a.id ?? '').localeCompare(b.id ?? '') || a.file.localeCompare(b.file);

// The shipped questionnaires, listed from their headers (see listedItem).
export async function listCatalogue(): Promise<ListedItem[]> {
  const items = await Promise.all(
    Object.entries(modules).map(([path, load]) => listedItem(path, headers[path], load)),
  );
  return items.sort(byIdThenFile);
}

// The shipped questionnaires checked in full; the valid ones only.
export async function listBundledQuestionnaires(): Promise<
  (CatalogueItem & { readonly ok: true })[]
> {
  const checked = await Promise.all(
    (await listCatalogue()).map((item) => (item.ok ? item.check() : Promise.resolve(item))),
  );
  return checked.filter((item): item is CatalogueItem & { ok: true } => item.ok);
}
