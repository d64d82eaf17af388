import type { TFunction } from 'i18next';
import type { AnswerValue, Question } from '../../engine/definition';
import type { Language } from '../../i18n/languages';
import { localize } from '../../i18n/localized';
import { countryName } from '../questions/countries';
import { formatFileSize } from '../questions/file-size';
import { formatNumber } from '../questions/parse-number';

// A one-line reading of an answer in the interface language, for review lists and prompts.
// Tables, citations and technical assistance get a short summary; print shows them in full.
export function answerText(
  question: Question,
  value: AnswerValue | undefined,
  language: Language,
  t: TFunction,
): string {
  if (value === undefined) return t('questions:unanswered');
  switch (question.type) {
    case 'compliance':
      return t(`questions:compliance.${value as string}`);
    case 'yes-no':
      return t(`questions:yesNo.${value as string}`);
    case 'single-choice': {
      const option = question.options.find((o) => o.id === value);
      return option ? localize(option.label, language) : (value as string);
    }
    case 'multiple-choice': {
      const answer = value as { selected: string[]; other?: string };
      const labels = answer.selected.map((id) => {
        const option = question.options.find((o) => o.id === id);
        return option ? localize(option.label, language) : id;
      });
      if (answer.other !== undefined)
        labels.push(t('questions:choice.otherValue', { text: answer.other }));
      return new Intl.ListFormat(language, { type: 'conjunction' }).format(labels);
    }
    case 'short-text':
    case 'long-text':
      return value as string;
    case 'number': {
      const n = formatNumber(value as number, language);
      return question.unit ? `${n} ${localize(question.unit, language)}` : n;
    }
    case 'date':
      return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${value as string}T00:00:00Z`),
      );
    case 'country':
      return countryName(value as string, language);
    case 'table':
      return t('questions:table.rows', { count: (value as { rows: unknown[] }).rows.length });
    case 'citations':
      return t('questions:citations.count', { count: (value as unknown[]).length });
    case 'attachments': {
      const files = value as { name: string; size: number }[];
      return files.map((f) => `${f.name} (${formatFileSize(f.size, language)})`).join(', ');
    }
    case 'technical-assistance': {
      const ta = value as { need: string; types: string[] };
      if (ta.need === 'no') return t('questions:ta.need.no');
      const types = ta.types.map((type) => t(`questions:ta.type.${type}`));
      return new Intl.ListFormat(language, { type: 'conjunction' }).format([
        t('questions:ta.need.yes'),
        ...types,
      ]);
    }
  }
}
