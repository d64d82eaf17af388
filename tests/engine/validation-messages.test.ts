import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { VALIDATION_CODES, type ValidationIssue } from '../../renderer/engine';
import { LANGUAGES } from '../../renderer/i18n/languages';

// The UI renders an issue as t(`validation:${code}`, params): every code must give real text in
// every language, with its parameters filled in and the plural form the count needs.
async function translator(lang: string) {
  const instance = i18next.createInstance();
  const validation = JSON.parse(readFileSync(`locales/${lang}/validation.json`, 'utf8')) as Record<
    string,
    string
  >;
  await instance.init({
    lng: lang,
    fallbackLng: false,
    ns: ['validation'],
    resources: { [lang]: { validation } },
  });
  return (issue: ValidationIssue) => instance.t(`validation:${issue.code}`, issue.params);
}

const examples: ValidationIssue[] = VALIDATION_CODES.map((code) => ({
  code,
  params: {
    count: 3,
    actual: 4,
    min: 0,
    max: 10,
    value: 'zz',
    row: 2,
    column: 3,
    item: 1,
    name: 'law.pdf',
    limitMb: 5,
    accept: 'pdf',
  },
}));

describe('validation messages', () => {
  for (const lang of LANGUAGES) {
    it(`exist for every code in ${lang}, with parameters filled in`, async () => {
      const t = await translator(lang);
      for (const issue of examples) {
        const text = t(issue);
        expect(text, `${lang} ${issue.code}`).not.toContain('validation:');
        expect(text, `${lang} ${issue.code}`).not.toMatch(/\{\{|\}\}/);
      }
      const cell = t({ code: 'cellType', params: { context: 'integer', row: 2, column: 3 } });
      expect(cell).toContain('2');
      expect(cell).not.toBe(t({ code: 'cellType', params: { row: 2, column: 3 } }));
    });
  }

  it('choose the plural form from the count', async () => {
    const en = await translator('en');
    expect(en({ code: 'maxFiles', params: { count: 1 } })).toBe('Attach at most 1 file.');
    expect(en({ code: 'maxFiles', params: { count: 4 } })).toBe('Attach at most 4 files.');
    const ru = await translator('ru');
    expect(ru({ code: 'maxLength', params: { count: 21 } })).toBe('Введите не более 21 символа.');
    expect(ru({ code: 'maxLength', params: { count: 5 } })).toBe('Введите не более 5 символов.');
    const ar = await translator('ar');
    expect(ar({ code: 'minRows', params: { count: 2 } })).toBe('أضيفوا صفين على الأقل.');
    expect(ar({ code: 'minRows', params: { count: 11 } })).toBe('أضيفوا 11 صفاً على الأقل.');
  });
});
