import { isLanguage, type Language } from './languages';

const KEY = 'omnibus.language';

// Read before IndexedDB opens, so the very first paint is already in the user's language.
export function loadLanguagePreference(): Language | null {
  try {
    const value = localStorage.getItem(KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveLanguagePreference(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Storage unavailable: the choice lasts for this session only.
  }
}
