import type { Language } from './languages';

export type LocalizedText = Readonly<Record<Language, string>>;

export function localize(text: LocalizedText, language: Language): string {
  return text[language] || text.en;
}
