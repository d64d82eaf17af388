import type { Language } from '../../i18n/languages';

// "608 bytes", "12 kB", "3.4 MB", in the interface language's digits and unit names.
export function formatFileSize(bytes: number, language: Language): string {
  const [unit, divisor] =
    bytes >= 1024 * 1024
      ? (['megabyte', 1024 * 1024] as const)
      : bytes >= 1024
        ? (['kilobyte', 1024] as const)
        : (['byte', 1] as const);
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    // CLDR's short English byte is "608 byte"; the long name reads right in every language.
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(bytes / divisor);
}
