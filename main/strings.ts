// The main process's own strings (menu, native dialogs), from the same locale files as the app.
import ar from '../locales/ar/main.json';
import en from '../locales/en/main.json';
import es from '../locales/es/main.json';
import fr from '../locales/fr/main.json';
import ru from '../locales/ru/main.json';
import zh from '../locales/zh/main.json';

export type MainLanguage = 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';
export type MainStrings = typeof en;

const catalogue: Record<MainLanguage, MainStrings> = { ar, en, es, fr, ru, zh };

export function mainStrings(language: MainLanguage): MainStrings {
  return catalogue[language];
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

// The first system language Omnibus speaks (`fr-CA` → `fr`), else English.
export function pickMainLanguage(preferred: readonly string[]): MainLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (base in catalogue) return base as MainLanguage;
  }
  return 'en';
}
