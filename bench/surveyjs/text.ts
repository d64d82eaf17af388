import type { LocalizedText } from '../../renderer/engine';

// SurveyJS's own locale codes for the six UN languages.
export const SURVEY_LOCALES = {
  ar: 'ar',
  en: 'en',
  es: 'es',
  fr: 'fr',
  ru: 'ru',
  zh: 'zh-cn',
} as const;

export type SurveyText = Record<string, string>;

// A localizable SurveyJS string: English is the default locale.
export function surveyText(text: LocalizedText): SurveyText {
  return {
    default: text.en,
    ar: text.ar,
    es: text.es,
    fr: text.fr,
    ru: text.ru,
    'zh-cn': text.zh,
  };
}
