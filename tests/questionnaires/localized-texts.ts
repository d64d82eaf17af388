// Walks a definition JSON and yields every localized text (an object keyed by language) with
// its JSON path, so tests can check all of them whatever the definition's shape.
export const LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export interface FoundText {
  readonly path: string;
  readonly text: Readonly<Record<string, unknown>>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const looksLocalized = (v: Record<string, unknown>) =>
  LANGS.some((lang) => typeof v[lang] === 'string');

export function localizedTexts(value: unknown, path = '$'): FoundText[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (!isRecord(value)) return [];
  if (looksLocalized(value)) return [{ path, text: value }];
  return Object.entries(value).flatMap(([key, item]) => localizedTexts(item, `${path}.${key}`));
}

const SCRIPT: Readonly<Record<Lang, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  en: /\p{Script=Latin}/u,
  es: /\p{Script=Latin}/u,
  fr: /\p{Script=Latin}/u,
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
};

// Share of the letters of `text` written in the script of `lang`; null when it has no letters
// (a bare figure such as a year label belongs to no script).
// E-mail addresses and web links are Latin in every language, so they are left out.
export function scriptShare(text: string, lang: Lang): number | null {
  const prose = text.replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|https?:\/\/[^\s]+/gu, '');
  const letters = [...prose].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return null;
  return letters.filter((c) => SCRIPT[lang].test(c)).length / letters.length;
}
