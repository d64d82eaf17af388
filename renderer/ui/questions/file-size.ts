import type { Language } from '../../i18n/languages';

// "12 kB", "3.4 MB", in the interface language's digits and unit names.
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
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / divisor);
}
