import type { Language } from '../../i18n/languages';

const DIGIT_BLOCKS = [0x0660, 0x06f0]; // Arabic-Indic and Extended Arabic-Indic digits

function decimalSeparator(language: Language): string {
  return (
    new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
    '.'
  );
}

// Reads a number as people type it in the interface language: "1 234,5" in French, "1,234.5" in
// English, "١٢٣٫٤" in Arabic. Returns null when the text is not a number.
export function parseLocalizedNumber(text: string, language: Language): number | null {
  let s = text.trim();
  for (const base of DIGIT_BLOCKS) {
    s = s.replace(
      new RegExp(`[${String.fromCharCode(base)}-${String.fromCharCode(base + 9)}]`, 'g'),
      (d) => String(d.charCodeAt(0) - base),
    );
  }
  s = s
    .replace(/[\s\u00a0\u202f\u066c']/g, '')
    .replace('\u066b', '.')
    .replace('\u2212', '-');
  const decimal = decimalSeparator(language);
  if (decimal === ',') s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(value);
}
