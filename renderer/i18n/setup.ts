import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyDocumentLanguage, DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

// Every locales/<lang>/<namespace>.json, bundled at build time so the app needs no network.
function bundledResources(): Resources {
  const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
    eager: true,
    import: 'default',
  });
  const resources: Resources = {};
  for (const [file, content] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
    if (!match) continue;
    const [, lang = '', ns = ''] = match;
    (resources[lang] ??= {})[ns] = content;
  }
  return resources;
}

// `onLanguage` hears every language the interface takes, the first one included.
export async function setupI18n(
  language: Language,
  onLanguage: (language: Language) => void = () => {},
): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: bundledResources(),
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  onLanguage(language);
  instance.on('languageChanged', (lng) => {
    applyDocumentLanguage(lng as Language);
    onLanguage(lng as Language);
  });
  return instance;
}
