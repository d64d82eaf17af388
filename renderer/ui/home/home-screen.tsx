import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listBundledQuestionnaires, type CatalogueEntry } from '../../definitions/catalogue';
import type { Host } from '../../host';
import { isLanguage } from '../../i18n/languages';
import { localize } from '../../i18n/localized';

export function HomeScreen({ host: _host }: { host: Host }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<CatalogueEntry[] | null>(null);
  const language = isLanguage(i18n.language) ? i18n.language : 'en';

  useEffect(() => {
    void listBundledQuestionnaires().then(setEntries);
  }, []);

  return (
    <section aria-labelledby="home-title" className="home">
      <h1 id="home-title">{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      {entries !== null && entries.length === 0 && <p>{t('home.empty')}</p>}
      <ul className="questionnaire-list">
        {entries?.map((entry) => (
          <li key={entry.file} className="questionnaire-card">
            <h2>{localize(entry.title, language)}</h2>
            <p className="muted">{t('home.version', { version: entry.version })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
