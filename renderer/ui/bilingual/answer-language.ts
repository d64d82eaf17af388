import { useSyncExternalStore } from 'react';
import { isLanguage, type Language } from '../../i18n/languages';
import { useLanguage } from '../common/use-language';

const KEY = 'omnibus.answerLanguage';
const listeners = new Set<() => void>();

function read(): Language | null {
  try {
    const value = localStorage.getItem(KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

let current = read();

// The language the user writes answers in, when it is not the interface language; null = same.
export function setAnswerLanguage(language: Language | null): void {
  current = language;
  try {
    if (language) localStorage.setItem(KEY, language);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: the choice lasts for this session only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useChosenAnswerLanguage(): Language | null {
  return useSyncExternalStore(subscribe, () => current);
}

// The language answers are written in now, and the second language to show the questionnaire in
// (null when it is the interface language, so nothing is shown twice).
export function useAnswerLanguage(): { answer: Language; second: Language | null } {
  const ui = useLanguage();
  const chosen = useChosenAnswerLanguage();
  return { answer: chosen ?? ui, second: chosen && chosen !== ui ? chosen : null };
}
