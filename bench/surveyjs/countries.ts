// ISO 3166-1 alpha-2 codes with their names in the six languages, from ICU (Omnibus names
// countries with Intl.DisplayNames too).
import { LANGUAGES } from '../../renderer/i18n/languages';
import { surveyText, type SurveyText } from './text';

export function countryChoices(): { value: string; text: SurveyText }[] {
  const names = new Map(LANGUAGES.map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const choices: { value: string; text: SurveyText }[] = [];
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const english = names.get('en')?.of(code);
      if (!english || english === code || code === 'ZZ' || code === 'EU' || code === 'UN') continue;
      const text = Object.fromEntries(LANGUAGES.map((l) => [l, names.get(l)?.of(code) ?? english]));
      choices.push({
        value: code,
        text: surveyText(text as Record<(typeof LANGUAGES)[number], string>),
      });
    }
  }
  return choices;
}
