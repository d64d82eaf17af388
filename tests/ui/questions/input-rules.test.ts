import { describe, expect, it } from 'vitest';
import type { QuestionOf } from '../../../renderer/engine';
import { checkFiles } from '../../../renderer/ui/questions/check-files';
import { formatFileSize } from '../../../renderer/ui/questions/file-size';
import { parseLocalizedNumber } from '../../../renderer/ui/questions/parse-number';

describe('numbers as people type them', () => {
  it('follows the decimal separator of the interface language', () => {
    expect(parseLocalizedNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseLocalizedNumber('1 234,5', 'fr')).toBe(1234.5);
    expect(parseLocalizedNumber('1.234,5', 'es')).toBe(1234.5);
    expect(parseLocalizedNumber('1 234,5', 'ru')).toBe(1234.5);
    expect(parseLocalizedNumber('-3', 'zh')).toBe(-3);
  });
  it('reads Arabic-Indic digits and the Arabic decimal separator', () => {
    expect(parseLocalizedNumber('١٢٣٫٤', 'ar')).toBe(123.4);
    expect(parseLocalizedNumber('١٬٠٠٠', 'ar')).toBe(1000);
  });
  it('refuses text that is not a number', () => {
    expect(parseLocalizedNumber('many', 'en')).toBeNull();
    expect(parseLocalizedNumber('1-2', 'en')).toBeNull();
    expect(parseLocalizedNumber('', 'en')).toBeNull();
  });
});

describe('attachment checks', () => {
  const question: QuestionOf<'attachments'> = {
    id: 'docs',
    type: 'attachments',
    text: { ar: 'x', en: 'x', es: 'x', fr: 'x', ru: 'x', zh: 'x' },
    maxFiles: 2,
    maxFileBytes: 1000,
    accept: ['pdf'],
  };
  const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

  it('refuses files over the size limit, of other types, and beyond the count', () => {
    const existing = [
      { id: 'a', name: 'a.pdf', type: 'application/pdf', size: 10, sha256: 'f'.repeat(64) },
    ];
    const { accepted, refusals } = checkFiles(question, existing, [
      file('big.pdf', 1001),
      file('notes.docx', 10),
      file('ok.pdf', 1000),
      file('one-too-many.pdf', 10),
    ]);
    expect(accepted.map((f) => f.name)).toEqual(['ok.pdf']);
    expect(refusals).toEqual([
      { kind: 'too-large', name: 'big.pdf', size: 1001, limit: 1000 },
      { kind: 'wrong-type', name: 'notes.docx', accept: ['pdf'] },
      { kind: 'too-many', limit: 2 },
    ]);
  });

  it('shows sizes in the interface language', () => {
    expect(formatFileSize(11 * 1024 * 1024, 'en')).toBe('11 MB');
    expect(formatFileSize(1536, 'fr')).toMatch(/^1,5\s?ko$/);
    expect(formatFileSize(608, 'en')).toBe('608 bytes');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(608, 'ru')).toBe('608 байт');
  });
});
