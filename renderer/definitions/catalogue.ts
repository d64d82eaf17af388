import { z } from 'zod';
import type { LocalizedText } from '../i18n/localized';

// The questionnaires shipped in questionnaires/, loaded on demand so the start-up bundle stays small.
const modules = import.meta.glob<unknown>(
  ['../../questionnaires/*.json', '!../../questionnaires/*.schema.json'],
  {
    import: 'default',
  },
);

const localized = z.object({
  ar: z.string(),
  en: z.string(),
  es: z.string(),
  fr: z.string(),
  ru: z.string(),
  zh: z.string(),
});
const summarySchema = z.object({ id: z.string(), version: z.string(), title: localized });

export interface CatalogueEntry {
  readonly file: string;
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  load(): Promise<unknown>;
}

export async function listBundledQuestionnaires(): Promise<CatalogueEntry[]> {
  const entries = await Promise.all(
    Object.entries(modules).map(async ([file, load]) => {
      const parsed = summarySchema.safeParse(await load());
      if (!parsed.success) return null;
      return { file: file.split('/').pop() ?? file, ...parsed.data, load };
    }),
  );
  return entries.filter((e) => e !== null).sort((a, b) => a.id.localeCompare(b.id));
}
