import type { Definition } from '../../engine/definition';
import type { Language } from '../../i18n/languages';
import { localize } from '../../i18n/localized';

export interface SearchHit {
  readonly provisionId: string;
  // Absent when the provision itself (title, article, summary) matched.
  readonly questionId?: string;
  readonly text: string;
}

// Case- and accent-insensitive: "Article", "ARTÍCULO" and Arabic with or without vowel marks match.
export function normalizeForSearch(text: string, language: Language): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(language);
}

// Searches provision titles, articles, summaries and question text in the interface language.
export function searchDefinition(
  definition: Definition,
  language: Language,
  query: string,
  isVisible: (id: string) => boolean,
  limit = 50,
): SearchHit[] {
  const needle = normalizeForSearch(query.trim(), language);
  if (needle.length < 2) return [];
  const hits: SearchHit[] = [];
  const has = (text: string) => normalizeForSearch(text, language).includes(needle);
  for (const instrument of definition.instruments) {
    if (!isVisible(instrument.id)) continue;
    for (const chapter of instrument.chapters) {
      if (!isVisible(chapter.id)) continue;
      for (const provision of chapter.provisions) {
        if (!isVisible(provision.id)) continue;
        const title = localize(provision.title, language);
        if (
          has(title) ||
          has(localize(provision.summary, language)) ||
          (provision.article && has(provision.article))
        ) {
          hits.push({ provisionId: provision.id, text: title });
        }
        for (const question of provision.questions) {
          if (!isVisible(question.id)) continue;
          const text = localize(question.text, language);
          if (has(text)) hits.push({ provisionId: provision.id, questionId: question.id, text });
          if (hits.length >= limit) return hits;
        }
      }
    }
  }
  return hits;
}
